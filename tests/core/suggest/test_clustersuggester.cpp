#include <catch2/catch.hpp>

#include "suggestquality.h"

#include <QSet>
#include "core/model/newconference.h"
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <iostream>

using namespace weitblick;
using namespace weitblick::test;

namespace {

QString describe(const char *name, int groups, const Agreement &a)
{
    return QStringLiteral("%1 with %2 groups asked: ARI %3, pairwise precision %4, recall %5 "
                          "(%6 groups, %7 cards)")
        .arg(QString::fromUtf8(name))
        .arg(groups)
        .arg(a.adjustedRandIndex, 0, 'f', 3)
        .arg(a.precision, 0, 'f', 3)
        .arg(a.recall, 0, 'f', 3)
        .arg(a.suggestedGroups)
        .arg(a.cardsInSuggestions);
}

void print(const QString &line)
{
    std::cout << line.toStdString() << std::endl;
}

} // namespace

TEST_CASE("The default number of groups follows the material", "[suggest]")
{
    for (int cards = 80; cards <= 120; ++cards) {
        INFO(cards);
        CHECK(ClusterSuggester::defaultGroupCount(cards) >= 6);
        CHECK(ClusterSuggester::defaultGroupCount(cards) <= 12);
        // The suggested number is chosen from this range (issue 14: 6 to 12 groups).
        const auto [fewest, most] = ClusterSuggester::groupCountRange(cards);
        CHECK(fewest >= 6);
        CHECK(most <= 12);
        CHECK(fewest <= ClusterSuggester::defaultGroupCount(cards));
        CHECK(ClusterSuggester::defaultGroupCount(cards) <= most);
    }
    CHECK(ClusterSuggester::groupCountRange(1000).second
          < ClusterSuggester::maximumGroupCount(1000));
    CHECK(ClusterSuggester::groupCountRange(3) == QPair<int, int>(1, 1));
    CHECK(ClusterSuggester::defaultGroupCount(0) == 1);
    CHECK(ClusterSuggester::defaultGroupCount(8) == 2);
    CHECK(ClusterSuggester::defaultGroupCount(1000) > ClusterSuggester::defaultGroupCount(120));
    CHECK(ClusterSuggester::maximumGroupCount(9) == 4);
    CHECK(ClusterSuggester::maximumGroupCount(1) == 1);
}

TEST_CASE("Suggestions find the topics of 99 labelled town centre cards", "[suggest]")
{
    // A tuning set: the older development cards (tests/core/suggest/data/README.md).
    const LabelledConference labelled = labelledConference(TownCentreCards, TownCentreOtherCards);
    const ClusterSuggester suggester(labelled.conference);
    const QList<SuggestedCluster> suggested = suggester.suggest(labelled.phaseId);
    const Agreement a = agreement(labelled.groupOf, suggested);
    const int groups = suggester.suggestedGroupCount(labelled.phaseId);
    print(describe("Town centre cards (default)", groups, a));
    for (int other : {6, 10, 12})
        print(describe("Town centre cards", other,
                       agreement(labelled.groupOf, suggester.suggest(labelled.phaseId, other))));

    CHECK(a.adjustedRandIndex >= 0.5);
    CHECK(a.cardsInSuggestions >= 0.9 * double(labelled.groupOf.size()));
    CHECK(a.suggestedGroups >= 6);
    CHECK(a.suggestedGroups <= 12);
}

