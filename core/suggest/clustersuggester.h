#pragma once

#include "textfeatures.h"

#include "core/model/conference.h"

#include <QList>
#include <QString>

namespace weitblick {

// A group of cards that read as one topic, with a heading proposed from its words.
struct SuggestedCluster
{
    QList<Id> cardIds; // in id order
    QString heading;   // the group's most telling words, as the cards write them

    bool operator==(const SuggestedCluster &) const = default;
};

// Suggests clusters for the loose cards of a phase by text similarity: average-linkage
// agglomerative grouping of the cards' TF-IDF vectors (TextFeatures), stopped at a
// similarity threshold the moderator can move. Works offline. Only cards and ovals without a
// cluster are considered; the clusters the moderator made are never part of a suggestion.
// Built once per conference snapshot; it keeps no reference to the conference.
class ClusterSuggester
{
public:
    // Mostly right rather than complete, since a wrong group costs a moderator more than a
    // missing one: the lowest threshold (in steps of 0.05) at which four in five card pairs
    // put together belong together on the development cards (tests/core/suggest).
    static constexpr double DefaultThreshold = 0.3;

    explicit ClusterSuggester(const Conference &conference);
    ClusterSuggester(const Conference &conference, const TextFeatures::Options &options,
                     std::shared_ptr<const Lexicon> lexicon = Lexicon::shared());

    // Groups of two or more loose cards of the phase whose average similarity is at least
    // `threshold` (0 … 1: lower gives fewer, larger groups). Largest groups first.
    QList<SuggestedCluster> suggest(Id phaseId, double threshold = DefaultThreshold) const;

    // The proposed heading for any group of cards: up to three of their most telling words.
    QString heading(const QList<Id> &cardIds) const;

    const TextFeatures &features() const { return m_features; }

private:
    // The cards that suggestions may use, per phase, in id order.
    QHash<Id, QList<Id>> m_looseCards;
    TextFeatures m_features;
};

} // namespace weitblick
