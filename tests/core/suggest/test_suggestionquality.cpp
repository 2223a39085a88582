#include <catch2/catch.hpp>

#include "labelledsets.h"

#include <iostream>

using namespace weitblick;
using namespace weitblick::test;

namespace {

// The suggestions for a labelled set with the default settings, scored and printed.
Agreement measure(const LabelledSet &set)
{
    const LabelledConference labelled = labelledConference(set);
    const QList<SuggestedCluster> suggested =
        ClusterSuggester(labelled.conference).suggest(labelled.phaseId);
    const Agreement a = agreement(labelled.groupOf, suggested);
    std::cout << QStringLiteral("%1: %2 cards in %3 topics; ARI %4, %5 % of the cards in %6 "
                                "suggested groups")
                     .arg(set.name)
                     .arg(set.texts.size())
                     .arg(set.topics.size())
                     .arg(a.adjustedRandIndex, 0, 'f', 3)
                     .arg(100.0 * a.cardsInSuggestions / double(set.texts.size()), 0, 'f', 1)
                     .arg(a.suggestedGroups)
                     .toStdString()
              << std::endl;
    return a;
}

} // namespace

TEST_CASE("The labelled sets are there and at least 100 cards each", "[suggest]")
{
    for (const char *name : {"innenstadt", "landkreis", "schulejugend"}) {
        INFO(name);
        const LabelledSet set = readLabelledSet(QString::fromUtf8(name));
        CHECK(set.texts.size() >= 100);
        CHECK(set.topics.size() >= 6);
        CHECK_FALSE(set.area.isEmpty());
    }
}

TEST_CASE("Suggestions on the tuning set (for the record)", "[suggest]")
{
    measure(readLabelledSet(QStringLiteral("innenstadt")));
}

TEST_CASE("Suggestions on the held-out sets (for the record)", "[suggest]")
{
    // Never tuned on (see data/README.md).
    for (const char *name : {"landkreis", "schulejugend"})
        measure(readLabelledSet(QString::fromUtf8(name)));
}
