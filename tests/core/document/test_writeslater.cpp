#include <catch2/catch.hpp>

#include "opendocument.h"
#include "writelockholder.h"

#include "core/commands/commands.h"
#include "core/sample/sampleconference.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace weitblick;
using test::cardsSaying;
using test::WriteLockHolder;

namespace {

Card deviceCard(const QString &text)
{
    Card card;
    card.phaseId = 3;
    card.text = text;
    return card;
}

// A card from a device, added as the participation server adds it: written later.
Id addFromDevice(ConferenceDocument *document, const QString &text)
{
    const ConferenceDocument::WritesLater later(document);
    return commands::addCardFromDevice(document, deviceCard(text));
}

} // namespace

TEST_CASE("Edits written later reach the file in order while the GUI thread goes on",
          "[document][durability]")
{
    test::OpenDocument document(makeSampleConference());
    std::optional<bool> written;
    QElapsedTimer clock;
    {
        WriteLockHolder holder(document.get()->filePath());
        clock.start();
        for (const char *text : {"Eins", "Zwei", "Drei"})
            REQUIRE(addFromDevice(document.get(), QString::fromLatin1(text)) != NoId);
        document.get()->whenWritten(document.get(), [&](bool ok) { written = ok; });
        // Written before returning, the first card would have waited for the lock.
        CHECK(clock.elapsed() < 1000);
        CHECK(cardsSaying(document.conference(), QStringLiteral("Zwei")) == 1);
        QTest::qWait(100);
        CHECK_FALSE(written.has_value());
        CHECK(cardsSaying(document.fromFile(), QStringLiteral("Zwei")) == 0);
    }
    REQUIRE(QTest::qWaitFor([&] { return written.has_value(); }, 5000));
    CHECK(*written);
    const Conference file = document.fromFile();
    for (const char *text : {"Eins", "Zwei", "Drei"})
        CHECK(cardsSaying(file, QString::fromLatin1(text)) == 1);
    CHECK(file.all<Card>().size() == document.conference().all<Card>().size());
    CHECK_FALSE(document.get()->isReadOnly());

    // An undo is written before it returns, and after everything before it.
    REQUIRE(addFromDevice(document.get(), QStringLiteral("Vier")) != NoId);
    document.get()->undoStack()->undo();
    document.get()->undoStack()->undo();
    CHECK(cardsSaying(document.fromFile(), QStringLiteral("Vier")) == 0);
    CHECK(cardsSaying(document.fromFile(), QStringLiteral("Drei")) == 0);
    CHECK(document.fromFile().all<Card>().size() == document.conference().all<Card>().size());
}

TEST_CASE("A moderator's edit waits for the edits written later that came before it",
          "[document][durability]")
{
    test::OpenDocument document(makeSampleConference());
    WriteLockHolder holder(document.get()->filePath());
    REQUIRE(addFromDevice(document.get(), QStringLiteral("Gerät")) != NoId);
    std::thread releaseSoon([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        holder.release();
    });
    Card typed = deviceCard(QStringLiteral("Getippt"));
    const Id id = commands::addCard(document.get(), typed);
    releaseSoon.join();
    REQUIRE(id != NoId);
    // Both are in the file the moment the moderator's edit returns, the device's card first.
    const Conference file = document.fromFile();
    REQUIRE(cardsSaying(file, QStringLiteral("Gerät")) == 1);
    REQUIRE(cardsSaying(file, QStringLiteral("Getippt")) == 1);
    const auto idOfText = [&](const QString &text) {
        for (const Card &card : file.all<Card>())
            if (card.text == text)
                return card.id;
        return NoId;
    };
    CHECK(idOfText(QStringLiteral("Gerät")) < idOfText(QStringLiteral("Getippt")));
}

