#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/model/newconference.h"
#include "core/model/references.h"
#include "fulldisk.h"
#include "hostilefiles.h"
#include "testfiles.h"

#include <QProcess>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace weitblick;

namespace {

// Opens the file read-write as a moderator would, and checks that it was refused (or, where
// allowed, opened read-only) with a message, and that the file did not change.
OpenOutcome openAndExpectUnchanged(const QString &path)
{
    const QByteArray before = test::readAll(path);
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    document.reset();
    CHECK(test::readAll(path) == before);
    if (outcome.status == OpenOutcome::Status::Rejected)
        CHECK_FALSE(outcome.message.isEmpty());
    return outcome;
}

QByteArray sampleBytes(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("good.weitblick"));
    QString error;
    if (!QFile::exists(path))
        REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    return test::readAll(path);
}

void exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

// Calls f with every text of the conference.
template<class F>
void forEachText(const Conference &conference, F f)
{
    for (const Card &card : conference.all<Card>())
        f(card.text);
    for (const Participant &participant : conference.all<Participant>()) {
        f(participant.name);
        f(participant.organisation);
    }
    for (const Measure &measure : conference.all<Measure>()) {
        f(measure.title);
        f(measure.description);
        f(measure.owner);
    }
    for (const Cluster &cluster : conference.all<Cluster>())
        f(cluster.heading);
    const ConferenceInfo &info = conference.info();
    for (const QString &text : {info.title, info.area, info.place, info.moderators, info.notes})
        f(text);
}

test::Verdict verdictOf(const OpenOutcome &outcome)
{
    if (outcome.status == OpenOutcome::Status::Rejected)
        return test::Verdict::Refused;
    if (outcome.reason == OpenOutcome::Reason::Inconsistent)
        return test::Verdict::Inconsistent;
    return test::Verdict::Sound;
}

const char *verdictName(test::Verdict verdict)
{
    switch (verdict) {
    case test::Verdict::Refused: return "refused";
    case test::Verdict::Inconsistent: return "inconsistent";
    case test::Verdict::Sound: return "sound";
    }
    return "?";
}

} // namespace

TEST_CASE("Reading and editing reach the same verdict on every hostile file and change nothing "
          "before it is accepted", "[storage][bad][hostile]")
{
    test::TempDir dir;
    for (const test::HostileFile &file : test::writeHostileFiles(dir)) {
        DYNAMIC_SECTION(file.name.toStdString())
        {
            const QString folder = QFileInfo(file.path).absolutePath();
            const QMap<QString, QByteArray> before = test::folderContents(folder);
            OpenOutcome reading;
            {
                auto document = ConferenceDocument::open(file.path,
                                                         ConferenceStore::Access::ReadOnly,
                                                         &reading);
                // Nothing beside the file while it is read, either.
                CHECK(test::folderContents(folder) == before);
            }
            CHECK(test::folderContents(folder) == before);
            OpenOutcome editing;
            {
                auto document = ConferenceDocument::open(file.path,
                                                         ConferenceStore::Access::ReadWrite,
                                                         &editing);
                if (verdictOf(editing) != test::Verdict::Sound)
                    CHECK(test::folderContents(folder) == before);
            }
            CAPTURE(reading.message, editing.message, reading.details);
            CHECK(verdictName(verdictOf(reading)) == std::string(verdictName(file.expected)));
            CHECK(verdictName(verdictOf(editing)) == std::string(verdictName(file.expected)));
            if (file.expected != test::Verdict::Sound) {
                CHECK(test::folderContents(folder) == before);
                // One line a moderator can read; what SQLite said goes to the details.
                CHECK_FALSE(reading.message.isEmpty());
                CHECK_FALSE(reading.message.contains(QLatin1Char('\n')));
                CHECK(reading.message.size() - file.path.size() < 300);
                CHECK(reading.message == editing.message);
            } else {
                // Nothing that SQLite keeps beside a file while it writes is left behind.
                const QStringList left = test::folderContents(folder).keys();
                CHECK(left == QStringList{QStringLiteral("conference.weitblick")});
            }
        }
    }
}

