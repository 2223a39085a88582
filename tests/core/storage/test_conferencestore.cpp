#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/model/newconference.h"
#include "core/model/references.h"
#include "core/storage/conferencestore.h"
#include "core/storage/filelock.h"
#include "core/storage/schema.h"
#include "hostilefiles.h"
#include "testfiles.h"

#include <QFileInfo>

#include <sqlite3.h>

using namespace weitblick;

namespace {

Conference reload(const QString &path)
{
    OpenOutcome outcome;
    Conference conference;
    auto store = ConferenceStore::open(path, ConferenceStore::Access::ReadOnly, &conference,
                                       &outcome);
    REQUIRE(store);
    return conference;
}

QString pragma(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QString value;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

} // namespace

TEST_CASE("Every field of every entity survives the file", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("round.weitblick"));
    const Conference original = test::awkwardConference();
    QString error;
    REQUIRE(ConferenceStore::create(path, original, &error));

    const Conference loaded = reload(path);
    CHECK(loaded.info() == original.info());
    CHECK(loaded.all<Card>() == original.all<Card>());
    CHECK(loaded.all<Dot>() == original.all<Dot>());
    CHECK(loaded.all<Criterion>() == original.all<Criterion>());
    CHECK(loaded == original);
    CHECK(loaded.find<Card>(1)->text.size() == Card::MaxTextLength);
    CHECK(loaded.find<Card>(2)->text.contains(QStringLiteral("<b>x</b>")));
}

TEST_CASE("Every field of the follow-up entities survives the file", "[storage][measures]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("reviews.weitblick"));
    Conference original = test::awkwardConference();
    const QString awkward = original.find<Card>(2)->text; // quotes, SQL, <b>x</b>, %1, tabs
    original.all<ReviewMeeting>().put(
        {1, QDate(2026, 9, 1), awkward, QString::fromUtf8("Grüße 🙂\n2")});
    original.all<ReviewMeeting>().put({2, QDate(2027, 2, 28), QString(), QString()});
    original.all<MeasureReview>().put({1, 1, 1, awkward, QString::fromUtf8("Straße"),
                                       QStringLiteral("weiter\tso"), QStringLiteral("Geld; Zeit"),
                                       MeasureStatus::Dropped, 100});
    original.all<MeasureReview>().put({7, 2, 1, {}, {}, {}, {}, MeasureStatus::Idea, 0});
    original.all<IndicatorValue>().put({1, 1, 1, QDate(2026, 9, 1), -0.125});
    original.all<IndicatorValue>().put({2, 2, NoId, QDate(1999, 12, 31), 1e12});
    REQUIRE(findProblems(original).isEmpty());
    QString error;
    REQUIRE(ConferenceStore::create(path, original, &error));

    const Conference loaded = reload(path);
    CHECK(loaded.all<ReviewMeeting>() == original.all<ReviewMeeting>());
    CHECK(loaded.all<MeasureReview>() == original.all<MeasureReview>());
    CHECK(loaded.all<IndicatorValue>() == original.all<IndicatorValue>());
    CHECK(loaded == original);
}

