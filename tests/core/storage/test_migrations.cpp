#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/model/references.h"
#include "core/storage/schema.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sqlite3.h>

using namespace weitblick;
using storage::Migration;
using storage::ScopedMigrationsForTesting;

namespace {

// The real history plus one step that this build does not have yet.
QList<Migration> historyWithNextVersion()
{
    QList<Migration> steps = storage::migrations();
    steps.append({storage::currentSchemaVersion() + 1,
                  {"CREATE TABLE review (id INTEGER PRIMARY KEY, held_on TEXT) STRICT",
                   "ALTER TABLE measure ADD COLUMN review_note TEXT"}});
    return steps;
}

} // namespace

TEST_CASE("An older file is upgraded and a backup of it kept", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    const QByteArray oldBytes = test::readAll(path);

    ScopedMigrationsForTesting newerBuild(historyWithNextVersion());
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    CHECK(outcome.status == OpenOutcome::Status::Upgraded);
    CHECK(outcome.message.contains(outcome.backupPath));
    CHECK(test::readAll(outcome.backupPath) == oldBytes);
    CHECK(document->conference() == test::awkwardConference());
    CHECK_FALSE(document->isReadOnly());
    document.reset();

    // Opened again: current now, no second backup.
    auto again = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(again);
    CHECK(outcome.status == OpenOutcome::Status::Opened);
}

TEST_CASE("An older file opened read-only is upgraded in memory only", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    const QByteArray oldBytes = test::readAll(path);

    ScopedMigrationsForTesting newerBuild(historyWithNextVersion());
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(document);
    CHECK(document->conference() == test::awkwardConference());
    document.reset();
    CHECK(test::readAll(path) == oldBytes);
}

TEST_CASE("A file from a newer Weitblick opens read-only", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.weitblick"));
    QString error;
    {
        ScopedMigrationsForTesting newerBuild(historyWithNextVersion());
        REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    }
    const QByteArray bytes = test::readAll(path);
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    CHECK(outcome.status == OpenOutcome::Status::ReadOnly);
    CHECK(outcome.reason == OpenOutcome::Reason::NewerVersion);
    CHECK(outcome.message.contains(QStringLiteral("newer")));
    CHECK(document->conference() == test::awkwardConference());
    CHECK(document->isReadOnly());
    document.reset();
    CHECK(test::readAll(path) == bytes);
}

TEST_CASE("A foreign application_id is rejected", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("foreign.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    QByteArray bytes = test::readAll(path);
    qToBigEndian<quint32>(0x12345678, bytes.data() + 68);
    test::writeAll(path, bytes);

    OpenOutcome outcome;
    CHECK_FALSE(ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome));
    CHECK(outcome.reason == OpenOutcome::Reason::NotWeitblick);
    CHECK(test::readAll(path) == bytes);
}

TEST_CASE("Every migration step gives the schema of a new file", "[storage][migration]")
{
    ScopedMigrationsForTesting newerBuild(historyWithNextVersion());
    for (int version = 1; version <= storage::currentSchemaVersion(); ++version) {
        CAPTURE(version);
        const QStringList schema = storage::expectedSchema(version);
        CHECK_FALSE(schema.isEmpty());
        if (version > 1)
            CHECK(schema != storage::expectedSchema(version - 1));
    }
}

// Fixtures are files written by earlier releases with --write-sample. What they hold is known
// and frozen here, independent of how the sample looks today.
static void checkFrozenSample(const Conference &c)
{
    CHECK(c.all<StakeholderGroup>().size() == 6);
    CHECK(c.all<Table>().size() == 8);
    CHECK(c.all<Participant>().size() == 64);
    CHECK(c.all<Phase>().size() == 5);
    CHECK(c.all<SubProject>().size() == 4);
    CHECK(c.all<Cluster>().size() == 13);
    CHECK(c.all<Card>().size() == 103);
    CHECK(c.all<VoteSession>().size() == 1);
    CHECK(c.all<Dot>().size() == 248);
    CHECK(c.all<Measure>().size() == 11);
    CHECK(c.all<Criterion>().size() == 14);
    int dots = 0;
    for (const Dot &dot : c.all<Dot>())
        dots += dot.count;
    CHECK(dots == 292);
    CHECK(c.find<Card>(13)->text == QString::fromUtf8("Fußgängerzone in der Kirchgasse eröffnet"));
    CHECK(c.find<Measure>(1)->title == QString::fromUtf8("Leerstandsbörse und Zwischennutzung"));
    CHECK(findProblems(c).isEmpty());
}

