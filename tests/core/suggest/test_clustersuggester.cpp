#include <catch2/catch.hpp>

#include "suggestquality.h"

#include <QSet>
#include "core/model/newconference.h"
#include <QTextStream>

#include <iostream>

using namespace weitblick;
using namespace weitblick::test;

namespace {

QString describe(const char *name, double threshold, const Agreement &a)
{
    return QStringLiteral("%1 at %2: ARI %3, pairwise precision %4, recall %5 (%6 groups, "
                          "%7 cards)")
        .arg(QString::fromUtf8(name))
        .arg(threshold, 0, 'f', 2)
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

// True when every group of `finer` lies inside one group of `coarser`.
bool refines(const QList<SuggestedCluster> &finer, const QList<SuggestedCluster> &coarser)
{
    QHash<Id, int> coarseGroup;
    for (int g = 0; g < coarser.size(); ++g) {
        for (Id id : coarser.at(g).cardIds)
            coarseGroup.insert(id, g);
    }
    for (const SuggestedCluster &cluster : finer) {
        const int g = coarseGroup.value(cluster.cardIds.first(), -1);
        if (g < 0)
            return false;
        for (Id id : cluster.cardIds) {
            if (coarseGroup.value(id, -1) != g)
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("Suggestions find the topics of 99 labelled town centre cards", "[suggest]")
{
    const LabelledConference labelled = labelledConference(TownCentreCards, TownCentreOtherCards);
    const ClusterSuggester suggester(labelled.conference);
    const double threshold = ClusterSuggester::DefaultThreshold;
    const QList<SuggestedCluster> suggested = suggester.suggest(labelled.phaseId, threshold);
    const Agreement a = agreement(labelled.groupOf, suggested);

    print(describe("Town centre cards (default)", threshold, a));
    for (const SuggestedCluster &cluster : suggested) {
        QStringList texts;
        for (Id id : cluster.cardIds) {
            texts << QStringLiteral("%1:%2").arg(labelled.groupOf.value(id))
                         .arg(labelled.conference.find<Card>(id)->text);
        }
        print(QStringLiteral("  [%1] %2").arg(cluster.heading, texts.join(QStringLiteral(" | "))));
    }
    for (double t : {0.15, 0.2, 0.25, 0.35, 0.4, 0.5}) {
        print(describe("Town centre cards", t,
                       agreement(labelled.groupOf, suggester.suggest(labelled.phaseId, t))));
    }

    CHECK(a.adjustedRandIndex >= 0.5);
    CHECK(a.precision >= 0.8);
}

TEST_CASE("Suggestion quality of the development set and without each aid", "[suggest]")
{
    // Figures for the record; the development set is the one the weights were chosen on.
    const LabelledConference village = labelledConference(VillageCards);
    const double threshold = ClusterSuggester::DefaultThreshold;
    {
        const ClusterSuggester suggester(village.conference);
        const Agreement a =
            agreement(village.groupOf, suggester.suggest(village.phaseId, threshold));
        print(describe("Village cards (development set)", threshold, a));
        for (const SuggestedCluster &cluster : suggester.suggest(village.phaseId, threshold)) {
            QStringList texts;
            for (Id id : cluster.cardIds) {
                texts << QStringLiteral("%1:%2").arg(village.groupOf.value(id))
                             .arg(village.conference.find<Card>(id)->text);
            }
            print(QStringLiteral("  [%1] %2")
                      .arg(cluster.heading, texts.join(QStringLiteral(" | "))));
        }
        for (double t : {0.1, 0.15, 0.2, 0.25, 0.35}) {
            print(describe("Village cards", t,
                           agreement(village.groupOf, suggester.suggest(village.phaseId, t))));
        }
        CHECK(a.precision >= 0.7);
    }

    const LabelledConference town = labelledConference(TownCentreCards, TownCentreOtherCards);
    struct Variant
    {
        const char *name;
        TextFeatures::Options options;
    };
    const Variant variants[] = {
        {"without planning concepts", {true, true, false}},
        {"without synonyms", {true, false, true}},
        {"without compound splitting", {false, true, true}},
        {"words only", {false, false, false}},
    };
    for (const Variant &variant : variants) {
        const ClusterSuggester suggester(town.conference, variant.options);
        for (double t : {0.2, threshold}) {
            print(describe((std::string("Town centre cards ") + variant.name).c_str(), t,
                           agreement(town.groupOf, suggester.suggest(town.phaseId, t))));
        }
        const ClusterSuggester villageSuggester(village.conference, variant.options);
        const Agreement a =
            agreement(village.groupOf, villageSuggester.suggest(village.phaseId, threshold));
        print(describe((std::string("Village cards ") + variant.name).c_str(), threshold, a));
    }
}

TEST_CASE("A higher threshold only splits groups", "[suggest]")
{
    const LabelledConference labelled = labelledConference(TownCentreCards, TownCentreOtherCards);
    const ClusterSuggester suggester(labelled.conference);
    QList<SuggestedCluster> coarser = suggester.suggest(labelled.phaseId, 0.0);
    int previousCards = int(labelled.groupOf.size()) + 1;
    for (int step = 0; step <= 20; ++step) {
        const double threshold = step / 20.0;
        INFO(threshold);
        const QList<SuggestedCluster> finer = suggester.suggest(labelled.phaseId, threshold);
        CHECK(refines(finer, coarser));
        int cards = 0;
        for (const SuggestedCluster &cluster : finer) {
            CHECK(cluster.cardIds.size() >= 2); // no singletons
            cards += int(cluster.cardIds.size());
        }
        CHECK(cards <= previousCards);
        previousCards = cards;
        coarser = finer;
    }
    CHECK(suggester.suggest(labelled.phaseId, 1.01).isEmpty());
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
    for (double threshold : {0.0, 0.15, ClusterSuggester::DefaultThreshold, 0.6}) {
        for (const SuggestedCluster &cluster : suggester.suggest(labelled.phaseId, threshold)) {
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
    CHECK(ClusterSuggester(conference).suggest(phaseId, 0).isEmpty());
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
    const QList<SuggestedCluster> suggested = ClusterSuggester(conference).suggest(phaseId);
    REQUIRE(suggested.size() == 3);
    CHECK(suggested.at(0).cardIds == QList<Id>{1, 2, 3});
    CHECK(suggested.at(0).heading == QStringLiteral("Parking"));
    CHECK(suggested.at(1).cardIds == QList<Id>{4, 5, 6});
    CHECK(suggested.at(2).cardIds == QList<Id>{7, 8});
}
