#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/model/newconference.h"
#include "core/voting/tallycommands.h"
#include "core/voting/voteitems.h"
#include "testfiles.h"

using namespace weitblick;

namespace {

// Phase 3 with three cards and a cluster; participants 1 and 2 of group 1 at table 1,
// participant 3 of group 2 at table 2; one session per voter unit.
Conference votingConference()
{
    Conference c = newConference();
    c.all<Table>().put({1, 1, QStringLiteral("Tisch 1")});
    c.all<Table>().put({2, 2, QStringLiteral("Tisch 2")});
    c.all<Participant>().put({1, QStringLiteral("A"), {}, 1, 1, false});
    c.all<Participant>().put({2, QStringLiteral("B"), {}, 1, 1, false});
    c.all<Participant>().put({3, QStringLiteral("C"), {}, 2, 2, false});
    c.all<Cluster>().put({1, 3, QStringLiteral("Grün"), {}, {}});
    for (Id id = 1; id <= 3; ++id) {
        Card card;
        card.id = id;
        card.phaseId = 3;
        card.text = QStringLiteral("Karte %1").arg(id);
        c.all<Card>().put(card);
    }
    Card heading;
    heading.id = 5;
    heading.phaseId = 3;
    heading.clusterId = 1;
    heading.form = CardForm::Heading;
    heading.text = QStringLiteral("Grün");
    c.all<Card>().put(heading);
    Card elsewhere;
    elsewhere.id = 4;
    elsewhere.phaseId = 2;
    c.all<Card>().put(elsewhere);
    c.all<VoteSession>().put({1, 3, QStringLiteral("je Person"), 3, 2, VoterUnit::Participant, true, true, true, true});
    c.all<VoteSession>().put({2, 3, QStringLiteral("je Tisch"), 2, 0, VoterUnit::Table, true, false, false, true});
    c.all<VoteSession>().put({3, 3, QStringLiteral("je Gruppe"), 1, 1, VoterUnit::Group, false, true, false, true});
    c.all<VoteSession>().put({4, 3, QStringLiteral("Saal"), 5, 0, VoterUnit::Room, true, true, false, true});
    return c;
}

struct Vote
{
    test::TempDir dir;
    std::unique_ptr<ConferenceDocument> document;
    Vote()
    {
        QString error;
        document = ConferenceDocument::create(dir.path(QStringLiteral("v.weitblick")),
                                              votingConference(), &error);
        REQUIRE(document);
    }
    bool add(const DotTarget &t, int count = 1, QString *why = nullptr)
    {
        return commands::addDots(document.get(), t, count, why);
    }
    DotRules rules() const { return DotRules(document->conference()); }
};

} // namespace

TEST_CASE("A participant's budget and the cap per item are enforced", "[voting]")
{
    Vote v;
    QString why;
    CHECK(v.add({1, 1, NoId, 1, DotKind::Plus}, 2));
    CHECK_FALSE(v.add({1, 1, NoId, 1, DotKind::Plus}, 1, &why));
    CHECK(why.contains(QStringLiteral("per item")));
    CHECK(v.add({1, NoId, 1, 1, DotKind::Plus}));
    CHECK(v.rules().remaining(1, 1, DotKind::Plus) == 0);
    CHECK_FALSE(v.add({1, 2, NoId, 1, DotKind::Plus}, 1, &why));
    CHECK(why.contains(QStringLiteral("All dots")));
    // Another voter has a budget of their own.
    CHECK(v.add({1, 2, NoId, 2, DotKind::Plus}));
    CHECK(v.rules().used(1, 2, DotKind::Plus) == 1);
}

TEST_CASE("A voter has finished who has stuck all plus dots", "[voting]")
{
    Vote v;
    // Session 1: three plus and three minus dots per participant.
    CHECK(v.add({1, 1, NoId, 1, DotKind::Plus}, 2));
    CHECK(v.add({1, NoId, 1, 1, DotKind::Plus}, 1));
    CHECK(v.add({1, 2, NoId, 2, DotKind::Plus}, 2));
    CHECK(v.add({1, 3, NoId, 2, DotKind::Minus}, 1)); // a minus dot does not count
    CHECK(v.rules().remaining(1, 1, DotKind::Plus) == 0);
    CHECK(v.rules().finishedVoters(1) == QSet<Id>{1});
    // Another session's dots count there, not here; the room has no voters to finish.
    CHECK(v.rules().finishedVoters(2).isEmpty());
    CHECK(v.add({4, 1, NoId, NoId, DotKind::Plus}, 40));
    CHECK(v.rules().finishedVoters(4).isEmpty());

    // A vote of no dots leaves no one finished (and no one started).
    VoteSession none = *v.document->conference().find<VoteSession>(1);
    none.dotsPerVoter = 0;
    REQUIRE(commands::edit(v.document.get(), none, QStringLiteral("no dots")));
    CHECK(v.rules().finishedVoters(1).isEmpty());
}

