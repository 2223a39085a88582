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
    std::cout << QStringLiteral("%1: %2 cards; ARI %3, %4 % of the cards in %5 suggested groups "
                                "(pairwise precision %6, recall %7)")
                     .arg(name)
                     .arg(labelled.groupOf.size())
                     .arg(a.adjustedRandIndex, 0, 'f', 3)
                     .arg(100.0 * a.cardsInSuggestions / double(labelled.groupOf.size()), 0, 'f',
                          1)
                     .arg(a.suggestedGroups)
                     .arg(a.precision, 0, 'f', 2)
                     .arg(a.recall, 0, 'f', 2)
                     .toStdString()
              << std::endl;
    if (qEnvironmentVariableIsSet("WEITBLICK_PRINT_GROUPS")) {
        for (const SuggestedCluster &cluster : suggested) {
            QStringList texts;
            for (Id id : cluster.cardIds) {
                texts << QStringLiteral("%1:%2").arg(labelled.groupOf.value(id))
                             .arg(labelled.conference.find<Card>(id)->text);
            }
            std::cout << QStringLiteral("  [%1] %2").arg(cluster.heading, texts.join(QStringLiteral(" | "))).toStdString() << std::endl;
        }
    }
    return a;
}

Agreement measure(const LabelledSet &set)
{
    return measure(set.name, labelledConference(set));
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
    measure(QStringLiteral("TownCentreCards"),
            labelledConference(TownCentreCards, TownCentreOtherCards));
    measure(QStringLiteral("VillageCards"), labelledConference(VillageCards));
}

TEST_CASE("Suggestions on the held-out sets", "[suggest]")
{
    // Never tuned on (see data/README.md). Issue 14 asks for an adjusted Rand index of 0.5 and
    // 90 % of the cards in a group on each; before issue 14 they reached ARI 0.151 (56.4 % of
    // the cards, 18 groups) and 0.055 (47.6 %, 17 groups). What the checks hold is what is
    // reached now, so that it does not fall back; the rest of the target is open.
    struct Reached
    {
        const char *name;
        double adjustedRandIndex;
        double cardShare;
    };
    for (const Reached &reached : {Reached{"landkreis", 0.3, 0.9}, Reached{"schulejugend", 0.1, 0.85}}) {
        INFO(reached.name);
        const LabelledSet set = readLabelledSet(QString::fromUtf8(reached.name));
        const Agreement a = measure(set);
        CHECK(a.adjustedRandIndex >= reached.adjustedRandIndex);
        CHECK(a.cardsInSuggestions >= reached.cardShare * double(set.texts.size()));
        CHECK(a.suggestedGroups >= 6);
        CHECK(a.suggestedGroups <= 12);
    }
}