TEST_CASE("Numbers from a file outside what Weitblick writes are refused with the entity named",
          "[storage][bad][hostile]")
{
    test::TempDir dir;
    const QHash<QString, QString> named = {
        {QStringLiteral("card id 2^63-1"), QStringLiteral("card 9223372036854775807")},
        {QStringLiteral("time box 2^31-1"), QStringLiteral("phase 1")},
        {QStringLiteral("timer elapsed 2^63-1"), QStringLiteral("phase 1")},
        {QStringLiteral("card year 10^12"), QStringLiteral("card 1")},
        {QStringLiteral("dot count 2^32+1"), QStringLiteral("dot 1")},
        {QStringLiteral("progress 2^32+1"), QStringLiteral("measure 1")},
        {QStringLiteral("position 1e300"), QStringLiteral("card 2")},
        {QStringLiteral("notes of a million characters"), QStringLiteral("conference 1")},
        {QStringLiteral("text that is not UTF-8"), QStringLiteral("card 2")},
        {QStringLiteral("device token in capitals"), QStringLiteral("device 1")},
        {QStringLiteral("client id in capitals"), QStringLiteral("card 2")},
        {QStringLiteral("card hidden 2"), QStringLiteral("card 2")},
    };
    int seen = 0;
    for (const test::HostileFile &file : test::writeHostileFiles(dir)) {
        if (!named.contains(file.name))
            continue;
        ++seen;
        CAPTURE(file.name);
        OpenOutcome outcome;
        CHECK_FALSE(ConferenceDocument::open(file.path, ConferenceStore::Access::ReadOnly,
                                             &outcome));
        CHECK(outcome.reason == OpenOutcome::Reason::Damaged);
        CHECK(outcome.message.contains(named.value(file.name)));
    }
    CHECK(seen == named.size());
}

TEST_CASE("A foreign schema is refused before SQLite evaluates anything of it",
          "[storage][bad][hostile]")
{
    test::TempDir dir;
    for (const test::HostileFile &file : test::writeHostileFiles(dir)) {
        if (!file.name.contains(QStringLiteral("CHECK")))
            continue;
        CAPTURE(file.name);
        OpenOutcome outcome;
        CHECK_FALSE(ConferenceDocument::open(file.path, ConferenceStore::Access::ReadOnly,
                                             &outcome));
        // Not "damaged (no such function: weitblick_probe)", which only evaluating it says.
        CHECK(outcome.message.contains(QStringLiteral("did not create")));
        CHECK_FALSE(outcome.details.contains(QStringLiteral("weitblick_probe")));
    }
}

