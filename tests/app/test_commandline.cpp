#include <catch2/catch.hpp>

#include "testfiles.h"

#include <QFile>
#include <QProcess>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runWeitblick(const QStringList &arguments)
{
    QProcess process;
    // No display at all: the non-GUI modes must not need one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WEITBLICK_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

using weitblick::test::TempDir;

TEST_CASE("The options version and help answer", "[app]")
{
    const Run version = runWeitblick({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("Weitblick ")));
    const Run help = runWeitblick({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--check")));
}

TEST_CASE("The sample it writes passes the check", "[app]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const QByteArray bytes = weitblick::test::readAll(path);

    const Run check = runWeitblick({QStringLiteral("--check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.count(QLatin1Char('\n')) == 1);
    CHECK(check.out.contains(QStringLiteral("6 groups")));
    CHECK(check.out.contains(QStringLiteral("8 tables")));
    CHECK(check.out.contains(QStringLiteral("5 phases")));
    CHECK(weitblick::test::readAll(path) == bytes);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));

    SECTION("and refuses to overwrite it")
    {
        const Run again = runWeitblick({QStringLiteral("--write-sample"), path});
        CHECK(again.exitCode == 2);
        CHECK(again.err.contains(QStringLiteral("already exists")));
        CHECK(weitblick::test::readAll(path) == bytes);
    }
}

TEST_CASE("The check fails with one clear line", "[app]")
{
    TempDir dir;
    const QString text = dir.path(QStringLiteral("notes.weitblick"));
    weitblick::test::writeAll(text, "just some notes\n");
    for (const QString &path : {text, dir.path(QStringLiteral("missing.weitblick")), dir.path({})}) {
        CAPTURE(path);
        const Run check = runWeitblick({QStringLiteral("--check"), path});
        CHECK(check.exitCode == 2);
        CHECK(check.out.isEmpty());
        CHECK(check.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(check.err.startsWith(QStringLiteral("weitblick: ")));
    }
    CHECK(weitblick::test::readAll(text) == "just some notes\n");
}

TEST_CASE("Wrong arguments exit with 2", "[app]")
{
    CHECK(runWeitblick({QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(runWeitblick({QStringLiteral("--check")}).exitCode == 2);
    CHECK(runWeitblick({QStringLiteral("--check"), QStringLiteral("a"), QStringLiteral("b")}).exitCode == 2);
}
