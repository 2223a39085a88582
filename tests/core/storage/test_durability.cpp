#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/model/newconference.h"
#include "core/commands/commands.h"
#include "durabilitychild.h"
#include "fulldisk.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

using namespace weitblick;

// A child process adds cards and reports each one after its commit. It is killed with SIGKILL
// at random moments; every reported card must then be in the file, and the file must be sound.
TEST_CASE("Edits reported as committed survive SIGKILL", "[storage][durability]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("durable.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, newConference(), &error));

    QRandomGenerator random(7);
    QSet<int> reported;
    constexpr int Kills = 60;
    for (int kill = 0; kill < Kills; ++kill) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(test::DurabilityChildFlag), path});
        REQUIRE(child.waitForStarted());
        // Wait for the first commit, so that every round kills in the middle of editing.
        INFO("round " << kill);
        REQUIRE(child.waitForReadyRead(30000));
        QThread::usleep(random.bounded(1000, 30000));
        child.kill(); // SIGKILL
        child.waitForFinished();
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                reported.insert(line.mid(10).toInt());
            else
                REQUIRE(line.toStdString() == std::string());
        }
    }

    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(document);
    CHECK(document->integrityCheck() == QStringLiteral("ok"));
    QSet<QString> texts;
    for (const Card &card : document->conference().all<Card>())
        texts.insert(card.text);
    INFO(reported.size() << " edits reported, " << texts.size() << " cards in the file");
    REQUIRE(reported.size() > Kills);
    for (int n : std::as_const(reported))
        CHECK(texts.contains(test::durabilityCardText(n)));
}

// The image a crash in the middle of an edit leaves: the file with some pages of the edit
// written, and the journal that undoes them.
TEST_CASE("A reader of a crashed file sees the last committed state and changes nothing",
          "[storage][durability]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("live.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, test::awkwardConference(), &error));
    const QString crashed = dir.path(QStringLiteral("crashed.weitblick"));

    sqlite3 *db = nullptr;
    const QByteArray committed = test::readAll(path);
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    // A tiny cache makes SQLite write changed pages into the file before the commit.
    REQUIRE(sqlite3_exec(db, "PRAGMA cache_size = 1; BEGIN; UPDATE card SET text = 'halb';"
                             "UPDATE conference SET title = 'halb';", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    REQUIRE(QFile::copy(path, crashed));
    REQUIRE(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);

    const QByteArray file = test::readAll(crashed);
    const QByteArray journal = test::readAll(crashed + QStringLiteral("-journal"));
    REQUIRE_FALSE(journal.isEmpty());
    REQUIRE(file != committed); // half of the edit is in the file
    OpenOutcome outcome;
    auto reader = ConferenceDocument::open(crashed, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(reader);
    CHECK(reader->conference() == test::awkwardConference());
    reader.reset();
    CHECK(test::readAll(crashed) == file);
    CHECK(test::readAll(crashed + QStringLiteral("-journal")) == journal);

    // The next writer rolls the journal back for good.
    auto writer = ConferenceDocument::open(crashed, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(writer);
    CHECK(writer->conference() == test::awkwardConference());
    CHECK(writer->integrityCheck() == QStringLiteral("ok"));
}

// With fsync turned into a no-op every other storage test still passes; this one does not.
TEST_CASE("Every committed edit is synced to the disk", "[storage][durability]")
{
    test::FullDisk vfs; // counts the syncs SQLite asks for
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("synced.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, newConference(), &error));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(document);
    for (int n = 0; n < 20; ++n) {
        const int before = vfs.syncCount();
        Card card;
        card.phaseId = 1;
        card.text = test::durabilityCardText(n);
        REQUIRE(commands::addCard(document.get(), card) != NoId);
        CHECK(vfs.syncCount() > before);
    }
}