TEST_CASE("A sound file in WAL mode is read without a trace and converted only for editing",
          "[storage][bad]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("wal.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    REQUIRE(test::execSql(path, "PRAGMA journal_mode = WAL"));
    const QByteArray walBytes = test::readAll(path);
    REQUIRE(walBytes.mid(18, 2) == QByteArray("\x02\x02", 2));

    OpenOutcome outcome;
    {
        auto reader = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
        REQUIRE(reader);
        CHECK(reader->conference() == test::awkwardConference());
        CHECK(test::folderContents(dir.path({})).keys() == QStringList{QStringLiteral("wal.weitblick")});
    }
    CHECK(test::readAll(path) == walBytes);

    auto writer = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(writer);
    CHECK(outcome.status == OpenOutcome::Status::Opened);
    CHECK(test::readAll(path).mid(18, 2) == QByteArray("\x01\x01", 2));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("A newer file that this Weitblick cannot read says so in words", "[storage][bad]")
{
    test::TempDir dir;
    for (const test::HostileFile &file : test::writeHostileFiles(dir)) {
        if (file.name != QLatin1String("a newer file without a table"))
            continue;
        OpenOutcome outcome;
        CHECK_FALSE(ConferenceDocument::open(file.path, ConferenceStore::Access::ReadOnly,
                                             &outcome));
        CHECK(outcome.message.contains(QStringLiteral("newer Weitblick")));
        CHECK_FALSE(outcome.message.contains(QStringLiteral("SQL logic error")));
        CHECK(outcome.details.contains(QStringLiteral("indicator_value")));
    }
}

TEST_CASE("A file with broken references opens read-only and a repaired copy leaves out only "
          "them", "[storage][bad][repair]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("broken.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    // The voter unit changed after dots were cast: dot 2's voter, participant 2, is no table.
    REQUIRE(test::execSql(path, "UPDATE vote_session SET voter_unit = 1 WHERE id = 1;"
                                "UPDATE card SET cluster_id = 999 WHERE id = 2"));
    const QByteArray bytes = test::readAll(path);

    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    CHECK(outcome.status == OpenOutcome::Status::ReadOnly);
    CHECK(outcome.reason == OpenOutcome::Reason::Inconsistent);
    CHECK(document->isReadOnly());
    CHECK(outcome.problems.size() == 2);
    CHECK(outcome.problems.join(QLatin1Char('\n')).contains(QStringLiteral("dot 2")));
    CHECK(outcome.problems.join(QLatin1Char('\n')).contains(QStringLiteral("cluster 999")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));

    const QString repairedPath = dir.path(QStringLiteral("repaired.weitblick"));
    REQUIRE(document->saveRepairedCopy(repairedPath, &error));
    document.reset();
    CHECK(test::readAll(path) == bytes);
    auto repaired = ConferenceDocument::open(repairedPath, ConferenceStore::Access::ReadWrite,
                                             &outcome);
    REQUIRE(repaired);
    CHECK(outcome.status == OpenOutcome::Status::Opened);
    // Exactly the broken links are gone: dot 2 and card 2's cluster.
    Conference expected = test::awkwardConference();
    VoteSession session = *expected.find<VoteSession>(1);
    session.voterUnit = VoterUnit::Table;
    expected.all<VoteSession>().put(session);
    expected.all<Dot>().remove(2);
    CHECK(repaired->conference() == expected);
}

TEST_CASE("Files that are not conferences are refused clearly", "[storage][bad]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("bad.weitblick"));

    SECTION("empty")
    {
        test::writeAll(path, {});
        const OpenOutcome outcome = openAndExpectUnchanged(path);
        CHECK(outcome.reason == OpenOutcome::Reason::NotWeitblick);
        CHECK(outcome.message.contains(QStringLiteral("empty")));
    }
    SECTION("random bytes")
    {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : bytes)
            c = char(generator.bounded(256));
        test::writeAll(path, bytes);
        CHECK(openAndExpectUnchanged(path).reason == OpenOutcome::Reason::NotWeitblick);
    }
    SECTION("a text file")
    {
        test::writeAll(path, "Titel;Ort\nZukunftskonferenz;Lindenau\n");
        CHECK(openAndExpectUnchanged(path).reason == OpenOutcome::Reason::NotWeitblick);
    }
    SECTION("another program's SQLite database")
    {
        exec(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        CHECK(openAndExpectUnchanged(path).reason == OpenOutcome::Reason::NotWeitblick);
    }
    SECTION("a missing path")
    {
        const OpenOutcome outcome = openAndExpectUnchanged(dir.path(QStringLiteral("gone.weitblick")));
        CHECK(outcome.reason == OpenOutcome::Reason::Missing);
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("gone.weitblick"))));
    }
    SECTION("a directory")
    {
        QDir().mkpath(dir.path(QStringLiteral("folder.weitblick")));
        CHECK(openAndExpectUnchanged(dir.path(QStringLiteral("folder.weitblick"))).reason
              == OpenOutcome::Reason::NotAFile);
    }
}

TEST_CASE("A truncated conference is refused at every 4 KiB", "[storage][bad]")
{
    test::TempDir dir;
    const QByteArray good = sampleBytes(dir);
    REQUIRE(good.size() > 8 * 1024);
    const QString path = dir.path(QStringLiteral("cut.weitblick"));
    for (qsizetype size = 0; size < good.size(); size += 4096) {
        CAPTURE(size);
        test::writeAll(path, good.left(size));
        const OpenOutcome outcome = openAndExpectUnchanged(path);
        CHECK(outcome.status == OpenOutcome::Status::Rejected);
    }
}

