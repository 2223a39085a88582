#include "runweitblick.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace weitblick::test {

void startWeitblick(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WEITBLICK_BINARY), arguments);
}

AppRun runWeitblick(const QStringList &arguments)
{
    QProcess process;
    startWeitblick(process, arguments);
    REQUIRE(process.waitForFinished(120000));
    // Qt's own notes about the machine (no runtime folder, the offscreen platform) are not
    // the program's messages.
    QStringList errors = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'));
    errors.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("QStandardPaths:"))
            || line.startsWith(QLatin1String("This plugin does not support"));
    });
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            errors.join(QLatin1Char('\n'))};
}

} // namespace weitblick::test
