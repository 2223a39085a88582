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

TEST_CASE("A SWOT wall is a 2×2 of strengths, weaknesses, opportunities and threats", "[wall]")
{
    const WallAreas areas(WallLayout::Swot, {});
    REQUIRE(areas.areas().size() == 4);
    const auto &a = areas.areas();
    CHECK(a.at(0).label == QStringLiteral("Strengths"));
    CHECK(a.at(1).label == QStringLiteral("Weaknesses"));
    CHECK(a.at(2).label == QStringLiteral("Opportunities"));
    CHECK(a.at(3).label == QStringLiteral("Threats"));
    // Strengths top left, weaknesses top right, opportunities and threats below them.
    CHECK(a.at(0).rect.right() < a.at(1).rect.left());
    CHECK(a.at(0).rect.bottom() < a.at(2).rect.top());
    CHECK(a.at(2).rect.right() < a.at(3).rect.left());
    CHECK(a.at(1).rect.bottom() < a.at(3).rect.top());
    CHECK(a.at(0).rect.left() == a.at(2).rect.left());
    for (int i = 0; i < 4; ++i) {
        CHECK(a.at(i).column == i);
        CHECK(areas.areaOf(NoId, i) == i);
        CHECK(areas.areaAt(areas.contentRect(i).center()) == i);
    }
    CHECK(a.at(0).tone == WallAreas::Tone::Positive);
    CHECK(a.at(1).tone == WallAreas::Tone::Negative);
    CHECK(a.at(2).tone == WallAreas::Tone::Positive);
    CHECK(a.at(3).tone == WallAreas::Tone::Negative);
    // Cards laid out from the origin start in the strengths.
    CHECK(areas.contentRect(0).topLeft() == QPointF(0, 0));
    // A caption in each field, and "inside" and "outside" left of the rows.
    CHECK(areas.captions().size() == 6);
    CHECK(areas.captions().at(4).text == QStringLiteral("Internal"));
    CHECK(areas.captions().at(5).text == QStringLiteral("External"));
    CHECK(areas.captions().at(5).rect.right() < a.at(2).rect.left());
    CHECK(WallAreas::columnNames(WallLayout::Swot).size() == 4);
}

TEST_CASE("A TOWS wall pairs strengths and weaknesses with opportunities and threats", "[wall]")
{
    const WallAreas areas(WallLayout::TowsStrategies, {});
    REQUIRE(areas.areas().size() == 4);
    CHECK(areas.areas().at(0).label.startsWith(QStringLiteral("SO")));
    CHECK(areas.areas().at(1).label.startsWith(QStringLiteral("WO")));
    CHECK(areas.areas().at(2).label.startsWith(QStringLiteral("ST")));
    CHECK(areas.areas().at(3).label.startsWith(QStringLiteral("WT")));
    QStringList captions;
    for (const WallAreas::Caption &caption : areas.captions())
        captions << caption.text;
    for (const char *title : {"Strengths", "Weaknesses", "Opportunities", "Threats"})
        CHECK(captions.contains(QLatin1String(title)));
    // The column titles sit above the areas.
    CHECK(areas.bounds().top() < areas.areas().at(0).rect.top());
    for (qsizetype i = 0; i < areas.captions().size(); ++i) {
        for (qsizetype j = i + 1; j < areas.captions().size(); ++j)
            CHECK_FALSE(areas.captions().at(i).rect.intersects(areas.captions().at(j).rect));
    }
}

TEST_CASE("A wall by topic has a column per topic, and none without topics", "[wall]")
{
    Conference conference = newConference();
    Phase phase = phaseOfKind(conference, PhaseKind::Future);
    phase.wallLayout = WallLayout::ByTopic;
    CHECK(WallAreas::forPhase(phase, conference).isEmpty());

    phase.wallTopics = {QStringLiteral("Verkehr"), QStringLiteral("Wohnen"),
                        QStringLiteral("Grün")};
    const WallAreas areas = WallAreas::forPhase(phase, conference);
    REQUIRE(areas.areas().size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(areas.areas().at(i).label == phase.wallTopics.at(i));
        CHECK(areas.areas().at(i).column == i);
        CHECK(areas.captions().at(i).text == phase.wallTopics.at(i));
        if (i > 0)
            CHECK(areas.areas().at(i - 1).rect.right() < areas.areas().at(i).rect.left());
    }
    CHECK(areas.contentRect(0).topLeft() == QPointF(0, 0));
    CHECK(WallAreas::columnNames(WallLayout::ByTopic, phase.wallTopics) == phase.wallTopics);
    // Other layouts ignore the topics.
    CHECK(WallAreas(WallLayout::Free, {}, phase.wallTopics).isEmpty());
}
