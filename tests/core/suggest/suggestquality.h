#pragma once

// Building labelled conferences and scoring suggestions against the true groups.

#include "labelledcards.h"

#include "core/model/newconference.h"
#include "core/suggest/clustersuggester.h"
#include "core/wall/wallareas.h"

#include <QHash>
#include <QList>

#include <span>

namespace weitblick::test {

// A new conference with the labelled cards loose on one phase and the other texts on another.
struct LabelledConference
{
    Conference conference;
    Id phaseId = NoId;
    QHash<Id, int> groupOf; // true group per card
};

// The second phase of the conference, made a free wall: the cards of a divided wall would be
// suggested area by area, and labelled cards lie anywhere.
inline Id freeSecondPhase(Conference &conference)
{
    Phase phase = *std::next(conference.all<Phase>().begin());
    phase.wallLayout = WallLayout::Free;
    conference.all<Phase>().put(phase);
    return phase.id;
}

// A new conference whose second phase is a SWOT wall, to put loose cards into its quadrants.
struct SwotWall
{
    Conference conference = newConference();
    Phase phase = *std::next(conference.all<Phase>().begin());
    WallAreas areas;

    SwotWall()
    {
        phase.wallLayout = WallLayout::Swot;
        conference.all<Phase>().put(phase);
        areas = WallAreas::forPhase(phase, conference);
    }
    // A loose card in the area (0 strengths … 3 threats), so far from its content's top left.
    Id add(int area, QPointF offset, const char *text)
    {
        Card card;
        card.id = conference.all<Card>().nextId();
        card.phaseId = phase.id;
        card.text = QString::fromUtf8(text);
        card.pos = areas.contentRect(area).topLeft() + offset;
        conference.all<Card>().put(card);
        return card.id;
    }
};

inline LabelledConference labelledConference(std::span<const LabelledCard> cards,
                                             std::span<const char *const> otherTexts = {})
{
    LabelledConference result;
    result.conference = newConference();
    QList<Id> phases;
    for (const Phase &phase : result.conference.all<Phase>())
        phases.append(phase.id);
    result.phaseId = freeSecondPhase(result.conference);
    int i = 0;
    for (const LabelledCard &labelled : cards) {
        Card card;
        card.id = result.conference.all<Card>().nextId();
        card.phaseId = result.phaseId;
        card.text = QString::fromUtf8(labelled.text);
        card.pos = QPointF(i % 10 * 260, i / 10 * 130);
        ++i;
        result.conference.all<Card>().put(card);
        result.groupOf.insert(card.id, labelled.group);
    }
    for (const char *text : otherTexts) {
        Card card;
        card.id = result.conference.all<Card>().nextId();
        card.phaseId = phases.at(2);
        card.text = QString::fromUtf8(text);
        result.conference.all<Card>().put(card);
    }
    return result;
}

// Agreement of suggested groups with the true groups. Cards outside every suggestion count
// as groups of their own.
struct Agreement
{
    double adjustedRandIndex = 0;
    double precision = 0; // of the card pairs put together, the share that belong together
    double recall = 0;    // of the card pairs that belong together, the share put together
    int suggestedGroups = 0;
    int cardsInSuggestions = 0;
};

inline Agreement agreement(const QHash<Id, int> &groupOf, const QList<SuggestedCluster> &suggested)
{
    QHash<Id, int> suggestedOf;
    int next = 0;
    Agreement result;
    for (const SuggestedCluster &cluster : suggested) {
        for (Id id : cluster.cardIds)
            suggestedOf.insert(id, next);
        ++next;
        result.cardsInSuggestions += int(cluster.cardIds.size());
    }
    result.suggestedGroups = next;
    for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it) {
        if (!suggestedOf.contains(it.key()))
            suggestedOf.insert(it.key(), next++);
    }

    const auto pairs = [](double k) { return k * (k - 1) / 2; };
    QHash<QPair<int, int>, int> both;
    QHash<int, int> trueSizes;
    QHash<int, int> suggestedSizes;
    for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it) {
        const int s = suggestedOf.value(it.key());
        ++both[{it.value(), s}];
        ++trueSizes[it.value()];
        ++suggestedSizes[s];
    }
    double together = 0;
    for (int count : std::as_const(both))
        together += pairs(count);
    double truePairs = 0;
    for (int count : std::as_const(trueSizes))
        truePairs += pairs(count);
    double suggestedPairs = 0;
    for (int count : std::as_const(suggestedSizes))
        suggestedPairs += pairs(count);
    const double expected = truePairs * suggestedPairs / pairs(double(groupOf.size()));
    const double maximum = (truePairs + suggestedPairs) / 2;
    result.adjustedRandIndex =
        maximum == expected ? 0 : (together - expected) / (maximum - expected);
    result.precision = suggestedPairs > 0 ? together / suggestedPairs : 1;
    result.recall = truePairs > 0 ? together / truePairs : 1;
    return result;
}

// One line of figures: ARI, the share of cards in a group, the number of groups, and the
// pairwise precision and recall.
inline QString describe(const Agreement &a, qsizetype cardCount)
{
    return QStringLiteral("ARI %1, %2 % of the cards in %3 suggested groups "
                          "(pairwise precision %4, recall %5)")
        .arg(a.adjustedRandIndex, 0, 'f', 3)
        .arg(100.0 * a.cardsInSuggestions / double(cardCount), 0, 'f', 1)
        .arg(a.suggestedGroups)
        .arg(a.precision, 0, 'f', 2)
        .arg(a.recall, 0, 'f', 2);
}

} // namespace weitblick::test
