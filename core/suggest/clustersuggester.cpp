#include "clustersuggester.h"

#include "sphericalkmeans.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace weitblick {

namespace {

constexpr int MaxHeadingWords = 3;
// A further heading word must weigh at least this share of the first one.
constexpr double HeadingWordShare = 0.5;

// A term on this share of a phase's cards (and on at least MinSharedCards) is a word the
// whole wall shares, like the question's own words: it tells no topic apart.
constexpr double SharedTermShare = 0.2;
constexpr int MinSharedCards = 8;
// The default number of groups grows with the square root of the cards: 6 for 60 cards,
// 8 for 100, 9 for 130, 26 for 1,000 (tuned on tests/core/suggest/data/innenstadt.txt).
constexpr double CardsPerGroupSquared = 1.5;

using Vector = TextFeatures::Vector;

// The vectors without the terms that the wall shares, numbered densely from 0 and scaled to
// unit length again; the number of terms goes to termCount.
std::vector<Vector> phaseVectors(const std::vector<const Vector *> &vectors, int *termCount)
{
    QHash<int, int> cardsOf;
    for (const Vector *vector : vectors) {
        for (const TextFeatures::Entry &entry : *vector)
            ++cardsOf[entry.term];
    }
    const double limit = std::max(double(MinSharedCards), SharedTermShare * double(vectors.size()));
    QHash<int, int> denseTerm;
    std::vector<Vector> result;
    result.reserve(vectors.size());
    for (const Vector *vector : vectors) {
        Vector kept;
        double norm = 0;
        for (const TextFeatures::Entry &entry : *vector) {
            if (cardsOf.value(entry.term) >= limit)
                continue;
            auto it = denseTerm.constFind(entry.term);
            if (it == denseTerm.cend())
                it = denseTerm.insert(entry.term, int(denseTerm.size()));
            kept.push_back({*it, entry.weight});
            norm += double(entry.weight) * entry.weight;
        }
        std::sort(kept.begin(), kept.end(),
                  [](const TextFeatures::Entry &a, const TextFeatures::Entry &b) {
                      return a.term < b.term;
                  });
        for (TextFeatures::Entry &entry : kept)
            entry.weight = float(entry.weight / std::sqrt(norm));
        result.push_back(std::move(kept));
    }
    *termCount = int(denseTerm.size());
    return result;
}

} // namespace

int ClusterSuggester::defaultGroupCount(int cardCount)
{
    return std::max(1, int(std::lround(std::sqrt(cardCount / CardsPerGroupSquared))));
}

int ClusterSuggester::maximumGroupCount(int cardCount)
{
    return std::max(1, cardCount / 2);
}

ClusterSuggester::ClusterSuggester(const Conference &conference)
    : ClusterSuggester(conference, TextFeatures::Options())
{
}

ClusterSuggester::ClusterSuggester(const Conference &conference,
                                   const TextFeatures::Options &options,
                                   std::shared_ptr<const Lexicon> lexicon)
    : m_features(conference, options, std::move(lexicon))
{
    for (const Card &card : conference.all<Card>()) {
        if (card.clusterId == NoId && card.form != CardForm::Heading)
            m_looseCards[card.phaseId].append(card.id);
    }
}

int ClusterSuggester::looseCardCount(Id phaseId) const
{
    return int(m_looseCards.value(phaseId).size());
}

QList<SuggestedCluster> ClusterSuggester::suggest(Id phaseId) const
{
    return suggest(phaseId, defaultGroupCount(looseCardCount(phaseId)));
}

QList<SuggestedCluster> ClusterSuggester::suggest(Id phaseId, int groups) const
{
    const QList<Id> ids = m_looseCards.value(phaseId);
    groups = std::min(groups, maximumGroupCount(int(ids.size())));
    if (ids.size() < 2 || groups < 1)
        return {};
    std::vector<const Vector *> cardVectors;
    cardVectors.reserve(size_t(ids.size()));
    for (Id id : ids)
        cardVectors.push_back(&m_features.vector(id));
    int termCount = 0;
    const std::vector<Vector> vectors = phaseVectors(cardVectors, &termCount);
    const std::vector<int> groupOf = SphericalKMeans(vectors, termCount).group(groups);

    QHash<int, QList<Id>> members;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (groupOf[size_t(i)] >= 0)
            members[groupOf[size_t(i)]].append(ids.at(i));
    }
    QList<SuggestedCluster> result;
    for (const QList<Id> &cards : std::as_const(members)) {
        if (cards.size() >= 2) // one card alone is no group
            result.append({cards, heading(cards)});
    }
    const auto largerFirst = [](const SuggestedCluster &a, const SuggestedCluster &b) {
        return a.cardIds.size() > b.cardIds.size()
               || (a.cardIds.size() == b.cardIds.size() && a.cardIds.first() < b.cardIds.first());
    };
    std::sort(result.begin(), result.end(), largerFirst);
    return result;
}

QString ClusterSuggester::heading(const QList<Id> &cardIds) const
{
    // Summed TF-IDF weight of each term, and in how many of the cards it occurs.
    QHash<int, QPair<double, int>> weights;
    QHash<int, double> conceptWeights;
    for (Id id : cardIds) {
        for (const TextFeatures::Entry &entry : m_features.vector(id)) {
            if (!m_features.isWordTerm(entry.term)) {
                conceptWeights[entry.term] += entry.weight;
                continue;
            }
            QPair<double, int> &w = weights[entry.term];
            w.first += entry.weight;
            ++w.second;
        }
    }
    // A group held together by a concept rather than a shared word (Internet, Glasfaser,
    // Funkloch) is best named by a word of that concept, not by the weightiest odd word.
    int topConcept = -1;
    for (auto it = conceptWeights.cbegin(); it != conceptWeights.cend(); ++it) {
        if (topConcept < 0 || it.value() > conceptWeights.value(topConcept)
            || (it.value() == conceptWeights.value(topConcept) && it.key() < topConcept)) {
            topConcept = it.key();
        }
    }
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        if (topConcept >= 0 && m_features.conceptTermsOf(it.key()).contains(topConcept))
            it->first += conceptWeights.value(topConcept);
    }
    struct Candidate
    {
        int term;
        double weight;
        int cards;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(size_t(weights.size()));
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        candidates.push_back({it.key(), it.value().first, it.value().second});
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.weight > b.weight || (a.weight == b.weight && a.term < b.term);
    });

    QStringList words;
    QStringList folded; // of the chosen words, to skip a word contained in another (Park, Parkhaus)
    for (const Candidate &candidate : candidates) {
        if (words.size() == MaxHeadingWords)
            break;
        // After the first word, only words that several cards share and that weigh nearly
        // as much tell what the group is about.
        if (!words.isEmpty()) {
            if (candidate.weight < HeadingWordShare * candidates.front().weight)
                break;
            if (candidate.cards < 2)
                continue;
        }
        const QString form = m_features.displayForm(candidate.term, cardIds);
        const QString key = WordForms::fold(form, Language::German);
        if (form.isEmpty() || std::any_of(folded.cbegin(), folded.cend(), [&key](const QString &f) {
                return f.contains(key) || key.contains(f);
            })) {
            continue;
        }
        words.append(words.isEmpty() ? form.left(1).toUpper() + form.mid(1) : form);
        folded.append(key);
    }
    return words.join(QStringLiteral(", "));
}

} // namespace weitblick
