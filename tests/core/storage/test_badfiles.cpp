#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/model/newconference.h"
#include "fulldisk.h"
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

} // namespace

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
        if (outcome.status == OpenOutcome::Status::Rejected)
            ++refused;
        QFile::remove(path + QStringLiteral(".lock"));
    }
    CHECK(refused > 0);
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
    SECTION("a broken reference")
    {
        exec(path, "UPDATE card SET cluster_id = 999;");
    }
    SECTION("a colour that is not one")
    {
        exec(path, "UPDATE cluster SET color = 'not a colour';");
    }
    SECTION("no conference row")
    {
        exec(path, "DELETE FROM conference;");
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
