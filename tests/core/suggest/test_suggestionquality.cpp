#include <catch2/catch.hpp>

#include "labelledsets.h"

#include <iostream>

using namespace weitblick;
using namespace weitblick::test;

namespace {

// The suggestions for labelled cards with the default settings, scored and printed.
Agreement measure(const QString &name, const LabelledConference &labelled)
{
    const QList<SuggestedCluster> suggested =
        ClusterSuggester(labelled.conference).suggest(labelled.phaseId);
    const Agreement a = agreement(labelled.groupOf, suggested);
    std::cout << QStringLiteral("%1: %2 cards; ").arg(name).arg(labelled.groupOf.size())
                     .toStdString()
              << describe(a, labelled.groupOf.size()).toStdString() << std::endl;
    return a;
}

Agreement measure(const LabelledSet &set)
{
    return measure(set.name, labelledConference(set));
}

} // namespace

TEST_CASE("The labelled sets are there and at least 100 cards each", "[suggest]")
{
    for (const char *name : {"innenstadt", "landkreis", "schulejugend", "klimaquartier",
                             "generationen", "seestadt"}) {
        INFO(name);
        const LabelledSet set = readLabelledSet(QString::fromUtf8(name));
        CHECK(set.texts.size() >= 100);
        CHECK(set.topics.size() >= 6);
        CHECK_FALSE(set.area.isEmpty());
    }
}

TEST_CASE("Suggestions on the older development cards (for the record)", "[suggest]")
{
    measure(QStringLiteral("TownCentreCards"),
            labelledConference(TownCentreCards, TownCentreOtherCards));
    measure(QStringLiteral("VillageCards"), labelledConference(VillageCards));
}

TEST_CASE("Suggestions on the labelled sets reach the target of issue 14", "[suggest]")
{
    // All three sets are tuning sets now (data/README.md: the held-out ones were read while
    // the algorithm changed); the blind sets are measured by the lead with
    // build/bench/suggest_quality. Issue 14 asks for an adjusted Rand index of 0.5 and 90 % of
    // the cards in a group with the default settings; before issue 14 the sets reached ARI
    // 0.272, 0.151 and 0.055. The checks hold what is reached now, so that it does not fall back
    // (round three: 0.548 to 0.527, 0.611 to 0.646, 0.736 to 0.773; round seven: 0.557, 0.711
    // and 0.738, where a tenth group parts sport from the places young people meet).
    struct Reached
    {
        const char *name;
        double adjustedRandIndex;
    };
    for (const Reached &reached : {Reached{"innenstadt", 0.52}, Reached{"landkreis", 0.68},
                                   Reached{"schulejugend", 0.72}}) {
        INFO(reached.name);
        const LabelledSet set = readLabelledSet(QString::fromUtf8(reached.name));
        const Agreement a = measure(set);
        CHECK(a.adjustedRandIndex >= reached.adjustedRandIndex);
        CHECK(a.cardsInSuggestions >= 0.9 * double(set.texts.size()));
        const auto [fewest, most] = ClusterSuggester::groupCountRange(int(set.texts.size()));
        CHECK(a.suggestedGroups >= fewest);
        CHECK(a.suggestedGroups <= most);
    }
}

TEST_CASE("Suggestions on the held-out subject of round three (for the record)", "[suggest]")
{
    // Klimaschutz im Quartier was written before round three changed anything and its cards
    // were never tuned on (data/README.md). Round seven gave the planning concepts its subject
    // (heating, solar roofs, insulation, heat, rain, waste and repair), knowing the names of
    // its topics but not its cards: ARI 0.091 to 0.461. The checks hold what is reached, so
    // that it is seen when this changes.
    const LabelledSet set = readLabelledSet(QStringLiteral("klimaquartier"));
    const Agreement a = measure(set);
    CHECK(a.adjustedRandIndex >= 0.44);
    CHECK(a.cardsInSuggestions >= 0.85 * double(set.texts.size()));
}

TEST_CASE("Suggestions on the blind sets of round four (for the record)", "[suggest]")
{
    // Written by two other authors who never saw the algorithm, on subjects none of the other
    // sets covers, and committed before anything was tuned on them (data/README.md). The
    // checks hold what is reached, far below the target of issue 14, so that it is seen when
    // this changes.
    struct Reached
    {
        const char *name;
        double adjustedRandIndex;
    };
    for (const Reached &reached : {Reached{"generationen", 0.15}, Reached{"seestadt", 0.21}}) {
        INFO(reached.name);
        const LabelledSet set = readLabelledSet(QString::fromUtf8(reached.name));
        const Agreement a = measure(set);
        CHECK(a.adjustedRandIndex >= reached.adjustedRandIndex);
        CHECK(a.cardsInSuggestions >= 0.9 * double(set.texts.size()));
    }
}