TEST_CASE("Suggestion quality of the development set and without each aid", "[suggest]")
{
    // Figures for the record.
    const LabelledConference village = labelledConference(VillageCards);
    const LabelledConference town = labelledConference(TownCentreCards, TownCentreOtherCards);
    struct Variant
    {
        const char *name;
        TextFeatures::Options options;
    };
    const Variant variants[] = {
        {"with every aid", {true, true, true}},
        {"without planning concepts", {true, true, false}},
        {"without synonyms", {true, false, true}},
        {"without compound splitting", {false, true, true}},
        {"words only", {false, false, false}},
    };
    for (const Variant &variant : variants) {
        for (const LabelledConference *labelled : {&town, &village}) {
            const ClusterSuggester suggester(labelled->conference, variant.options);
            const int groups = suggester.suggestedGroupCount(labelled->phaseId);
            const std::string name = std::string(labelled == &town ? "Town centre cards "
                                                                    : "Village cards ")
                                     + variant.name;
            print(describe(name.c_str(), groups,
                           agreement(labelled->groupOf, suggester.suggest(labelled->phaseId))));
        }
    }
}

TEST_CASE("Each number of groups gives at most that many groups of two or more", "[suggest]")
{
    const LabelledConference labelled = labelledConference(TownCentreCards, TownCentreOtherCards);
    const ClusterSuggester suggester(labelled.conference);
    const int cards = suggester.looseCardCount(labelled.phaseId);
    REQUIRE(cards == int(labelled.groupOf.size()));
    for (int groups = 1; groups <= ClusterSuggester::maximumGroupCount(cards) + 5; ++groups) {
        INFO(groups);
        const QList<SuggestedCluster> suggested = suggester.suggest(labelled.phaseId, groups);
        CHECK(suggested.size() <= groups);
        QSet<Id> seen;
        for (const SuggestedCluster &cluster : suggested) {
            CHECK(cluster.cardIds.size() >= 2); // no single cards
            for (Id id : cluster.cardIds) {
                CHECK(labelled.groupOf.contains(id));
                CHECK_FALSE(seen.contains(id)); // in one group only
                seen.insert(id);
            }
        }
        // The same cards give the same groups.
        CHECK(suggester.suggest(labelled.phaseId, groups) == suggested);
    }
    CHECK(suggester.suggest(labelled.phaseId, 0).isEmpty());
    CHECK(suggester.suggest(labelled.phaseId, -3).isEmpty());
}

TEST_CASE("Suggestions leave the moderator's clusters and other cards alone", "[suggest]")
{
    LabelledConference labelled = labelledConference(TownCentreCards, TownCentreOtherCards);
    Conference &conference = labelled.conference;

    // The moderator already clustered three parking cards.
    Cluster parking;
    parking.id = conference.all<Cluster>().nextId();
    parking.phaseId = labelled.phaseId;
    parking.heading = QStringLiteral("Parken");
    conference.all<Cluster>().put(parking);
    QSet<Id> untouchable;
    for (const Card &card : conference.all<Card>()) {
        if (labelled.groupOf.value(card.id, -1) == 0 && untouchable.size() < 3) {
            Card clustered = card;
            clustered.clusterId = parking.id;
            conference.all<Card>().put(clustered);
            untouchable.insert(card.id);
        }
    }
    // A heading strip and a card of another phase that read like parking cards too.
    for (auto [form, phase] : {std::pair(CardForm::Heading, labelled.phaseId),
                               std::pair(CardForm::Card, NoId)}) {
        Card card;
        card.id = conference.all<Card>().nextId();
        card.phaseId = phase == NoId ? conference.all<Phase>().nextId() - 1 : phase;
        card.form = form;
        card.text = QString::fromUtf8("Zu wenig Parkplätze");
        conference.all<Card>().put(card);
        untouchable.insert(card.id);
    }
    // An oval is a card like any other.
    Card oval;
    oval.id = conference.all<Card>().nextId();
    oval.phaseId = labelled.phaseId;
    oval.form = CardForm::Oval;
    oval.text = QString::fromUtf8("Parkplätze fehlen");
    conference.all<Card>().put(oval);

    const Conference before = conference;
    const ClusterSuggester suggester(conference);
    bool ovalSuggested = false;
    for (int groups : {1, 3, 9, 40}) {
        for (const SuggestedCluster &cluster : suggester.suggest(labelled.phaseId, groups)) {
            for (Id id : cluster.cardIds) {
                CHECK_FALSE(untouchable.contains(id));
                ovalSuggested = ovalSuggested || id == oval.id;
            }
        }
    }
    CHECK(ovalSuggested);
    CHECK(conference == before);
}

