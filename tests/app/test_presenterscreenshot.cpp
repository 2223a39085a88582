#include <catch2/catch.hpp>

#include "testfiles.h"

#include <QFile>
#include <QImage>
#include <QProcess>

namespace {

int runWeitblick(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WEITBLICK_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    return process.exitCode();
}

} // namespace

using weitblick::test::TempDir;

TEST_CASE("The presenter screenshot is a 1920x1080 PNG and leaves the file as it was", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}) == 0);
    const QByteArray bytes = weitblick::test::readAll(path);
    for (const QString &show : {QStringLiteral("wall"), QStringLiteral("ranking"),
                                QStringLiteral("common-ground"), QStringLiteral("timer"),
                                QStringLiteral("title")}) {
        const QString png = dir.path(show + QStringLiteral(".png"));
        CHECK(runWeitblick({QStringLiteral("--screenshot-presenter"), png,
                            QStringLiteral("--phase"), QStringLiteral("3"),
                            QStringLiteral("--show"), show, path})
              == 0);
        CHECK(QImage(png).size() == QSize(1920, 1080));
    }
    CHECK(weitblick::test::readAll(path) == bytes);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    const QString png = dir.path(QStringLiteral("x.png"));
    CHECK(runWeitblick({QStringLiteral("--screenshot-presenter"), png, QStringLiteral("--phase"),
                        QStringLiteral("9"), path}) == 2);
    CHECK(runWeitblick({QStringLiteral("--screenshot-presenter"), png, QStringLiteral("--show"),
                        QStringLiteral("menu"), path}) == 2);
}
