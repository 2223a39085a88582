#include "reportexportdialog.h"

#include "conferencereport.h"
#include "core/document/conferencedocument.h"
#include "ui/common/messages.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace weitblick {

ReportExportDialog::ReportExportDialog(ConferenceDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_path(new QLineEdit), m_names(new QCheckBox)
{
    setWindowTitle(tr("Export Documentation"));
    auto *intro = new QLabel(tr("The documentation holds the conference data, the participants, "
                                "every phase with its wall, clusters, cards and votes, and the "
                                "measures. A name ending in .odt gives a document for "
                                "LibreOffice or Word, any other a PDF."));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *browse = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    // Privacy first: names go into a document that is passed around only when asked for.
    m_names->setText(tr("Include the names of the participants (otherwise only how many "
                        "came from each group)"));
    m_names->setChecked(false);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), m_names);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const QFileInfo conference(document->filePath());
    setPath(conference.dir().filePath(tr("%1 documentation.pdf").arg(conference.completeBaseName())));
    resize(560, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ReportExportDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReportExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ReportExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ReportExportDialog::participantNames() const
{
    return m_names->isChecked();
}

void ReportExportDialog::setParticipantNames(bool names)
{
    m_names->setChecked(names);
}

void ReportExportDialog::updateOk()
{
    m_ok->setEnabled(!path().isEmpty());
}

void ReportExportDialog::browse()
{
    QString selected = ConferenceReport::isOdt(path()) ? tr("OpenDocument text (*.odt)")
                                                       : tr("PDF (*.pdf)");
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Documentation"), QDir::fromNativeSeparators(path()),
        tr("PDF (*.pdf)") + QStringLiteral(";;") + tr("OpenDocument text (*.odt)"), &selected);
    if (chosen.isEmpty())
        return;
    QString file = chosen;
    const bool odt = selected == tr("OpenDocument text (*.odt)");
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        file += odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    setPath(file);
}

bool ReportExportDialog::exportReport()
{
    const QString file = QDir::fromNativeSeparators(path());
    QProgressDialog progress(tr("Writing the documentation…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Export Documentation"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ReportProgress update = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    QString error;
    const bool written = ConferenceReport::exportTo(m_document, file, participantNames(), update,
                                                    &error);
    progress.reset();
    if (!written && !error.isEmpty())
        messages::warn(parentWidget(), tr("Export Documentation"), error);
    return written;
}

QString ReportExportDialog::exportDocumentation(ConferenceDocument *document, QWidget *parent)
{
    ReportExportDialog dialog(document, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.exportReport())
        return {};
    return dialog.path();
}

} // namespace weitblick