TEST_CASE("Phases with fewer than two loose cards get no suggestions", "[suggest]")
{
    Conference conference = newConference();
    const Id phaseId = conference.all<Phase>().begin()->id;
    CHECK(ClusterSuggester(conference).suggest(phaseId).isEmpty());
    Card card;
    card.id = 1;
    card.phaseId = phaseId;
    card.text = QStringLiteral("Parkplatz");
    conference.all<Card>().put(card);
    CHECK(ClusterSuggester(conference).suggest(phaseId, 1).isEmpty());
    CHECK(ClusterSuggester(conference).suggest(4711).isEmpty());
}

TEST_CASE("A suggested group is headed by its most telling words as written", "[suggest]")
{
    Conference conference = newConference();
    const Id phaseId = conference.all<Phase>().begin()->id;
    for (const char *text :
         {"Zu wenig Parkplätze", "Parkplätze zu teuer", "Parkplätze für Anwohner",
          "Parkplatzsuche nervt", "Stadtbus im Takt", "Busse im 10-Minuten-Takt", "Takt der Busse",
          "PARKPLÄTZE!!!"}) {
        Card card;
        card.id = conference.all<Card>().nextId();
        card.phaseId = phaseId;
        card.text = QString::fromUtf8(text);
        conference.all<Card>().put(card);
    }
    const ClusterSuggester suggester(conference);
    const QList<SuggestedCluster> suggested = suggester.suggest(phaseId);
    REQUIRE(suggested.size() == 2);
    CHECK(suggested.at(0).cardIds == QList<Id>{1, 2, 3, 4, 8}); // largest first, in id order
    CHECK(suggested.at(0).heading == QString::fromUtf8("Parkplätze"));
    CHECK(suggested.at(1).cardIds == QList<Id>{5, 6, 7});
    CHECK(suggested.at(1).heading.contains(QStringLiteral("Takt")));
    CHECK(suggested.at(1).heading.contains(QStringLiteral("Busse")));
    CHECK(suggester.heading({}).isEmpty());
}

TEST_CASE("English cards are grouped too", "[suggest]")
{
    Conference conference = newConference();
    const Id phaseId = conference.all<Phase>().begin()->id;
    for (const char *text :
         {"Not enough parking spaces", "Parking is far too expensive", "Free parking on Saturdays",
          "More buses in the evening", "The bus is always late", "A bus shelter at the station",
          "Plant more trees", "Trees give shade in summer"}) {
        Card card;
        card.id = conference.all<Card>().nextId();
        card.phaseId = phaseId;
        card.text = QString::fromUtf8(text);
        conference.all<Card>().put(card);
    }
    const QList<SuggestedCluster> suggested = ClusterSuggester(conference).suggest(phaseId, 3);
    REQUIRE(suggested.size() == 3);
    CHECK(suggested.at(0).cardIds == QList<Id>{1, 2, 3});
    CHECK(suggested.at(0).heading == QStringLiteral("Parking"));
    CHECK(suggested.at(1).cardIds == QList<Id>{4, 5, 6});
    CHECK(suggested.at(2).cardIds == QList<Id>{7, 8});
}