// What the version 3 fixture holds beyond the frozen sample: the follow-up reviews.
static void checkFrozenReviews(const Conference &c, int fixtureVersion)
{
    // Follow-up reviews came with version 3; an older file has none yet.
    const bool reviews = fixtureVersion >= 3;
    CHECK(c.all<ReviewMeeting>().size() == (reviews ? 2 : 0));
    CHECK(c.all<MeasureReview>().size() == (reviews ? 17 : 0));
    CHECK(c.all<IndicatorValue>().size() == (reviews ? 25 : 0));
}

// Participation over the network came with version 4: an older file has no devices, and its
// cards and dots are the laptop's.
static void checkNothingFromDevices(const Conference &c)
{
    CHECK(c.all<Device>().isEmpty());
    for (const Card &card : c.all<Card>()) {
        CHECK(card.deviceId == NoId);
        CHECK(card.clientId.isNull());
        CHECK_FALSE(card.hidden);
    }
    for (const Dot &dot : c.all<Dot>())
        CHECK(dot.deviceId == NoId);
}

// Templates and walls by topic came with version 5: an older file is no template, and no wall
// has topics.
static void checkNothingFromTemplates(const Conference &c)
{
    CHECK_FALSE(c.info().isTemplate);
    for (const Phase &phase : c.all<Phase>())
        CHECK(phase.wallTopics.isEmpty());
}

static void checkFixtureUpgrades(const QString &fixtureName, int fixtureVersion)
{
    test::TempDir dir;
    const QString path = dir.path(fixtureName);
    const QByteArray fixture = test::readAll(QStringLiteral(WEITBLICK_FIXTURES "/") + fixtureName);
    REQUIRE_FALSE(fixture.isEmpty());
    test::writeAll(path, fixture);

    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    CHECK(outcome.status == OpenOutcome::Status::Upgraded);
    CHECK(outcome.backupPath == path + QStringLiteral(".v%1.bak").arg(fixtureVersion));
    CHECK(test::readAll(outcome.backupPath) == fixture);
    CHECK(document->integrityCheck() == QStringLiteral("ok"));
    checkFrozenSample(document->conference());
    checkFrozenReviews(document->conference(), fixtureVersion);
    checkNothingFromDevices(document->conference());
    checkNothingFromTemplates(document->conference());
    document.reset();

    // Once upgraded, the file opens as current and holds the same.
    auto again = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(again);
    CHECK(outcome.status == OpenOutcome::Status::Opened);
    checkFrozenSample(again->conference());
    checkFrozenReviews(again->conference(), fixtureVersion);
}

TEST_CASE("A file of schema version 1 is upgraded without losing anything",
          "[storage][migration]")
{
    checkFixtureUpgrades(QStringLiteral("sample-v1.weitblick"), 1);
}

TEST_CASE("A file of schema version 2 is upgraded without losing anything",
          "[storage][migration]")
{
    checkFixtureUpgrades(QStringLiteral("sample-v2.weitblick"), 2);
}

TEST_CASE("A file of schema version 3 is upgraded without losing anything",
          "[storage][migration]")
{
    checkFixtureUpgrades(QStringLiteral("sample-v3.weitblick"), 3);
}

TEST_CASE("A file of schema version 4 is upgraded without losing anything",
          "[storage][migration]")
{
    checkFixtureUpgrades(QStringLiteral("sample-v4.weitblick"), 4);
}

TEST_CASE("An upgraded file stores a card's client id only once", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v3.weitblick"));
    test::writeAll(path, test::readAll(QStringLiteral(WEITBLICK_FIXTURES "/sample-v3.weitblick")));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    REQUIRE(outcome.status == OpenOutcome::Status::Upgraded);

    Device device;
    device.id = 1;
    device.tokenHash = QString(Device::TokenHashLength, QLatin1Char('0'));
    device.tableId = 1;
    Card card = *document->conference().find<Card>(13);
    card.id = document->conference().all<Card>().nextId();
    card.deviceId = 1;
    card.clientId = QUuid(QStringLiteral("6f1d3c1e-9b7a-4c52-8f0e-2a8d5b7c9e01"));
    ChangeSet first;
    first.add(device);
    first.add(card);
    REQUIRE(document->apply(first));

    // The file itself refuses a second card with the same client id.
    Card twin = card;
    twin.id = card.id + 1;
    ChangeSet second;
    second.add(twin);
    CHECK_FALSE(document->apply(second));
    document.reset();
    auto again = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(again);
    CHECK(again->conference().find<Card>(card.id)->clientId == card.clientId);
    CHECK_FALSE(again->conference().find<Card>(twin.id));
    CHECK(findProblems(again->conference()).isEmpty());
}

