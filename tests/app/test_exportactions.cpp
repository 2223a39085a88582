// Tests of --export-actions, run as a separate process the way a user runs it.
#include <catch2/catch.hpp>

#include "runweitblick.h"
#include "testfiles.h"

#include <QFile>

using weitblick::test::TempDir;
using weitblick::test::readAll;
using weitblick::test::AppRun;
using weitblick::test::runWeitblick;

TEST_CASE("export-actions writes the calendar of the sample", "[app][measures]")
{
    TempDir dir;
    const QString sample = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), sample}).exitCode == 0);
    const QByteArray before = readAll(sample);

    const QString ics = dir.path(QStringLiteral("termine.ics"));
    const AppRun run = runWeitblick({QStringLiteral("--export-actions"), ics, sample});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("Wrote ") + ics);
    const QByteArray bytes = readAll(ics);
    CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(bytes.endsWith("END:VCALENDAR\r\n"));
    CHECK(bytes.count("BEGIN:VEVENT") == 12);
    CHECK(bytes.contains("DTSTAMP:"));
    CHECK(QString::fromUtf8(bytes).contains(QString::fromUtf8("Leerstandsbörse")));
    // Read-only: the conference file is untouched and not locked.
    CHECK(readAll(sample) == before);
    CHECK_FALSE(QFile::exists(sample + QStringLiteral(".lock")));
}

TEST_CASE("export-actions refuses what it cannot write", "[app][measures]")
{
    TempDir dir;
    const QString sample = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), sample}).exitCode == 0);

    const AppRun pdf = runWeitblick({QStringLiteral("--export-actions"),
                                  dir.path(QStringLiteral("x.pdf")), sample});
    CHECK(pdf.exitCode == 2);
    CHECK(pdf.err.startsWith(QStringLiteral("weitblick: ")));
    CHECK(pdf.err.trimmed().count(QLatin1Char('\n')) == 0); // one line

    const QString missingFolder = dir.path(QStringLiteral("nope/termine.ics"));
    const AppRun folder = runWeitblick({QStringLiteral("--export-actions"), missingFolder, sample});
    CHECK(folder.exitCode == 2);
    CHECK(folder.err.startsWith(QStringLiteral("weitblick: ")));
    CHECK_FALSE(QFile::exists(missingFolder));

    const AppRun missing = runWeitblick({QStringLiteral("--export-actions"),
                                      dir.path(QStringLiteral("t.ics")),
                                      dir.path(QStringLiteral("missing.weitblick"))});
    CHECK(missing.exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("t.ics"))));
}
