#include "screenshot.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/io/outputfile.h"
#include "ui/presenter/presenterwindow.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"
#include "ui/wall/phasepage.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
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

// Opens a copy of the file, so that the file itself is never touched, not even by an upgrade.
std::unique_ptr<ConferenceDocument> openCopy(const QTemporaryDir &copyDir,
                                             const QString &conferencePath, QString *error)
{
    const QString copy = copyDir.filePath(QFileInfo(conferencePath).fileName());
    if (!copyDir.isValid() || !QFile::copy(conferencePath, copy)) {
        *error = Screenshot::tr("%1 could not be read.").arg(conferencePath);
        return nullptr;
    }
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(copy, ConferenceStore::Access::ReadWrite, &outcome);
    if (!document)
        *error = outcome.message.replace(copy, conferencePath);
    return document;
}

int savePng(const QImage &image, const QString &pngPath)
{
    // Complete or not at all, and a full disk said in words, as every export.
    QString error;
    if (!OutputFile::write(
            pngPath, [&image](QIODevice &device) { return image.save(&device, "PNG"); }, &error))
        return fail(error);
    return 0;
}

// The "Join in" slide for an address as a venue's network gives it: a screenshot starts no
// server, and its picture should not change with the computer it is made on.
void showExampleJoin(PresenterWindow &window)
{
    window.setJoin(QUrl(QStringLiteral("http://192.168.178.20:8088/?code=K7QM2X")),
                   QStringLiteral("K7QM2X"));
    window.setContent(PresenterWindow::Content::Join);
}

} // namespace

int writeScreenshot(const QString &conferencePath, const QString &pngPath, int phase,
                    const QString &page)
{
    // Work on a copy, so that the window looks as it does for the moderator (not read-only).
    QTemporaryDir copyDir;
    QString error;
    auto document = openCopy(copyDir, conferencePath, &error);
    if (!document)
        return fail(error);

    MainWindow window;
    window.setDocument(std::move(document));
    window.resize(1920, 1080);
    window.show();
    // The wall and the dot voting are a phase's; the other pages are there without phases.
    const bool ofPhase = page == QLatin1String("wall") || page == QLatin1String("voting");
    if (!window.showPhaseAt(phase - 1) && ofPhase)
        return fail(Screenshot::tr("The conference has no phase %1.").arg(phase));
    if (page == QLatin1String("start"))
        window.setDocument(nullptr);
    else if (page == QLatin1String("participants"))
        window.workspace()->showPage(PhaseNavigator::Page::Participants);
    else if (page == QLatin1String("tables"))
        window.workspace()->showPage(PhaseNavigator::Page::TablePlan);
    else if (page == QLatin1String("voting"))
        window.workspace()->phasePage()->votingAction()->setChecked(true);
    else if (page == QLatin1String("measures"))
        window.workspace()->showPage(PhaseNavigator::Page::Measures);
    else if (page == QLatin1String("organisation"))
        window.workspace()->showPage(PhaseNavigator::Page::Organisation);
    else if (page == QLatin1String("reviews"))
        window.workspace()->showPage(PhaseNavigator::Page::Reviews);
    // Let layouts settle and the wall fit itself before painting.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();

    return savePng(window.grab().toImage(), pngPath);
}

int writePresenterScreenshot(const QString &conferencePath, const QString &pngPath, int phase,
                             const QString &show)
{
    QTemporaryDir copyDir;
    QString error;
    auto document = openCopy(copyDir, conferencePath, &error);
    if (!document)
        return fail(error);
    const QList<Phase> phases = commands::orderedPhases(document->conference());
    const bool hasPhase = phase >= 1 && phase <= phases.size();
    // The way to join is the conference's; the title slide shows the phase's title, or the
    // conference's while it has no phase; the rest is a phase's.
    const bool needsPhase = show != QLatin1String("join")
                            && (show != QLatin1String("title") || !phases.isEmpty());
    if (!hasPhase && needsPhase)
        return fail(Screenshot::tr("The conference has no phase %1.").arg(phase));

    PresenterWindow window(document.get());
    if (hasPhase)
        window.setPhase(phases.at(phase - 1).id);
    if (show == QLatin1String("timer"))
        window.setContent(PresenterWindow::Content::Timer);
    else if (show == QLatin1String("title"))
        window.setContent(PresenterWindow::Content::Title);
    else if (show == QLatin1String("ranking"))
        window.setContent(PresenterWindow::Content::Ranking);
    else if (show == QLatin1String("common-ground"))
        window.setContent(PresenterWindow::Content::CommonGround);
    else if (show == QLatin1String("join"))
        showExampleJoin(window);
    else
        window.setContent(PresenterWindow::Content::Wall);
    window.resize(1920, 1080);
    window.show();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    return savePng(window.grab().toImage(), pngPath);
}

} // namespace weitblick
