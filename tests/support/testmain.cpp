// The Catch2 main of every test program. It starts a Qt application on the offscreen platform
// (unless the caller chose one), and doubles as the child process of the durability test and
// (in the widget tests) of the typing test.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "durabilitychild.h"

#ifdef WEITBLICK_TEST_WIDGETS
#include "../ui/mainwindow/typingchild.h"
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <cstring>

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], weitblick::test::DurabilityChildFlag) == 0)
        return weitblick::test::runDurabilityChild(QString::fromLocal8Bit(argv[2]));
#ifdef WEITBLICK_TEST_WIDGETS
    if (argc == 3 && std::strcmp(argv[1], weitblick::test::TypingChildFlag) == 0)
        return weitblick::test::runTypingChild(argc, argv);
#endif

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("weitblick-tests"));
    return Catch::Session().run(argc, argv);
}