TEST_CASE("Random bit flips never crash and never pass unnoticed as something else",
          "[storage][bad]")
{
    test::TempDir dir;
    const QByteArray good = sampleBytes(dir);
    const QString path = dir.path(QStringLiteral("flipped.weitblick"));
    QRandomGenerator generator(2026);
    int refused = 0;
    int opened = 0;
    OpenOutcome again;
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(generator.bounded(8));
        for (int i = 0; i < flips; ++i) {
            const auto at = generator.bounded(bytes.size());
            bytes[at] = char(bytes.at(at) ^ (1 << generator.bounded(8)));
        }
        test::writeAll(path, bytes);
        const OpenOutcome outcome = openAndExpectUnchanged(path);
        // A flip in unused space may leave a valid file; then it must open consistently.
        if (outcome.status == OpenOutcome::Status::Rejected) {
            ++refused;
            continue;
        }
        ++opened;
        CAPTURE(round, outcome.message);
        auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly,
                                                 &again);
        REQUIRE(document);
        CHECK(document->integrityCheck() == QStringLiteral("ok"));
        if (outcome.reason != OpenOutcome::Reason::Inconsistent)
            CHECK(findProblems(document->conference()).isEmpty());
        CHECK(findValueProblems(document->conference()).isEmpty());
        // No text was read past an invalid byte as a replacement character.
        forEachText(document->conference(), [](const QString &text) {
            CHECK_FALSE(text.contains(QChar::ReplacementCharacter));
        });
    }
    CHECK(refused > 0);
    CHECK(opened > 0);
}

TEST_CASE("Triggers, views and foreign tables aimed at the file are refused", "[storage][bad]")
{
    test::TempDir dir;
    const QByteArray good = sampleBytes(dir);
    const QString path = dir.path(QStringLiteral("hostile.weitblick"));
    test::writeAll(path, good);

    SECTION("a trigger")
    {
        exec(path, "CREATE TRIGGER evil AFTER INSERT ON card BEGIN DELETE FROM measure; END;");
    }
    SECTION("a view")
    {
        exec(path, "CREATE VIEW card_view AS SELECT * FROM card;");
    }
    SECTION("an extra table")
    {
        exec(path, "CREATE TABLE extra (x TEXT);");
    }
    SECTION("a changed table")
    {
        exec(path, "ALTER TABLE card ADD COLUMN secret TEXT DEFAULT 'x';");
    }
    SECTION("an index")
    {
        exec(path, "CREATE INDEX card_text ON card (text);");
    }
    const OpenOutcome outcome = openAndExpectUnchanged(path);
    CHECK(outcome.status == OpenOutcome::Status::Rejected);
    CHECK(outcome.message.contains(QStringLiteral("did not create")));
}

TEST_CASE("Values that Weitblick never writes are refused", "[storage][bad]")
{
    test::TempDir dir;
    const QByteArray good = sampleBytes(dir);
    const QString path = dir.path(QStringLiteral("values.weitblick"));
    test::writeAll(path, good);

    SECTION("an unknown enum value")
    {
        exec(path, "UPDATE card SET form = 17;");
    }
    SECTION("a colour that is not one")
    {
        exec(path, "UPDATE cluster SET color = 'not a colour';");
    }
    SECTION("no conference row")
    {
        exec(path, "DELETE FROM conference;");
    }
    SECTION("a wall layout that is not one")
    {
        exec(path, "UPDATE phase SET wall_layout = 6;");
    }
    SECTION("an empty wall topic")
    {
        exec(path, "UPDATE phase SET wall_topics = 'Verkehr' || char(10) || char(10) || 'Wohnen';");
    }
    SECTION("too many wall topics")
    {
        exec(path, "UPDATE phase SET wall_topics = 'a' || char(10) || 'b' || char(10) || 'c' || "
                   "char(10) || 'd' || char(10) || 'e' || char(10) || 'f' || char(10) || 'g' || "
                   "char(10) || 'h' || char(10) || 'i' || char(10) || 'j' || char(10) || 'k' || "
                   "char(10) || 'l' || char(10) || 'm';");
    }
    SECTION("a wall topic too long for its caption")
    {
        exec(path, "UPDATE phase SET wall_topics = printf('%.61c', 'x');");
    }
    SECTION("a wall topic twice")
    {
        exec(path, "UPDATE phase SET wall_topics = 'Verkehr' || char(10) || 'Verkehr';");
    }
    SECTION("a wall topic with spaces around it")
    {
        exec(path, "UPDATE phase SET wall_topics = ' Verkehr';");
    }
    SECTION("a template flag that is no yes or no")
    {
        exec(path, "UPDATE conference SET is_template = 2;");
    }
    const OpenOutcome outcome = openAndExpectUnchanged(path);
    CHECK(outcome.status == OpenOutcome::Status::Rejected);
    CHECK(outcome.reason == OpenOutcome::Reason::Damaged);
}

