#include <catch2/catch.hpp>

#include "runweitblick.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using weitblick::test::runWeitblick;
using weitblick::test::TempDir;

TEST_CASE("The documentation of the sample is written as PDF and ODT", "[app][report]")
{
    TempDir dir;
    const QString sample = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), sample}).exitCode == 0);
    const QByteArray before = weitblick::test::readAll(sample);

    const QString pdf = dir.path(QStringLiteral("Dokumentation.pdf"));
    const weitblick::test::AppRun wrote = runWeitblick({QStringLiteral("--export-report"), pdf, sample});
    CHECK(wrote.exitCode == 0);
    CHECK(wrote.out.trimmed() == QStringLiteral("Wrote %1").arg(QDir::toNativeSeparators(pdf)));
    CHECK(weitblick::test::readAll(pdf).startsWith("%PDF"));

    const QString odt = dir.path(QStringLiteral("Dokumentation.odt"));
    CHECK(runWeitblick({QStringLiteral("--export-report"), odt, sample}).exitCode == 0);
    CHECK(weitblick::test::readAll(odt).startsWith("PK"));
    CHECK(weitblick::test::readAll(sample) == before);

    const QString bad = dir.path(QStringLiteral("missing/Dokumentation.pdf"));
    const weitblick::test::AppRun failed = runWeitblick({QStringLiteral("--export-report"), bad, sample});
    CHECK(failed.exitCode == 2);
    CHECK(failed.out.isEmpty());
    CHECK(failed.err.startsWith(QStringLiteral("weitblick: ")));
    CHECK(failed.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK_FALSE(QFile::exists(bad));
}

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The documentation leaves the names out with no-names", "[app][report]")
{
    TempDir dir;
    const QString sample = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), sample}).exitCode == 0);
    const QString named = dir.path(QStringLiteral("mit.pdf"));
    const QString anonymous = dir.path(QStringLiteral("ohne.pdf"));
    REQUIRE(runWeitblick({QStringLiteral("--export-report"), named, sample}).exitCode == 0);
    REQUIRE(runWeitblick({QStringLiteral("--export-report"), anonymous, QStringLiteral("--no-names"),
                          sample}).exitCode == 0);
    // A participant who owns no measure and leads nothing.
    CHECK(pdfText(named).contains(QStringLiteral("Arslan")));
    CHECK_FALSE(pdfText(anonymous).contains(QStringLiteral("Arslan")));
    CHECK(runWeitblick({QStringLiteral("--export-report"), dir.path(QStringLiteral("x.docx")),
                        sample}).exitCode == 2);
}

TEST_CASE("The CSV files of the sample go into a folder", "[app][report]")
{
    TempDir dir;
    const QString sample = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), sample}).exitCode == 0);
    const QString folder = dir.path(QStringLiteral("csv"));
    REQUIRE(QDir().mkpath(folder));

    const weitblick::test::AppRun wrote = runWeitblick({QStringLiteral("--export-csv"), folder, sample});
    CHECK(wrote.exitCode == 0);
    CHECK(wrote.out.count(QLatin1Char('\n')) == 1);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    CHECK(files == QStringList{QStringLiteral("cards.csv"), QStringLiteral("clusters.csv"),
                               QStringLiteral("criteria.csv"), QStringLiteral("measures.csv"),
                               QStringLiteral("participants.csv"), QStringLiteral("votes.csv")});
    // The C locale writes a decimal point, so commas separate the fields.
    CHECK(weitblick::test::readAll(QDir(folder).filePath(QStringLiteral("cards.csv")))
              .startsWith("\xEF\xBB\xBFId,Phase,"));

    const QString missing = dir.path(QStringLiteral("nowhere"));
    const weitblick::test::AppRun failed = runWeitblick({QStringLiteral("--export-csv"), missing, sample});
    CHECK(failed.exitCode == 2);
    CHECK(failed.err.startsWith(QStringLiteral("weitblick: ")));
    CHECK(failed.err.contains(QStringLiteral("nowhere")));
    CHECK(failed.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK_FALSE(QFile::exists(missing));
}