TEST_CASE("Plus and minus dots have budgets of their own", "[voting]")
{
    Vote v;
    CHECK(v.add({1, 1, NoId, 1, DotKind::Plus}, 2));
    CHECK(v.add({1, 2, NoId, 1, DotKind::Minus}, 2));
    CHECK(v.rules().remaining(1, 1, DotKind::Plus) == 1);
    CHECK(v.rules().remaining(1, 1, DotKind::Minus) == 1);
    QString why;
    CHECK_FALSE(v.add({2, 1, NoId, 1, DotKind::Minus}, 1, &why)); // session 2 has no minus dots
    CHECK(why.contains(QStringLiteral("no minus")));
}

TEST_CASE("Every voter unit votes with its own budget", "[voting]")
{
    Vote v;
    QString why;
    // Tables: two dots per table, on cards only.
    CHECK(v.add({2, 1, NoId, 1, DotKind::Plus}, 2));
    CHECK_FALSE(v.add({2, 2, NoId, 1, DotKind::Plus}, 1, &why));
    CHECK(v.add({2, 2, NoId, 2, DotKind::Plus}));
    CHECK_FALSE(v.add({2, NoId, 1, 2, DotKind::Plus}, 1, &why));
    CHECK(why.contains(QStringLiteral("on cards")));
    // Groups: one dot per group, on clusters only.
    CHECK(v.add({3, NoId, 1, 1, DotKind::Plus}));
    CHECK_FALSE(v.add({3, NoId, 1, 1, DotKind::Plus}, 1, &why));
    CHECK_FALSE(v.add({3, 1, NoId, 2, DotKind::Plus}, 1, &why));
    // The room: no voter and no budget.
    CHECK(v.add({4, 1, NoId, NoId, DotKind::Plus}, 40));
    CHECK_FALSE(v.add({4, 1, NoId, 1, DotKind::Plus}, 1, &why));
    // A participant session needs a voter.
    CHECK_FALSE(v.add({1, 1, NoId, NoId, DotKind::Plus}, 1, &why));
    CHECK(why.contains(QStringLiteral("who is voting")));
}

TEST_CASE("In a room vote each device has a budget of its own; the laptop has none",
          "[voting][net]")
{
    Vote v;
    ChangeSet devices;
    const QString hash(Device::TokenHashLength, QLatin1Char('1'));
    devices.add(Device{1, hash, 1, NoId, NoId, false});
    devices.add(Device{2, QString(hash).replace(QLatin1Char('1'), QLatin1Char('2')), 2, NoId, NoId,
                       false});
    REQUIRE(v.document->apply(devices));
    QString why;
    const DotTarget first{4, 1, NoId, NoId, DotKind::Plus, 1};
    const DotTarget second{4, 1, NoId, NoId, DotKind::Plus, 2};
    CHECK(v.add(first, 5));
    CHECK_FALSE(v.add({4, 2, NoId, NoId, DotKind::Plus, 1}, 1, &why));
    CHECK(why.contains(QStringLiteral("All dots")));
    CHECK(v.rules().remaining(4, NoId, DotKind::Plus, 1) == 0);
    CHECK(v.rules().remaining(4, NoId, DotKind::Plus, 2) == 5);
    CHECK(v.add(second, 2));
    // The laptop's room dots stay separate and unlimited.
    CHECK(v.add({4, 1, NoId, NoId, DotKind::Plus}, 30));
    CHECK(v.rules().onItem({4, 1, NoId, NoId, DotKind::Plus}) == 30);
    CHECK(v.rules().onItem(first) == 5);
    CHECK(v.rules().remaining(4, NoId, DotKind::Plus) > 1000);
    // A device's dot in a vote per voter is refused: there it votes as its voter.
    CHECK(v.rules().checkAdd({2, 1, NoId, 1, DotKind::Plus, 1}) == DotRules::Refusal::NoVoter);
    // The tally of the paper wall keeps the devices' dots.
    REQUIRE(TallyCommands::setRoomTally(v.document.get(), 4, {{1, NoId, 3, 0}}));
    CHECK(v.rules().onItem({4, 1, NoId, NoId, DotKind::Plus}) == 3);
    CHECK(v.rules().onItem(first) == 5);
}

TEST_CASE("A hidden card is no item of a vote", "[voting][net]")
{
    Vote v;
    REQUIRE(commands::setCardsHidden(v.document.get(), {2}, true));
    const VoteSession session = *v.document->conference().find<VoteSession>(1);
    CHECK_FALSE(isVoteItem(v.document->conference(), session, 2, NoId));
    QString why;
    CHECK_FALSE(v.add({1, 2, NoId, 1, DotKind::Plus}, 1, &why));
    for (const VoteItem &item : voteItems(v.document->conference(), session))
        CHECK(item.cardId != 2);
}

TEST_CASE("Only items of the vote's phase in an open vote get dots", "[voting]")
{
    Vote v;
    QString why;
    CHECK_FALSE(v.add({1, 4, NoId, 1, DotKind::Plus}, 1, &why));
    CHECK(why.contains(QStringLiteral("phase")));
    VoteSession closed = *v.document->conference().find<VoteSession>(1);
    closed.open = false;
    REQUIRE(commands::edit(v.document.get(), closed, QStringLiteral("close")));
    CHECK_FALSE(v.add({1, 1, NoId, 1, DotKind::Plus}, 1, &why));
    CHECK(why.contains(QStringLiteral("closed")));
    closed.open = true;
    REQUIRE(commands::edit(v.document.get(), closed, QStringLiteral("reopen")));
    CHECK(v.add({1, 1, NoId, 1, DotKind::Plus}));
}