TEST_CASE("Cards that share only neighbours come closer", "[suggest]")
{
    // Shade and trees meet on one card, trees and watering on another: "Schatten!!" and
    // "Bäume gießen" share no word, but their neighbours do.
    using Vector = TextFeatures::Vector;
    const float half = float(std::sqrt(0.5));
    const std::vector<Vector> vectors = {
        {{0, 1.0f}},                 // Schatten
        {{0, half}, {1, half}},      // Schatten unter Bäumen
        {{1, half}, {2, half}},      // Bäume gießen
        {{3, 1.0f}},                 // Parkplätze, no neighbour at all
        {},                          // a card of stop words only
    };
    const std::vector<Vector> moved = ClusterSuggester::withNeighbours(vectors, 4);
    REQUIRE(moved.size() == vectors.size());
    CHECK(TextFeatures::similarity(vectors[0], vectors[2]) == 0);
    CHECK(TextFeatures::similarity(moved[0], moved[2]) > 0.1);
    // A card keeps most of itself, stays of unit length, and one without neighbours is kept.
    CHECK(TextFeatures::similarity(moved[0], vectors[0]) > 0.7);
    for (size_t i = 0; i < 4; ++i) {
        double norm = 0;
        for (const TextFeatures::Entry &entry : moved[i])
            norm += double(entry.weight) * entry.weight;
        CHECK(norm == Approx(1.0).margin(1e-5));
    }
    CHECK(TextFeatures::similarity(moved[3], vectors[3]) == Approx(1.0).margin(1e-5));
    CHECK(moved[4].empty());
    for (size_t i = 0; i < 3; ++i)
        CHECK(TextFeatures::similarity(moved[3], moved[i]) == 0);
}

TEST_CASE("On a divided wall a suggestion stays within one area", "[suggest]")
{
    // A SWOT wall: the lake as a strength and tourism on it as an opportunity share words, but
    // answer different questions. Each quadrant's cards are grouped on their own.
    SwotWall wall;
    Conference &conference = wall.conference;
    Phase &phase = wall.phase;
    const WallAreas &areas = wall.areas;
    REQUIRE(areas.areas().size() == 4);
    const auto add = [&](int area, int row, const char *text) {
        return wall.add(area, QPointF(0, row * 130), text);
    };
    const QList<Id> strengths{add(0, 0, "Hohe Lebensqualität am See"),
                              add(0, 1, "Der See ist unser Schatz"),
                              add(0, 2, "Starke Vereine"), add(0, 3, "Vereine halten zusammen")};
    const QList<Id> opportunities{add(2, 0, "Tourismus am See ausbauen"),
                                  add(2, 1, "Mehr Gäste an den See holen"),
                                  add(2, 2, "Vereine werben neue Mitglieder"),
                                  add(2, 3, "Junge Leute für die Vereine gewinnen")};
    REQUIRE(areas.areaAt(conference.find<Card>(strengths.first())->pos + QPointF(110, 55)) == 0);
    REQUIRE(areas.areaAt(conference.find<Card>(opportunities.first())->pos + QPointF(110, 55))
            == 2);

    const auto mixesAreas = [&](const QList<SuggestedCluster> &suggested) {
        return std::any_of(suggested.cbegin(), suggested.cend(), [&](const SuggestedCluster &s) {
            const bool anyStrength = std::any_of(s.cardIds.cbegin(), s.cardIds.cend(),
                                                 [&](Id id) { return strengths.contains(id); });
            const bool anyOpportunity =
                std::any_of(s.cardIds.cbegin(), s.cardIds.cend(),
                            [&](Id id) { return opportunities.contains(id); });
            return anyStrength && anyOpportunity;
        });
    };
    const ClusterSuggester divided(conference);
    for (int groups = 1; groups <= 4; ++groups) {
        INFO(groups);
        const QList<SuggestedCluster> suggested = divided.suggest(phase.id, groups);
        CHECK_FALSE(suggested.isEmpty());
        CHECK_FALSE(mixesAreas(suggested));
    }
    CHECK(divided.suggestedGroupCount(phase.id) >= 2); // at least one group per area
    CHECK_FALSE(mixesAreas(divided.suggest(phase.id)));
    // The number asked for is kept across the areas: one group is one group.
    CHECK(divided.suggest(phase.id, 1).size() == 1);

    // The same cards on a free wall do meet across what were the quadrants.
    phase.wallLayout = WallLayout::Free;
    conference.all<Phase>().put(phase);
    CHECK(mixesAreas(ClusterSuggester(conference).suggest(phase.id, 2)));
}
