#pragma once

#include "textfeatures.h"

#include "core/model/conference.h"

#include <QList>
#include <QString>

#include <optional>

namespace weitblick {

// A group of cards that read as one topic, with a heading proposed from its words.
struct SuggestedCluster
{
    QList<Id> cardIds; // in id order
    QString heading;   // the group's most telling words, as the cards write them

    bool operator==(const SuggestedCluster &) const = default;
};

// Suggests clusters for the loose cards of a phase by topic: their TextFeatures vectors,
// without the terms the whole wall shares, grouped by SphericalKMeans into about as many
// groups as a moderator would make (defaultGroupCount), or as many as asked for. Works offline.
// Only cards and ovals without a cluster are considered; the clusters the moderator made are
// never part of a suggestion. On a divided wall (SWOT, strengths and weaknesses, topics) a
// suggestion stays within one area. Built once per conference snapshot; it keeps no reference
// to the conference.
class ClusterSuggester
{
public:
    // The groups a moderator expects for so many cards: 6 to 9 for 60 to 120 cards.
    static int defaultGroupCount(int cardCount);
    // More groups than half the cards would be mostly pairs.
    static int maximumGroupCount(int cardCount);
    // The fewest and the most groups suggestedGroupCount() chooses from: 6 to 11 for 100 cards.
    static QPair<int, int> groupCountRange(int cardCount);

    explicit ClusterSuggester(const Conference &conference);
    ClusterSuggester(const Conference &conference, const TextFeatures::Options &options,
                     std::shared_ptr<const Lexicon> lexicon = Lexicon::shared());

    int looseCardCount(Id phaseId) const;

    // The number of groups in groupCountRange() in which the phase's loose cards sit best
    // (the highest silhouette: each card nearer its own group than the next one); for a very
    // large phase, defaultGroupCount(). On a divided wall, the sum of the areas' numbers.
    int suggestedGroupCount(Id phaseId) const;
    // Groups of two or more loose cards of the phase, with the suggested number of groups.
    QList<SuggestedCluster> suggest(Id phaseId) const;
    // At most `groups` groups (fewer when cards share nothing, or a group kept one card).
    // Largest groups first; cards that share no term with any group are in none.
    QList<SuggestedCluster> suggest(Id phaseId, int groups) const;

    // The proposed heading for any group of cards: up to three of their most telling words.
    QString heading(const QList<Id> &cardIds) const;

    const TextFeatures &features() const { return m_features; }

    using Vector = TextFeatures::Vector;
    // Each vector moved towards those of its nearest neighbours (weighted by similarity) and
    // scaled to unit length again: two cards that share no word but the same neighbours come
    // closer, which is how a short card ("Schatten!!") finds the topic its neighbours name.
    static std::vector<Vector> withNeighbours(const std::vector<Vector> &vectors, int termCount);

private:
    // The vectors of the phase's loose cards without the terms the wall shares.
    std::vector<Vector> phaseVectors(Id phaseId, int *termCount) const;
    // The phase's loose cards (their indexes in m_looseCards) by the wall area they lie in:
    // one pool on a free wall, and one for the cards below a divided wall's areas.
    QList<QList<qsizetype>> areaPools(Id phaseId) const;
    // The number of groups that suits each pool's cards (0 for a pool of one).
    static QList<int> bestCounts(const QList<QList<qsizetype>> &pools,
                                 const std::vector<Vector> &vectors, int termCount);
    // The groups of each area: as many as suit its cards, or its share of `groups`.
    QList<SuggestedCluster> suggestByArea(Id phaseId, std::optional<int> groups) const;

    // The cards that suggestions may use, per phase, in id order.
    QHash<Id, QList<Id>> m_looseCards;
    QHash<Id, int> m_areaOf; // a loose card's area index on its wall, -1 for none
    TextFeatures m_features;
};

} // namespace weitblick
