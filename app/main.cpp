#include "commandline.h"
#include "exports.h"
#include "interruption.h"
#include "screenshot.h"
#include "core/suggest/lexicon.h"
#include "ui/mainwindow/language.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QTextStream>

using namespace weitblick;

static void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Weitblick"));
    QCoreApplication::setApplicationName(QStringLiteral("Weitblick"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEITBLICK_VERSION));
}

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    describeApplication();
    CommandLine commandLine;
    if (!commandLine.parse(arguments)) {
        // The error was worded before the language was installed: parsing again words it in it.
        QCoreApplication app(argc, argv);
        language::install(language::effective(commandLine.language()));
        CommandLine again;
        again.parse(arguments);
        QTextStream(stderr) << "weitblick: " << again.errorText() << Qt::endl;
        return 2;
    }

    if (commandLine.mode() == CommandLine::Mode::ExportReport
        || commandLine.mode() == CommandLine::Mode::ExportPosters)
        cli::Interruption::install();

    if (commandLine.needsFonts()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        language::install(language::effective(commandLine.language()));
        return commandLine.runWithoutGui();
    }
    if (!commandLine.needsGui()) {
        // No QGuiApplication: these modes run on machines without a display.
        QCoreApplication app(argc, argv);
        language::install(language::effective(commandLine.language()));
        return commandLine.runWithoutGui();
    }

    if (commandLine.isOffscreen())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Wayland and the task bar find the installed .desktop file and its icon by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("de.weitblick.Weitblick"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/weitblick.svg")));
    language::install(language::effective(commandLine.language()));

    if (commandLine.mode() == CommandLine::Mode::Screenshot)
        return writeScreenshot(commandLine.file(), commandLine.modeArgument(), commandLine.phase(),
                               commandLine.page());
    if (commandLine.mode() == CommandLine::Mode::ScreenshotPresenter)
        return writePresenterScreenshot(commandLine.file(), commandLine.modeArgument(),
                                        commandLine.phase(), commandLine.show());
    if (commandLine.mode() == CommandLine::Mode::ExportPosters)
        return exportPosters({commandLine.file(), commandLine.modeArgument(),
                              commandLine.posterWhat(), commandLine.paper(), commandLine.tile()});
    if (commandLine.mode() == CommandLine::Mode::ExportReport)
        return exportReport(commandLine.file(), commandLine.modeArgument(),
                            !commandLine.withoutNames());

    // The word lists of the cluster suggestions take about half a second to read: read them
    // while the moderator opens a conference.
    Lexicon::loadInBackground();
    MainWindow window;
    window.restoreWindowState();
    window.show();
    if (!commandLine.file().isEmpty())
        window.openFile(commandLine.file());
    return app.exec();
}
