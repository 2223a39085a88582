#include "clustersuggester.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace weitblick {

namespace {

constexpr int MaxHeadingWords = 3;
// A further heading word must weigh at least this share of the first one.
constexpr double HeadingWordShare = 0.5;

// Pairwise cosine similarities of the vectors, as a full matrix (n × n, row-major). Built
// from the terms the vectors share, so a pair without a common term costs nothing.
std::vector<float> similarityMatrix(const std::vector<const TextFeatures::Vector *> &vectors)
{
    const size_t n = vectors.size();
    // The cards of each term, with the term's weight there.
    int termCount = 0;
    for (const TextFeatures::Vector *vector : vectors) {
        if (!vector->empty())
            termCount = std::max(termCount, vector->back().term + 1);
    }
    std::vector<std::vector<std::pair<int, float>>> postings;
    postings.resize(size_t(termCount));
    for (size_t i = 0; i < n; ++i) {
        for (const TextFeatures::Entry &entry : *vectors[i])
            postings[size_t(entry.term)].push_back({int(i), entry.weight});
    }
    std::vector<float> similarity(n * n, 0.0f);
    for (const auto &cards : postings) {
        for (size_t x = 0; x < cards.size(); ++x) {
            float *row = &similarity[size_t(cards[x].first) * n];
            const float weight = cards[x].second;
            for (size_t y = x + 1; y < cards.size(); ++y)
                row[cards[y].first] += weight * cards[y].second;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j)
            similarity[j * n + i] = similarity[i * n + j];
    }
    return similarity;
}

// One step of the dendrogram: the groups led by `kept` and `absorbed` joined at `similarity`.
struct Merge
{
    int kept;
    int absorbed;
    float similarity;
};

// Average-linkage agglomeration by the nearest-neighbour chain, O(n²): follows each group's
// most similar group until two are each other's nearest, and joins those. Average linkage
// is reducible, so this gives the same dendrogram as always joining the globally closest
// pair, whose similarities only fall from step to step.
std::vector<Merge> averageLinkage(std::vector<float> similarity, size_t n)
{
    std::vector<Merge> merges;
    std::vector<int> size(n, 1);
    std::vector<char> active(n, 1);
    std::vector<int> chain;
    size_t activeCount = n;
    while (activeCount > 1) {
        if (chain.empty()) {
            chain.push_back(int(std::find(active.begin(), active.end(), 1) - active.begin()));
        }
        int a = 0;
        int b = 0;
        for (;;) {
            a = chain.back();
            const int previous = chain.size() >= 2 ? chain[chain.size() - 2] : -1;
            // On a tie the previous link wins, which makes the chain end.
            b = previous;
            float best = previous >= 0 ? similarity[size_t(a) * n + size_t(previous)] : -1.0f;
            for (size_t k = 0; k < n; ++k) {
                if (!active[k] || int(k) == a)
                    continue;
                const float s = similarity[size_t(a) * n + k];
                if (s > best) {
                    best = s;
                    b = int(k);
                }
            }
            if (b == previous)
                break;
            chain.push_back(b);
        }
        chain.pop_back();
        chain.pop_back();
        const float joined = similarity[size_t(a) * n + size_t(b)];
        const int kept = std::min(a, b);
        const int absorbed = std::max(a, b);
        const float keptShare =
            float(size[size_t(kept)]) / float(size[size_t(a)] + size[size_t(b)]);
        for (size_t k = 0; k < n; ++k) {
            if (!active[k] || int(k) == a || int(k) == b)
                continue;
            const float s = keptShare * similarity[size_t(kept) * n + k]
                            + (1 - keptShare) * similarity[size_t(absorbed) * n + k];
            similarity[size_t(kept) * n + k] = s;
            similarity[k * n + size_t(kept)] = s;
        }
        size[size_t(kept)] += size[size_t(absorbed)];
        active[size_t(absorbed)] = 0;
        --activeCount;
        merges.push_back({kept, absorbed, joined});
    }
    return merges;
}

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

} // namespace

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

QList<SuggestedCluster> ClusterSuggester::suggest(Id phaseId, double threshold) const
{
    const QList<Id> ids = m_looseCards.value(phaseId);
    const size_t n = size_t(ids.size());
    if (n < 2)
        return {};
    std::vector<const TextFeatures::Vector *> vectors;
    vectors.reserve(n);
    for (Id id : ids)
        vectors.push_back(&m_features.vector(id));

    // Cut the dendrogram: every join at or above the threshold. Joins of cards without a
    // single common term (similarity 0) are never suggested, not even at threshold 0.
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (const Merge &merge : averageLinkage(similarityMatrix(vectors), n)) {
        if (merge.similarity > 0 && merge.similarity >= threshold)
            parent[size_t(findRoot(parent, merge.absorbed))] = findRoot(parent, merge.kept);
    }

    QHash<int, QList<Id>> groups;
    for (size_t i = 0; i < n; ++i)
        groups[findRoot(parent, int(i))].append(ids.at(qsizetype(i)));
    QList<SuggestedCluster> result;
    for (const QList<Id> &group : std::as_const(groups)) {
        if (group.size() >= 2)
            result.append({group, heading(group)});
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