TEST_CASE("Removing dots takes them off one at a time and each step undoes", "[voting]")
{
    Vote v;
    REQUIRE(v.add({1, 1, NoId, 1, DotKind::Plus}, 2));
    CHECK(commands::removeDots(v.document.get(), {1, 1, NoId, 1, DotKind::Plus}));
    CHECK(v.rules().onItem({1, 1, NoId, 1, DotKind::Plus}) == 1);
    CHECK(commands::removeDots(v.document.get(), {1, 1, NoId, 1, DotKind::Plus}));
    CHECK(v.document->conference().all<Dot>().isEmpty());
    QString why;
    CHECK_FALSE(commands::removeDots(v.document.get(), {1, 1, NoId, 1, DotKind::Plus}, 1, &why));
    CHECK_FALSE(why.isEmpty());
    v.document->undoStack()->undo();
    v.document->undoStack()->undo();
    CHECK(v.rules().onItem({1, 1, NoId, 1, DotKind::Plus}) == 2);
}

TEST_CASE("The rules of thumb for dots per voter", "[voting]")
{
    CHECK(DotRules::suggestedByThirds(15) == 5);
    CHECK(DotRules::suggestedByThirds(10) == 3);
    CHECK(DotRules::suggestedByThirds(1) == 1);
    // 12 options give 66 pairs; 64 voters need ⌈66/64⌉ = 2 dots.
    CHECK(DotRules::suggestedByPairs(12, 64) == 2);
    CHECK(DotRules::suggestedByPairs(20, 10) == 19);
    CHECK(DotRules::suggestedByPairs(1, 10) == 1);
}

TEST_CASE("A heading strip gets no dots and is no item of the vote", "[voting]")
{
    Vote v;
    QString why;
    CHECK_FALSE(v.add({1, 5, NoId, 1, DotKind::Plus}, 1, &why));
    CHECK(why.contains(QStringLiteral("heading")));
    CHECK(v.add({1, NoId, 1, 1, DotKind::Plus}));
    const VoteSession &session = *v.document->conference().find<VoteSession>(1);
    QList<Id> cards;
    for (const VoteItem &item : voteItems(v.document->conference(), session))
        cards << item.cardId;
    CHECK(cards == QList<Id>{NoId, 1, 2, 3});
}

TEST_CASE("A paper tally sets the room's counts in one undo step", "[voting][tally]")
{
    Vote v;
    ConferenceDocument *doc = v.document.get();
    const auto roomDots = [&](Id cardId, Id clusterId) {
        return v.rules().onItem({4, cardId, clusterId, NoId, DotKind::Plus});
    };
    QString why;
    REQUIRE(TallyCommands::setRoomTally(doc, 4, {{1, NoId, 7, 0}, {NoId, 1, 3, 0}}, &why));
    CHECK(roomDots(1, NoId) == 7);
    CHECK(roomDots(NoId, 1) == 3);
    const int steps = doc->undoStack()->count();

    SECTION("the same counts again add no undo step")
    {
        REQUIRE(TallyCommands::setRoomTally(doc, 4, {{1, NoId, 7, 0}, {NoId, 1, 3, 0}}, &why));
        CHECK(doc->undoStack()->count() == steps);
    }
    SECTION("a count of 0 takes the item's dots off and undo brings them back")
    {
        REQUIRE(TallyCommands::setRoomTally(doc, 4, {{1, NoId, 0, 0}, {NoId, 1, 5, 0}}, &why));
        CHECK(roomDots(1, NoId) == 0);
        CHECK(roomDots(NoId, 1) == 5);
        doc->undoStack()->undo();
        CHECK(roomDots(1, NoId) == 7);
        CHECK(roomDots(NoId, 1) == 3);
    }
    SECTION("bad tallies are refused whole, saying why")
    {
        CHECK_FALSE(TallyCommands::setRoomTally(doc, 4, {{2, NoId, 1, 0}, {3, NoId, -1, 0}}, &why));
        CHECK(why.contains(QStringLiteral("negative")));
        CHECK_FALSE(TallyCommands::setRoomTally(doc, 4, {{1, NoId, 1, 1}}, &why));
        CHECK(why.contains(QStringLiteral("minus")));
        CHECK_FALSE(TallyCommands::setRoomTally(doc, 4, {{4, NoId, 1, 0}}, &why));
        CHECK(why.contains(QStringLiteral("phase")));
        CHECK_FALSE(TallyCommands::setRoomTally(doc, 4, {{5, NoId, 1, 0}}, &why));
        CHECK_FALSE(TallyCommands::setRoomTally(doc, 1, {{1, NoId, 1, 0}}, &why));
        CHECK(why.contains(QStringLiteral("room")));
        CHECK(roomDots(2, NoId) == 0);
        CHECK(doc->undoStack()->count() == steps);
    }
}
