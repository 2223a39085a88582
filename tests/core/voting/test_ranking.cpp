#include <catch2/catch.hpp>

#include "core/model/newconference.h"
#include "core/voting/ranking.h"

using namespace weitblick;

namespace {

// Three groups with one participant each (ids 1..3 in groups 1..3), four cards on phase 3.
Conference withDots(const QList<Dot> &dots, VoterUnit unit = VoterUnit::Participant)
{
    Conference c = newConference();
    for (Id id = 1; id <= 3; ++id)
        c.all<Participant>().put({id, QStringLiteral("P%1").arg(id), {}, id, NoId, false});
    for (Id id = 1; id <= 4; ++id) {
        Card card;
        card.id = id;
        card.phaseId = 3;
        card.text = QStringLiteral("Karte %1").arg(id);
        c.all<Card>().put(card);
    }
    c.all<VoteSession>().put({1, 3, {}, 10, 0, unit, true, false, true, false});
    for (const Dot &dot : dots)
        c.all<Dot>().put(dot);
    return c;
}

Dot plus(Id id, Id card, Id voter, int count = 1)
{
    return {id, 1, card, NoId, voter, count, DotKind::Plus};
}

} // namespace

TEST_CASE("Items are ranked by score and ties share a rank", "[voting][ranking]")
{
    const Conference c = withDots({plus(1, 1, 1, 3), plus(2, 2, 2, 2), plus(3, 3, 3, 2),
                                   {4, 1, 4, NoId, 1, 1, DotKind::Minus}});
    const Ranking ranking(c, 1);
    const QList<RankedItem> &items = ranking.items();
    REQUIRE(items.size() == 4);
    CHECK(items.at(0).cardId == 1);
    CHECK(items.at(0).rank == 1);
    CHECK_FALSE(items.at(0).tied);
    CHECK(items.at(1).rank == 2);
    CHECK(items.at(2).rank == 2);
    CHECK(items.at(1).tied);
    CHECK(items.at(2).tied);
    CHECK(items.at(3).cardId == 4);
    CHECK(items.at(3).score() == -1);
    CHECK(items.at(3).rank == 4);
}

TEST_CASE("Common ground is what every voting group supports", "[voting][ranking]")
{
    // Card 1: all three groups. Card 2: groups 1 and 2. Card 3: group 3 only, many dots.
    const Conference c = withDots({plus(1, 1, 1), plus(2, 1, 2), plus(3, 1, 3), plus(4, 2, 1),
                                   plus(5, 2, 2), plus(6, 3, 3, 5)});
    const Ranking ranking(c, 1);
    CHECK(ranking.votingGroups() == QList<Id>{1, 2, 3});
    const QList<RankedItem> all = ranking.commonGround(1.0);
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).cardId == 1);
    const QList<RankedItem> twoThirds = ranking.commonGround(0.66);
    CHECK(twoThirds.size() == 2);
    CHECK(ranking.supportingGroups(ranking.items().at(0)) == 1); // card 3 leads with 5 dots
}

TEST_CASE("Without groups in the vote there is no common ground", "[voting][ranking]")
{
    const Conference c = withDots({{1, 1, 1, NoId, NoId, 4, DotKind::Plus}}, VoterUnit::Room);
    const Ranking ranking(c, 1);
    CHECK_FALSE(ranking.knowsGroups());
    CHECK(ranking.items().at(0).plus == 4);
    CHECK(ranking.commonGround(0.5).isEmpty());
}

TEST_CASE("Dot counts near the integer limit add up without overflow", "[voting][ranking]")
{
    const int big = std::numeric_limits<int>::max() - 10;
    const Conference c = withDots({plus(1, 1, 1, big), plus(2, 1, 2, big), plus(3, 1, 3, big),
                                   {4, 1, 1, NoId, 1, big, DotKind::Minus},
                                   {5, 1, 1, NoId, 2, big, DotKind::Minus}});
    const Ranking ranking(c, 1);
    const RankedItem &top = ranking.items().constFirst();
    CHECK(top.cardId == 1);
    CHECK(top.plus == std::numeric_limits<int>::max());
    CHECK(top.minus == std::numeric_limits<int>::max());
    CHECK(top.score() == 0);
    CHECK(top.plusByGroup.value(1) == big);
}
