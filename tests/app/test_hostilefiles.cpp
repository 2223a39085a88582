#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/model/limits.h"
#include "hostilefiles.h"
#include "runweitblick.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <csignal>

using namespace weitblick;
using test::Verdict;

namespace {

const char *verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Refused: return "refused";
    case Verdict::Inconsistent: return "inconsistent";
    case Verdict::Sound: return "sound";
    }
    return "?";
}

Verdict verdictOf(const OpenOutcome &outcome)
{
    if (outcome.status == OpenOutcome::Status::Rejected)
        return Verdict::Refused;
    return outcome.reason == OpenOutcome::Reason::Inconsistent ? Verdict::Inconsistent
                                                                : Verdict::Sound;
}

// The verdict of --check: ok; the broken references, one per line; or one line of refusal.
Verdict verdictOf(const test::AppRun &run)
{
    if (run.exitCode == 0)
        return Verdict::Sound;
    return run.err.contains(QStringLiteral("broken references")) ? Verdict::Inconsistent
                                                                 : Verdict::Refused;
}

// What SQLite says in English, which must never end up in a (German) message.
QStringList sqliteEnglish()
{
    return {QStringLiteral("malformed"), QStringLiteral("SQL logic error"),
            QStringLiteral("btreeInitPage"), QStringLiteral("no such"),
            QStringLiteral("Unknown error"), QStringLiteral("constraint failed"),
            QStringLiteral("database"), QStringLiteral("string or blob too big"),
            QStringLiteral("SQLite")};
}

} // namespace

TEST_CASE("Checking, reading and editing reach the same verdict on every hostile file",
          "[app][hostile]")
{
    test::TempDir dir;
    for (const test::HostileFile &file : test::writeHostileFiles(dir)) {
        DYNAMIC_SECTION(file.name.toStdString())
        {
            const QString folder = QFileInfo(file.path).absolutePath();
            const QMap<QString, QByteArray> before = test::folderContents(folder);
            const test::AppRun check = test::runWeitblick({QStringLiteral("--check"), file.path});
            CHECK(test::folderContents(folder) == before);
            const test::AppRun german = test::runWeitblick(
                {QStringLiteral("--check"), QStringLiteral("--lang"), QStringLiteral("de"),
                 file.path});
            CHECK(test::folderContents(folder) == before);

            OpenOutcome reading;
            ConferenceDocument::open(file.path, ConferenceStore::Access::ReadOnly, &reading);
            OpenOutcome editing;
            ConferenceDocument::open(file.path, ConferenceStore::Access::ReadWrite, &editing);
            CAPTURE(check.err, check.out, reading.message, editing.message);
            CHECK(verdictName(verdictOf(check)) == std::string(verdictName(file.expected)));
            CHECK(verdictName(verdictOf(reading)) == std::string(verdictName(file.expected)));
            CHECK(verdictName(verdictOf(editing)) == std::string(verdictName(file.expected)));
            CHECK(german.exitCode == check.exitCode);
            if (file.expected == Verdict::Refused) {
                CHECK(check.err.trimmed().count(QLatin1Char('\n')) == 0);
                CAPTURE(german.err);
                for (const QString &english : sqliteEnglish())
                    CHECK_FALSE(german.err.contains(english));
            }
        }
    }
}

TEST_CASE("Checking and exporting a WAL-mode file leave nothing beside it", "[app][hostile]")
{
    test::TempDir dir;
    for (const test::HostileFile &file : test::writeHostileFiles(dir)) {
        if (!file.name.startsWith(QStringLiteral("WAL mode")))
            continue;
        CAPTURE(file.name);
        const QString folder = QFileInfo(file.path).absolutePath();
        const QMap<QString, QByteArray> before = test::folderContents(folder);
        test::runWeitblick({QStringLiteral("--check"), file.path});
        CHECK(test::folderContents(folder) == before);
        const QString pdf = dir.path(file.name + QStringLiteral(".pdf"));
        test::runWeitblick({QStringLiteral("--export-report"), pdf, file.path});
        CHECK(test::folderContents(folder) == before);
    }
}

TEST_CASE("The dot total of the check does not overflow", "[app]")
{
    test::TempDir dir;
    Conference conference = test::awkwardConference();
    // A room vote of 15,000 cards with the most dots a paper tally may give each: 3 · 10^9
    // dots in all, more than an int holds, and every value legal.
    conference.all<Dot>().clear();
    VoteSession room = *conference.find<VoteSession>(2);
    room.cardsVotable = true;
    room.minusDots = true;
    conference.all<VoteSession>().put(room);
    Id dotId = 1;
    for (Id cardId = 10; cardId < 15010; ++cardId) {
        Card card;
        card.id = cardId;
        card.phaseId = room.phaseId;
        card.text = QStringLiteral("Karte %1").arg(cardId);
        conference.all<Card>().put(card);
        for (DotKind kind : {DotKind::Plus, DotKind::Minus})
            conference.all<Dot>().put({dotId++, room.id, cardId, NoId, NoId,
                                       limits::MaxDotCount, kind});
    }
    const QString path = dir.path(QStringLiteral("many-dots.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, conference, &error));
    const test::AppRun check = test::runWeitblick({QStringLiteral("--check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral(" 2999970000 dots")));
}

// Ctrl+C or SIGTERM in the middle of a long export: it stops, says so and leaves no file.
TEST_CASE("A long export on the command line can be cancelled", "[app][cancel]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("stress.weitblick"));
    REQUIRE(test::runWeitblick({QStringLiteral("--write-stress"), path}).exitCode == 0);
    const QString outFolder = dir.path(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(outFolder));
    const QString pdf = outFolder + QStringLiteral("/report.pdf");

    QProcess process;
    test::startWeitblick(process, {QStringLiteral("--export-report"), pdf, path});
    REQUIRE(process.waitForStarted());
    // Once it has the conference open it is exporting (and listens for the signal).
    const QString target = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(process.processId()));
    bool open = false;
    while (!open && process.state() == QProcess::Running) {
        for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::Files))
            open |= fd.symLinkTarget() == target;
        process.waitForFinished(20);
    }
    REQUIRE(open);
    ::kill(pid_t(process.processId()), SIGTERM);
    REQUIRE(process.waitForFinished(120000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 128 + SIGTERM);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("Cancelled")));
    CHECK(QDir(outFolder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("A screenshot of a refused file says why in one line", "[app][hostile]")
{
    test::TempDir dir;
    for (const test::HostileFile &file : test::writeHostileFiles(dir)) {
        if (file.name != QLatin1String("a table name of 900 kB"))
            continue;
        const test::AppRun shot = test::runWeitblick(
            {QStringLiteral("--screenshot"), dir.path(QStringLiteral("shot.png")), file.path});
        CHECK(shot.exitCode == 2);
        CHECK(shot.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(shot.err.contains(QStringLiteral("did not create")));
        CHECK_FALSE(shot.err.contains(QStringLiteral("Unknown error")));
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("shot.png"))));
    }
}
