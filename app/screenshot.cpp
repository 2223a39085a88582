#include "screenshot.h"

#include "core/document/conferencedocument.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSaveFile>
#include <QTextStream>

namespace weitblick {

namespace {
class Screenshot
{
    Q_DECLARE_TR_FUNCTIONS(Screenshot)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "weitblick: " << message << Qt::endl;
    return 2;
}
} // namespace

int writeScreenshot(const QString &conferencePath, const QString &pngPath, int phase,
                    const QString &page)
{
    // Work on a copy, so that the window looks as it does for the moderator (not read-only)
    // while the file itself is never touched, not even by an upgrade.
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QFileInfo(conferencePath).fileName());
    if (!copyDir.isValid() || !QFile::copy(conferencePath, copy))
        return fail(Screenshot::tr("%1 could not be read.").arg(conferencePath));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(copy, ConferenceStore::Access::ReadWrite, &outcome);
    if (!document)
        return fail(outcome.message.replace(copy, conferencePath));

    MainWindow window;
    window.setDocument(std::move(document));
    window.resize(1920, 1080);
    window.show();
    if (!window.showPhaseAt(phase - 1))
        return fail(Screenshot::tr("The conference has no phase %1.").arg(phase));
    if (page == QLatin1String("start"))
        window.setDocument(nullptr);
    else if (page == QLatin1String("participants"))
        window.workspace()->showPage(PhaseNavigator::Page::Participants);
    else if (page == QLatin1String("tables"))
        window.workspace()->showPage(PhaseNavigator::Page::TablePlan);
    // Let layouts settle and the wall fit itself before painting.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();

    const QImage image = window.grab().toImage();
    QSaveFile file(pngPath);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(Screenshot::tr("%1 could not be written: %2").arg(pngPath, file.errorString()));
    return 0;
}

} // namespace weitblick
