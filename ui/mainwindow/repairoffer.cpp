#include "repairoffer.h"

#include "core/storage/openoutcome.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace weitblick {

RepairOffer::RepairOffer(const OpenOutcome &outcome, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Broken references"), outcome.message,
                  QMessageBox::NoButton, parent)
{
    setTextFormat(Qt::PlainText);
    setInformativeText(tr("Weitblick can save a repaired copy that leaves out the broken "
                          "references and nothing else. The file itself stays as it is."));
    setDetailedText(outcome.problems.join(QLatin1Char('\n')));
    m_repair = addButton(tr("Save Repaired Copy…"), QMessageBox::AcceptRole);
    QPushButton *keep = addButton(tr("Keep Read-Only"), QMessageBox::RejectRole);
    setDefaultButton(keep);
    setEscapeButton(keep);
}

QString RepairOffer::suggestedPath(const QString &path)
{
    const QFileInfo file(path);
    return file.dir().filePath(tr("%1 (repaired).weitblick").arg(file.completeBaseName()));
}

} // namespace weitblick