// Each fixture holds exactly the schema of its version, and each step from it gives exactly
// the schema of the next version: the migrations list is the only way to a schema.
TEST_CASE("The fixtures go through every step one at a time", "[storage][migration]")
{
    REQUIRE(storage::currentSchemaVersion() == 5);
    for (int fixtureVersion : {1, 2, 3, 4}) {
        CAPTURE(fixtureVersion);
        test::TempDir dir;
        const QString path = dir.path(QStringLiteral("f.weitblick"));
        const QString fixture = QStringLiteral(WEITBLICK_FIXTURES "/sample-v%1.weitblick");
        test::writeAll(path, test::readAll(fixture.arg(fixtureVersion)));
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
                == SQLITE_OK);
        CHECK(storage::actualSchema(db) == storage::expectedSchema(fixtureVersion));
        for (int version = fixtureVersion + 1; version <= storage::currentSchemaVersion();
             ++version) {
            CAPTURE(version);
            QString error;
            REQUIRE(storage::migrate(db, version - 1, version, &error));
            CHECK(storage::actualSchema(db) == storage::expectedSchema(version));
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
            REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
            CHECK(sqlite3_column_int(stmt, 0) == version);
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
    }
}

namespace {

// The descriptors this process holds open on the file.
int openDescriptorsOf(const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::Files))
        count += fd.symLinkTarget() == target;
    return count;
}

} // namespace

TEST_CASE("Reading an older file closes its connection again", "[storage][migration]")
{
    test::TempDir dir;
    for (const char *fixture : {"sample-v1.weitblick", "sample-v2.weitblick",
                                "sample-v3.weitblick", "sample-v4.weitblick"}) {
        CAPTURE(fixture);
        const QString path = dir.path(QString::fromLatin1(fixture));
        REQUIRE(QFile::copy(QStringLiteral(WEITBLICK_FIXTURES "/") + QLatin1String(fixture), path));
        {
            OpenOutcome outcome;
            auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly,
                                                     &outcome);
            REQUIRE(document);
        }
        CHECK(openDescriptorsOf(path) == 0);
    }
}

TEST_CASE("A step to version 4 that fails half-way leaves the version 3 file as it was",
          "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v3.weitblick"));
    const QByteArray v3 = test::readAll(QStringLiteral(WEITBLICK_FIXTURES "/sample-v3.weitblick"));
    test::writeAll(path, v3);
    {
        // Step 4 as it is, then one statement that fails after the device table and the new
        // columns are made; the steps after 4 are not reached.
        QList<Migration> steps = storage::migrations();
        steps.removeIf([](const Migration &step) { return step.toVersion > 4; });
        REQUIRE(steps.constLast().toVersion == 4);
        steps.last().statements.append("CREATE TABLE device (id INTEGER PRIMARY KEY)");
        ScopedMigrationsForTesting brokenBuild(steps);
        OpenOutcome outcome;
        CHECK_FALSE(ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome));
        CHECK(outcome.status == OpenOutcome::Status::Rejected);
    }
    // Nothing of step 4 stayed: the file reads as version 3 and upgrades cleanly now.
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK);
    sqlite3_stmt *query = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &query, nullptr);
    REQUIRE(sqlite3_step(query) == SQLITE_ROW);
    CHECK(sqlite3_column_int(query, 0) == 3);
    sqlite3_finalize(query);
    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'device'", -1, &query,
                       nullptr);
    REQUIRE(sqlite3_step(query) == SQLITE_ROW);
    CHECK(sqlite3_column_int(query, 0) == 0);
    sqlite3_finalize(query);
    sqlite3_close(db);
    OpenOutcome outcome;
    CHECK(ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome));
    CHECK(outcome.status == OpenOutcome::Status::Upgraded);
}

TEST_CASE("A step to version 5 that fails half-way leaves the version 4 file as it was",
          "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v4.weitblick"));
    const QByteArray v4 = test::readAll(QStringLiteral(WEITBLICK_FIXTURES "/sample-v4.weitblick"));
    REQUIRE_FALSE(v4.isEmpty());
    test::writeAll(path, v4);
    {
        // Step 5 as it is, then one statement that fails after the new columns are made.
        QList<Migration> steps = storage::migrations();
        REQUIRE(steps.constLast().toVersion == 5);
        steps.last().statements.append("ALTER TABLE phase ADD COLUMN wall_topics TEXT");
        ScopedMigrationsForTesting brokenBuild(steps);
        OpenOutcome outcome;
        CHECK_FALSE(ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome));
        CHECK(outcome.status == OpenOutcome::Status::Rejected);
    }
    // Nothing of step 5 stayed: the file is the version 4 file, byte for byte, and upgrades
    // cleanly now.
    CHECK(test::readAll(path) == v4);
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK);
    CHECK(storage::actualSchema(db) == storage::expectedSchema(4));
    sqlite3_close(db);
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    CHECK(outcome.status == OpenOutcome::Status::Upgraded);
    checkFrozenSample(document->conference());
    checkNothingFromTemplates(document->conference());
}