TEST_CASE("Edits written later that cannot be written are taken back and the file stays whole",
          "[document][durability]")
{
    test::OpenDocument document(makeSampleConference());
    const int cardsBefore = int(document.conference().all<Card>().size());
    QSignalSpy removed(document.get(), &ConferenceDocument::entityRemoved);
    QSignalSpy failed(document.get(), &ConferenceDocument::writeFailed);
    std::optional<bool> written;
    {
        // Held longer than SQLite waits for it: the writer thread gives up.
        WriteLockHolder holder(document.get()->filePath());
        REQUIRE(addFromDevice(document.get(), QStringLiteral("A")) != NoId);
        REQUIRE(addFromDevice(document.get(), QStringLiteral("B")) != NoId);
        document.get()->whenWritten(document.get(), [&](bool ok) { written = ok; });
        REQUIRE(QTest::qWaitFor([&] { return written.has_value(); }, 10000));
    }
    CHECK_FALSE(*written);
    CHECK(failed.count() == 1);
    CHECK(document.get()->isReadOnly());
    // The model shows what the file holds, and the wall heard that both cards went.
    CHECK(int(document.conference().all<Card>().size()) == cardsBefore);
    CHECK(removed.count() == 2);
    CHECK(int(document.fromFile().all<Card>().size()) == cardsBefore);
    CHECK(document.get()->integrityCheck() == QStringLiteral("ok"));

    // Asked again, the answer is the same, at once.
    std::optional<bool> askedAgain;
    document.get()->whenWritten(document.get(), [&](bool ok) { askedAgain = ok; });
    CHECK(askedAgain == std::optional<bool>(false));

    // Save As goes on in a file that holds everything the model shows, and writes again.
    const QString copy = document.dir.path(QStringLiteral("copy.weitblick"));
    QString error;
    REQUIRE(document.get()->saveAs(copy, &error));
    CHECK_FALSE(document.get()->isReadOnly());
    REQUIRE(addFromDevice(document.get(), QStringLiteral("C")) != NoId);
    std::optional<bool> writtenToCopy;
    document.get()->whenWritten(document.get(), [&](bool ok) { writtenToCopy = ok; });
    REQUIRE(QTest::qWaitFor([&] { return writtenToCopy.has_value(); }, 5000));
    CHECK(*writtenToCopy);
    CHECK(cardsSaying(document.fromFile(), QStringLiteral("C")) == 1);
}

TEST_CASE("An edit after a failed write is refused until the failure is taken in",
          "[document][durability]")
{
    // The writer thread failed, and its news waits in the event queue behind more requests:
    // their edits are refused, and nothing a request handler holds is taken back under it.
    test::OpenDocument document(makeSampleConference());
    WriteLockHolder holder(document.get()->filePath());
    REQUIRE(addFromDevice(document.get(), QStringLiteral("A")) != NoId);
    std::this_thread::sleep_for(std::chrono::milliseconds(4500)); // beyond the busy timeout
    CHECK(addFromDevice(document.get(), QStringLiteral("B")) == NoId);
    CHECK(cardsSaying(document.conference(), QStringLiteral("A")) == 1);
    CHECK(cardsSaying(document.conference(), QStringLiteral("B")) == 0);
    REQUIRE(QTest::qWaitFor([&] { return document.get()->isReadOnly(); }, 5000));
    CHECK(cardsSaying(document.conference(), QStringLiteral("A")) == 0);
    CHECK(document.get()->undoStack()->count() == 1); // the stack is left alone until Save As
}

TEST_CASE("Closing a conference writes the edits still waiting", "[document][durability]")
{
    test::OpenDocument document(makeSampleConference());
    const QString path = document.get()->filePath();
    std::optional<bool> written;
    QObject context;
    {
        WriteLockHolder holder(path);
        REQUIRE(addFromDevice(document.get(), QStringLiteral("Zuletzt")) != NoId);
        document.get()->whenWritten(&context, [&](bool ok) { written = ok; });
    }
    document.document.reset();
    CHECK(written == std::optional<bool>(true));
    OpenOutcome outcome;
    auto reopened = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(reopened);
    CHECK(cardsSaying(reopened->conference(), QStringLiteral("Zuletzt")) == 1);
}
