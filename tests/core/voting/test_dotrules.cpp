#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/model/newconference.h"
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
