#include <catch2/catch.hpp>

#include "core/model/newconference.h"
#include "core/wall/wallareas.h"

using namespace weitblick;

namespace {

Phase phaseOfKind(const Conference &conference, PhaseKind kind)
{
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.kind == kind)
            return phase;
    }
    return {};
}

} // namespace

TEST_CASE("Strengths and weaknesses are two labelled areas side by side", "[wall]")
{
    const Conference conference = newConference();
    Phase present = phaseOfKind(conference, PhaseKind::Present);
    present.wallLayout = WallLayout::StrengthsWeaknesses;
    const WallAreas areas = WallAreas::forPhase(present, conference);
    REQUIRE(areas.areas().size() == 2);
    const WallAreas::Area &left = areas.areas().at(0);
    const WallAreas::Area &right = areas.areas().at(1);
    CHECK(left.label == QStringLiteral("Strengths"));
    CHECK(right.label == QStringLiteral("Weaknesses"));
    CHECK(left.rect.right() < right.rect.left());
    CHECK(areas.captions().size() == 2);
    // A wall that starts at the origin starts inside the left area.
    CHECK(areas.areaAt(QPointF(10, 10)) == 0);
    CHECK(areas.areaAt(right.rect.center()) == 1);
    CHECK(areas.areaAt(QPointF(-5000, 0)) == -1);
    CHECK(areas.contentRect(0).topLeft() == QPointF(0, 0));
    CHECK(left.rect.contains(areas.contentRect(0)));
}

TEST_CASE("Prouds and sorries form a grid of groups", "[wall]")
{
    const Conference conference = newConference();
    Phase present = phaseOfKind(conference, PhaseKind::Present);
    present.wallLayout = WallLayout::ProudsSorriesByGroup;
    const WallAreas areas = WallAreas::forPhase(present, conference);
    const int groups = conference.all<StakeholderGroup>().size();
    REQUIRE(areas.areas().size() == 2 * groups);
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>()) {
        const int proud = areas.areaOf(group.id, 0);
        const int sorry = areas.areaOf(group.id, 1);
        REQUIRE(proud >= 0);
        REQUIRE(sorry >= 0);
        CHECK(areas.areas().at(proud).rect.right() < areas.areas().at(sorry).rect.left());
        CHECK(areas.areaAt(areas.contentRect(sorry).center()) == sorry);
        CHECK(areas.areas().at(proud).label.contains(group.name));
    }
    // Groups in their order, top to bottom; each has a row caption in its colour.
    const StakeholderGroup *first = nullptr;
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>()) {
        if (!first || group.order < first->order)
            first = &group;
    }
    CHECK(areas.areaOf(first->id, 0) == 0);
    CHECK(areas.captions().size() == 2 + groups);
    for (qsizetype i = 0; i < areas.areas().size(); ++i) {
        for (qsizetype j = i + 1; j < areas.areas().size(); ++j)
            CHECK_FALSE(areas.areas().at(i).rect.intersects(areas.areas().at(j).rect));
    }
}

TEST_CASE("Free walls and the Past phase have no areas", "[wall]")
{
    const Conference conference = newConference();
    CHECK(WallAreas::forPhase(phaseOfKind(conference, PhaseKind::Future), conference).isEmpty());
    Phase past = phaseOfKind(conference, PhaseKind::Past);
    past.wallLayout = WallLayout::StrengthsWeaknesses;
    CHECK(WallAreas::forPhase(past, conference).isEmpty());
    CHECK(WallAreas().areaAt(QPointF()) == -1);
    CHECK(WallAreas::columnNames(WallLayout::Free).isEmpty());
    CHECK(WallAreas::columnNames(WallLayout::ProudsSorriesByGroup)
          == QStringList({QStringLiteral("Prouds"), QStringLiteral("Sorries")}));
}