TEST_CASE("A new file is identified, versioned and journalled safely", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("new.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, newConference(), &error));
    CHECK(pragma(path, "PRAGMA application_id") == QStringLiteral("1463962699"));
    CHECK(pragma(path, "PRAGMA user_version") == QString::number(storage::currentSchemaVersion()));
    // Not the private permissions of the temporary file it was written to.
    CHECK(QFileInfo(path).permission(QFile::ReadGroup));
    CHECK(pragma(path, "PRAGMA journal_mode") == QStringLiteral("delete"));

    SECTION("create never overwrites")
    {
        const QByteArray before = test::readAll(path);
        CHECK_FALSE(ConferenceStore::create(path, test::awkwardConference(), &error));
        CHECK(error.contains(QStringLiteral("already exists")));
        CHECK(test::readAll(path) == before);
    }
}

TEST_CASE("Each applied change is in the file alone with nothing beside it", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("edit.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, newConference(), &error));
    OpenOutcome outcome;
    Conference conference;
    auto store = ConferenceStore::open(path, ConferenceStore::Access::ReadWrite, &conference,
                                       &outcome);
    REQUIRE(store);
    CHECK(outcome.status == OpenOutcome::Status::Opened);

    Card card;
    card.id = 1;
    card.phaseId = 2;
    card.text = QString::fromUtf8("Fußgängerzone beleben");
    ChangeSet changes;
    changes.add(card);
    REQUIRE(store->apply({changes}, &error));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    // A copy of the file alone, taken while the store is still open, holds the edit.
    const QString copy = dir.path(QStringLiteral("copy.weitblick"));
    test::writeAll(copy, test::readAll(path));
    CHECK(reload(copy).find<Card>(1)->text == card.text);

    SECTION("an update of a row that is not there fails and changes nothing")
    {
        Card ghost = card;
        ghost.id = 77;
        Card ghostEdited = ghost;
        ghostEdited.text = QStringLiteral("edited");
        ChangeSet update;
        update.modify(ghost, ghostEdited);
        CHECK_FALSE(store->apply({update}, &error));
        CHECK(reload(path).all<Card>().size() == 1);
    }
}

TEST_CASE("Save As writes a consistent copy and continues on it", "[storage]")
{
    test::TempDir dir;
    const QString first = dir.path(QStringLiteral("first.weitblick"));
    const QString second = dir.path(QStringLiteral("second.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(first, test::awkwardConference(), &error));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(first, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);

    REQUIRE(document->saveAs(second, &error));
    CHECK(document->filePath() == second);
    CHECK_FALSE(document->isReadOnly());
    CHECK(reload(second) == test::awkwardConference());

    ConferenceInfo info = document->conference().info();
    info.title = QStringLiteral("Nach dem Speichern unter");
    ChangeSet changes;
    changes.modify(document->conference().info(), info);
    REQUIRE(document->apply(changes));
    CHECK(reload(second).info().title == info.title);
    CHECK(reload(first).info().title == test::awkwardConference().info().title);
    // The old file is free again; the new one is locked.
    CHECK_FALSE(QFileInfo::exists(storage::FileLock::lockPathFor(first)));
    CHECK(QFileInfo::exists(storage::FileLock::lockPathFor(second)));

    SECTION("into a folder that does not exist, it fails and keeps working on the file")
    {
        CHECK_FALSE(document->saveAs(dir.path(QStringLiteral("nowhere/x.weitblick")), &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(document->filePath() == second);
        CHECK_FALSE(document->isReadOnly());
    }
}

TEST_CASE("A second open of the same file is read-only and says why", "[storage][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, newConference(), &error));

    OpenOutcome first;
    auto writer = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &first);
    REQUIRE(writer);
    CHECK(first.status == OpenOutcome::Status::Opened);

    OpenOutcome second;
    auto reader = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &second);
    REQUIRE(reader);
    CHECK(second.status == OpenOutcome::Status::ReadOnly);
    CHECK(second.reason == OpenOutcome::Reason::LockedByOther);
    CHECK(second.message.contains(QStringLiteral("already open")));
    CHECK(reader->isReadOnly());
    Card card;
    card.id = 1;
    card.phaseId = 1;
    ChangeSet changes;
    changes.add(card);
    CHECK_FALSE(reader->apply(changes));

    writer.reset();
    OpenOutcome third;
    auto next = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &third);
    REQUIRE(next);
    CHECK(third.status == OpenOutcome::Status::Opened);
}

TEST_CASE("A lock left by a process that is gone is taken over", "[storage][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("stale.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, newConference(), &error));
    // The format of QLockFile: pid, application name, host name. Pid 2^22+1 does not run.
    test::writeAll(storage::FileLock::lockPathFor(path),
                   "4194305\nweitblick-tests\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    CHECK(outcome.status == OpenOutcome::Status::Opened);
}

// Another computer took the lock over (it judged it stale): the old holder must leave the lock
// file alone, or a third Weitblick gets the lock while that computer is still writing.
TEST_CASE("A lock taken over by another computer is never removed by its old holder",
          "[storage][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("taken.weitblick"));
    const QString lockPath = storage::FileLock::lockPathFor(path);
    const QByteArray theirs = "4711\nWeitblick\nlaptop-7\n";
    const auto takeOver = [&] {
        REQUIRE(QFile::remove(lockPath));
        test::writeAll(lockPath, theirs);
    };

    SECTION("after the holder noticed")
    {
        storage::FileLock lock(path);
        REQUIRE(lock.tryLock());
        takeOver();
        bool lost = false;
        QObject::connect(&lock, &storage::FileLock::lost, [&] { lost = true; });
        lock.refresh();
        CHECK(lost);
    }
    SECTION("before the holder noticed")
    {
        storage::FileLock lock(path);
        REQUIRE(lock.tryLock());
        takeOver();
    }
    CHECK(test::readAll(lockPath) == theirs);
}

TEST_CASE("Every read-write connection reads back full sync and the rollback journal",
          "[storage][durability]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("durable.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    const auto expectDurable = [](const ConferenceStore &store) {
        CHECK(store.durability().synchronous == 2);
        CHECK(store.durability().journalMode == QStringLiteral("delete"));
    };
    Conference conference;
    OpenOutcome outcome;

    SECTION("opened, and continued after Save As")
    {
        auto store = ConferenceStore::open(path, ConferenceStore::Access::ReadWrite, &conference,
                                           &outcome);
        REQUIRE(store);
        REQUIRE_FALSE(store->isReadOnly());
        expectDurable(*store);
        REQUIRE(store->saveAs(dir.path(QStringLiteral("copy.weitblick")), &error));
        expectDurable(*store);
    }
    SECTION("a file that another program holds in WAL mode is not written")
    {
        REQUIRE(test::execSql(path, "PRAGMA journal_mode = WAL"));
        sqlite3 *other = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &other) == SQLITE_OK);
        REQUIRE(sqlite3_exec(other, "BEGIN; SELECT count(*) FROM card;", nullptr, nullptr, nullptr)
                == SQLITE_OK);
        auto store = ConferenceStore::open(path, ConferenceStore::Access::ReadWrite, &conference,
                                           &outcome);
        REQUIRE(store);
        CHECK(store->isReadOnly());
        CHECK(outcome.status == OpenOutcome::Status::ReadOnly);
        CHECK(outcome.reason == OpenOutcome::Reason::NotWritable);
        sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(other);
    }
}
