// --export-posters, run as a separate process the way a user runs it.

#include <catch2/catch.hpp>

#include "core/sample/sampleconference.h"
#include "runweitblick.h"
#include "testfiles.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using Run = weitblick::test::AppRun;
using weitblick::test::runWeitblick;

namespace {

int pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
        .match(QString::fromUtf8(process.readAllStandardOutput()))
        .captured(1)
        .toInt();
}

} // namespace

using weitblick::test::TempDir;

TEST_CASE("Exporting posters with --export-posters writes every kind of poster of the sample", "[app][posters]")
{
    using namespace weitblick;
    TempDir dir;
    const QString file = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), file}).exitCode == 0);
    const QByteArray before = test::readAll(file);
    const Conference sample = makeSampleConference();
    const QList<std::pair<QString, int>> expected{
        {QStringLiteral("walls"), sample.all<Phase>().size()},
        {QStringLiteral("clusters"), sample.all<Cluster>().size()},
        {QStringLiteral("timeline"), 1},
        {QStringLiteral("ranking"), sample.all<VoteSession>().size()},
        {QStringLiteral("actions"), 1},
        {QStringLiteral("tables"),
         1 + sample.all<Table>().size() + sample.all<Participant>().size()}};
    for (const auto &[what, pages] : expected) {
        INFO(what.toStdString());
        const QString pdf = dir.path(what + QStringLiteral(".pdf"));
        const Run run = runWeitblick({QStringLiteral("--export-posters"), pdf,
                                      QStringLiteral("--what"), what, QStringLiteral("--paper"),
                                      QStringLiteral("A2"), file});
        CHECK(run.exitCode == 0);
        // "(1 page)" once the English plural forms are in; "(1 page(s))" before.
        CHECK(run.out.startsWith(QStringLiteral("Wrote %1 (%2 page").arg(pdf).arg(pages)));
        CHECK(run.out.count(QLatin1Char('\n')) == 1);
        CHECK(pdfPages(pdf) == pages);
    }
    // Read-only: the conference file is as it was, and no lock is left.
    CHECK(test::readAll(file) == before);
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".lock")));
}

TEST_CASE("Exporting posters with --export-posters --tile prints an overview and the sheets", "[app][posters]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), file}).exitCode == 0);
    const QString pdf = dir.path(QStringLiteral("tiled.pdf"));
    const Run run = runWeitblick({QStringLiteral("--export-posters"), pdf, QStringLiteral("--what"),
                                 QStringLiteral("actions"), QStringLiteral("--paper"),
                                 QStringLiteral("A2"), QStringLiteral("--tile"),
                                 QStringLiteral("A4"), file});
    REQUIRE(run.exitCode == 0);
    // The overview, then the sheets (the ui tests check their number for known sizes).
    const int pages = pdfPages(pdf);
    CHECK(pages >= 3);
    CHECK(run.out.contains(QStringLiteral("(%1 page").arg(pages)));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"),
                                             QStringLiteral("-l"), QStringLiteral("1"), pdf,
                                             QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    // Qt sets "fi" as a ligature; NFKC gives the letters back, as a PDF viewer's search does.
    CHECK(QString::fromUtf8(text.readAllStandardOutput())
              .normalized(QString::NormalizationForm_KC)
              .contains(QStringLiteral("How the sheets fit together")));
}

TEST_CASE("Exporting posters with --export-posters fails clearly and leaves no file", "[app][posters]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("sample.weitblick"));
    REQUIRE(runWeitblick({QStringLiteral("--write-sample"), file}).exitCode == 0);

    const QString pdf = dir.path(QStringLiteral("bad.pdf"));
    Run run = runWeitblick({QStringLiteral("--export-posters"), pdf, QStringLiteral("--paper"),
                            QStringLiteral("A5"), file});
    CHECK(run.exitCode == 2);
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.err.contains(QStringLiteral("--paper")));
    CHECK_FALSE(QFile::exists(pdf));

    run = runWeitblick({QStringLiteral("--export-posters"), pdf, QStringLiteral("--tile"),
                        QStringLiteral("A2"), file});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));

    const QString nowhere = dir.path(QStringLiteral("missing/posters.pdf"));
    run = runWeitblick({QStringLiteral("--export-posters"), nowhere, file});
    CHECK(run.exitCode == 2);
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.err.contains(QStringLiteral("does not exist")));
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFile::exists(nowhere));

    run = runWeitblick({QStringLiteral("--export-posters"), pdf,
                        dir.path(QStringLiteral("none.weitblick"))});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));
}
