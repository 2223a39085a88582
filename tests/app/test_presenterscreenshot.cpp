#include <catch2/catch.hpp>

#include "runweitblick.h"
#include "testfiles.h"

#include <QFile>
#include <QImage>

using weitblick::test::runWeitblick;

using weitblick::test::TempDir;

TEST_CASE("The presenter screenshot is a 1920x1080 PNG and leaves the file as it was", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const QByteArray bytes = weitblick::test::readAll(path);
    for (const QString &show : {QStringLiteral("wall"), QStringLiteral("ranking"),
                                QStringLiteral("common-ground"), QStringLiteral("timer"),
                                QStringLiteral("title"), QStringLiteral("join")}) {
        const QString png = dir.path(show + QStringLiteral(".png"));
        CHECK(runWeitblick({QStringLiteral("--screenshot-presenter"), png,
                            QStringLiteral("--phase"), QStringLiteral("3"),
                            QStringLiteral("--show"), show, path}).exitCode
              == 0);
        CHECK(QImage(png).size() == QSize(1920, 1080));
    }
    CHECK(weitblick::test::readAll(path) == bytes);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    const QString png = dir.path(QStringLiteral("x.png"));
    for (const QString &show : {QStringLiteral("wall"), QStringLiteral("title")}) {
        CHECK(runWeitblick({QStringLiteral("--screenshot-presenter"), png,
                            QStringLiteral("--phase"), QStringLiteral("9"),
                            QStringLiteral("--show"), show, path}).exitCode
              == 2);
    }
    CHECK(runWeitblick({QStringLiteral("--screenshot-presenter"), png, QStringLiteral("--show"),
                        QStringLiteral("menu"), path}).exitCode == 2);
}

TEST_CASE("Screenshots of what is no phase's are taken of a conference without phases", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("leer.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--new"), path, QStringLiteral("--template"),
                          QStringLiteral("leer")}).exitCode == 0);
    const QString png = dir.path(QStringLiteral("x.png"));
    for (const QString &page : {QStringLiteral("start"), QStringLiteral("participants"),
                                QStringLiteral("tables"), QStringLiteral("measures")}) {
        INFO(page.toStdString());
        QFile::remove(png);
        CHECK(runWeitblick({QStringLiteral("--screenshot"), png, QStringLiteral("--page"), page,
                            path}).exitCode == 0);
        CHECK(QImage(png).size() == QSize(1920, 1080));
    }
    for (const QString &show : {QStringLiteral("title"), QStringLiteral("join")}) {
        INFO(show.toStdString());
        QFile::remove(png);
        CHECK(runWeitblick({QStringLiteral("--screenshot-presenter"), png, QStringLiteral("--show"),
                            show, path}).exitCode == 0);
        CHECK(QImage(png).size() == QSize(1920, 1080));
    }
    // A wall needs its phase.
    const weitblick::test::AppRun wall = runWeitblick({QStringLiteral("--screenshot"), png, path});
    CHECK(wall.exitCode == 2);
    CHECK(wall.err.contains(QStringLiteral("no phase 1")));
    CHECK(runWeitblick({QStringLiteral("--screenshot-presenter"), png, QStringLiteral("--show"),
                        QStringLiteral("timer"), path}).exitCode == 2);
}