TEST_CASE("When the folder vanishes while open, the edit fails clearly and nothing is lost",
          "[storage][bad]")
{
    test::TempDir dir;
    QDir().mkpath(dir.path(QStringLiteral("stick")));
    const QString path = dir.path(QStringLiteral("stick/conference.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, newConference(), &error));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    const Conference before = document->conference();

    REQUIRE(QDir(dir.path(QStringLiteral("stick"))).removeRecursively());
    QString reported;
    QObject::connect(document.get(), &ConferenceDocument::writeFailed,
                     [&](const QString &message) { reported = message; });
    Card card;
    card.id = 1;
    card.phaseId = 1;
    ChangeSet changes;
    changes.add(card);
    CHECK_FALSE(document->apply(changes));
    CHECK_FALSE(reported.isEmpty());
    CHECK(document->isReadOnly());
    CHECK(document->readOnlyReason() == reported);
    CHECK(document->conference() == before);

    // Save As rescues the conference to a place that works.
    const QString rescue = dir.path(QStringLiteral("rescue.weitblick"));
    REQUIRE(document->saveAs(rescue, &error));
    CHECK_FALSE(document->isReadOnly());
    CHECK(document->apply(changes));
}

TEST_CASE("On a full disk the edit fails clearly and the file keeps all before it",
          "[storage][bad]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("full.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    {
        test::FullDisk disk;
        OpenOutcome outcome;
        auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
        REQUIRE(document);
        Card card;
        card.id = 3;
        card.phaseId = 1;
        card.text = QStringLiteral("vor dem vollen Datenträger");
        ChangeSet first;
        first.add(card);
        REQUIRE(document->apply(first));

        disk.setFull(true);
        card.id = 4;
        ChangeSet second;
        second.add(card);
        CHECK_FALSE(document->apply(second));
        CHECK(document->isReadOnly());
        CHECK(document->readOnlyReason().contains(QStringLiteral("disk is full")));
        CHECK_FALSE(document->conference().find<Card>(4));
        disk.setFull(false);
    }
    OpenOutcome outcome;
    auto reopened = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(reopened);
    CHECK(reopened->integrityCheck() == QStringLiteral("ok"));
    CHECK(reopened->conference().find<Card>(3));
    CHECK_FALSE(reopened->conference().find<Card>(4));
}

// Root may write any file, so the file is made immutable instead (ext4's chattr +i), which
// stops root too. Both are undone at the end so that the folder can be removed.
TEST_CASE("A read-only file opens read-only and says why", "[storage][bad]")
{
    QTemporaryDir dir(QStringLiteral("/var/tmp/weitblick-readonly-XXXXXX"));
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("readonly.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    const bool root = ::geteuid() == 0;
    if (root)
        REQUIRE(QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0);
    else
        QFile::setPermissions(path, QFile::ReadOwner);
    REQUIRE_FALSE(QFileInfo(path).isWritable());

    const OpenOutcome outcome = openAndExpectUnchanged(path);
    CHECK(outcome.status == OpenOutcome::Status::ReadOnly);
    CHECK(outcome.reason == OpenOutcome::Reason::NotWritable);
    CHECK(outcome.message.contains(QStringLiteral("read-only")));

    if (root)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
}
