#include "clustersuggester.h"

#include "sphericalkmeans.h"

#include "core/wall/wallareas.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
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
// The suggested number of groups is chosen between these bounds: 6 to 11 for 100 cards,
// 20 to 35 for 1,000.
constexpr double FewestCardsPerGroupSquared = 2.5;
constexpr double MostGroupsPerRootCard = 1.1;
// Trying each number of groups costs a grouping: a wide range (a large wall) is tried in steps
// so that at most about this many are tried, each with fewer seedings than the final grouping.
constexpr int MaxGroupCountsTried = 6;
constexpr int SearchSeedings = 3;
// Beyond so many cards (several walls' worth) the search would keep the moderator waiting:
// the number of groups then follows the cards alone (defaultGroupCount).
constexpr int MaxCardsSearched = 400;

// Each card's vector moves towards its nearest neighbours': so many of them, together
// weighing at most as much as the card itself. Chosen leaving each labelled set out in turn
// (tests/core/suggest/data/README.md): 5 and 1 raised the held-out set in all three turns.
constexpr int Neighbours = 5;
constexpr double NeighbourShare = 1.0;
constexpr size_t MinCommonTermCards = 50;
// Terms lighter than this share of a moved vector are dropped from it.
constexpr double MinMovedWeight = 0.05;
constexpr size_t CommonTermShareDivisor = 10;
// k-means is seeded this many times in all for a large wall (cards × seedings), at least
// MinSeedings times: 10 seedings for 100 cards, 4 for 1,000.
constexpr int SeedingBudget = 4000;
constexpr int MinSeedings = 3;

using Vector = TextFeatures::Vector;

// The vectors without the terms that the wall shares, numbered densely from 0 and scaled to
// unit length again; the number of terms goes to termCount.
std::vector<Vector> withoutSharedTerms(const std::vector<const Vector *> &vectors, int *termCount)
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

std::vector<ClusterSuggester::Vector>
ClusterSuggester::withNeighbours(const std::vector<Vector> &vectors, int termCount)
{
    const size_t n = vectors.size();
    std::vector<Vector> result(n);
    // The cards of each term, so that a card is compared only with those it shares a term with.
    std::vector<std::vector<std::pair<size_t, float>>> cardsOf(static_cast<size_t>(termCount));
    for (size_t i = 0; i < n; ++i) {
        for (const TextFeatures::Entry &entry : vectors[i])
            cardsOf[size_t(entry.term)].push_back({i, entry.weight});
    }
    // On a large wall, a term of very many cards finds no near neighbours but costs as much as
    // comparing all those cards: neighbours are found by the rarer terms. (A wall of a few
    // hundred cards has no such term left: withoutSharedTerms took them.)
    const size_t commonTerm = std::max(MinCommonTermCards, n / CommonTermShareDivisor);
    for (auto &cards : cardsOf) {
        if (cards.size() > commonTerm)
            cards.clear();
    }
    std::vector<double> dot(n);
    std::vector<size_t> met;
    std::vector<std::pair<double, size_t>> nearest; // similarity, card
    std::vector<double> sum(static_cast<size_t>(termCount)); // dense, only `touched` non-zero
    std::vector<int> touched;
    const auto add = [&](const Vector &vector, double factor) {
        for (const TextFeatures::Entry &entry : vector) {
            if (sum[size_t(entry.term)] == 0)
                touched.push_back(entry.term);
            sum[size_t(entry.term)] += factor * entry.weight;
        }
    };
    for (size_t i = 0; i < n; ++i) {
        met.clear();
        for (const TextFeatures::Entry &entry : vectors[i]) {
            for (const auto &[j, weight] : cardsOf[size_t(entry.term)]) {
                if (dot[j] == 0)
                    met.push_back(j);
                dot[j] += double(entry.weight) * weight;
            }
        }
        nearest.clear();
        for (size_t j : met) {
            if (j != i && dot[j] > 0)
                nearest.push_back({std::min(dot[j], 1.0), j});
            dot[j] = 0;
        }
        const auto end = nearest.begin() + std::min(qsizetype(nearest.size()), qsizetype(Neighbours));
        std::partial_sort(nearest.begin(), end, nearest.end(), std::greater<>());
        // Neighbours weigh by their similarity, together at most NeighbourShare of the card.
        touched.clear();
        add(vectors[i], 1.0);
        double similaritySum = 0;
        for (auto it = nearest.begin(); it != end; ++it)
            similaritySum += it->first;
        const double scale = NeighbourShare / std::max(similaritySum, 1.0);
        for (auto it = nearest.begin(); it != end; ++it)
            add(vectors[it->second], scale * it->first);
        std::sort(touched.begin(), touched.end());
        double norm = 0;
        for (int term : touched)
            norm += sum[size_t(term)] * sum[size_t(term)];
        norm = std::sqrt(norm);
        // The neighbours' light terms only cost time in k-means, which compares every term.
        Vector &moved = result[i];
        double keptNorm = 0;
        for (int term : touched) {
            if (sum[size_t(term)] >= MinMovedWeight * norm) {
                moved.push_back({term, float(sum[size_t(term)])});
                keptNorm += sum[size_t(term)] * sum[size_t(term)];
            }
            sum[size_t(term)] = 0;
        }
        for (TextFeatures::Entry &entry : moved)
            entry.weight = float(entry.weight / std::sqrt(keptNorm));
    }
    return result;
}

namespace {

// A card that ended alone in its group joins the group of two or more whose cards it shares
// most with: a moderator wants every card placed, and one card is no group. A card that shares
// nothing with any group stays out.
void joinLoneCards(std::vector<int> &groupOf, const std::vector<Vector> &vectors, int termCount)
{
    std::vector<int> sizes;
    for (int group : groupOf) {
        if (group >= 0) {
            sizes.resize(std::max(sizes.size(), size_t(group) + 1));
            ++sizes[size_t(group)];
        }
    }
    // Each group's summed vector, as a dense row per group.
    std::vector<double> sums(sizes.size() * size_t(termCount));
    for (size_t i = 0; i < vectors.size(); ++i) {
        if (groupOf[i] >= 0 && sizes[size_t(groupOf[i])] >= 2) {
            for (const TextFeatures::Entry &entry : vectors[i])
                sums[size_t(groupOf[i]) * size_t(termCount) + size_t(entry.term)] += entry.weight;
        }
    }
    std::vector<double> norms(sizes.size());
    for (size_t at = 0; at < sums.size(); ++at)
        norms[at / size_t(termCount)] += sums[at] * sums[at];
    for (size_t i = 0; i < vectors.size(); ++i) {
        if (groupOf[i] < 0 || sizes[size_t(groupOf[i])] != 1)
            continue;
        int nearest = -1;
        double nearestSimilarity = 0;
        for (size_t g = 0; g < sizes.size(); ++g) {
            if (sizes[g] < 2 || norms[g] <= 0)
                continue;
            double dot = 0;
            for (const TextFeatures::Entry &entry : vectors[i])
                dot += entry.weight * sums[g * size_t(termCount) + size_t(entry.term)];
            const double similarity = dot / std::sqrt(norms[g]);
            if (similarity > nearestSimilarity + 1e-9) {
                nearestSimilarity = similarity;
                nearest = int(g);
            }
        }
        if (nearest >= 0)
            groupOf[i] = nearest;
    }
}

// How well the cards sit in their groups (the silhouette, -1 … 1): per card, how much nearer
// it is to its own group than to the next one, on average. Cards in no group do not count.
double silhouette(const std::vector<int> &groupOf, const std::vector<double> &similarities,
                  int groups)
{
    const size_t n = groupOf.size();
    std::vector<int> sizes(static_cast<size_t>(groups));
    for (int group : groupOf) {
        if (group >= 0)
            ++sizes[size_t(group)];
    }
    std::vector<double> distanceTo(static_cast<size_t>(groups));
    double sum = 0;
    int counted = 0;
    for (size_t i = 0; i < n; ++i) {
        if (groupOf[i] < 0)
            continue;
        ++counted;
        const size_t own = size_t(groupOf[i]);
        if (sizes[own] < 2)
            continue; // a card alone counts 0
        std::fill(distanceTo.begin(), distanceTo.end(), 0.0);
        for (size_t j = 0; j < n; ++j) {
            if (j != i && groupOf[j] >= 0)
                distanceTo[size_t(groupOf[j])] += 1 - similarities[i * n + j];
        }
        const double inside = distanceTo[own] / (sizes[own] - 1);
        double outside = -1;
        for (size_t g = 0; g < size_t(groups); ++g) {
            if (g != own && sizes[g] > 0) {
                const double mean = distanceTo[g] / sizes[g];
                outside = outside < 0 ? mean : std::min(outside, mean);
            }
        }
        if (outside >= 0)
            sum += (outside - inside) / std::max(outside, inside);
    }
    return counted > 0 ? sum / counted : -1;
}

// The cards in about so many groups: spherical k-means, then the lone cards placed.
std::vector<int> groupCards(const std::vector<Vector> &vectors, int termCount, int groups,
                            int seedings = SphericalKMeans::DefaultSeedings)
{
    // A large wall is seeded fewer times: each seeding costs as much as the cards.
    seedings = std::min(seedings, std::max(MinSeedings, SeedingBudget / std::max(1, int(vectors.size()))));
    std::vector<int> groupOf = SphericalKMeans(vectors, termCount).group(groups, seedings);
    joinLoneCards(groupOf, vectors, termCount);
    return groupOf;
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
    QHash<Id, WallAreas> areasOf;
    for (const Phase &phase : conference.all<Phase>())
        areasOf.insert(phase.id, WallAreas::forPhase(phase, conference));
    for (const Card &card : conference.all<Card>()) {
        if (card.clusterId != NoId || card.form == CardForm::Heading)
            continue;
        m_looseCards[card.phaseId].append(card.id);
        m_areaOf.insert(card.id, areasOf.value(card.phaseId).areaOfCardAt(card.pos));
    }
}

int ClusterSuggester::looseCardCount(Id phaseId) const
{
    return int(m_looseCards.value(phaseId).size());
}

QPair<int, int> ClusterSuggester::groupCountRange(int cardCount)
{
    const double root = std::sqrt(double(cardCount));
    const int fewest = std::max(1, int(std::lround(root / std::sqrt(FewestCardsPerGroupSquared))));
    const int most = std::max(fewest, int(std::lround(MostGroupsPerRootCard * root)));
    return {std::min(fewest, maximumGroupCount(cardCount)),
            std::min(most, maximumGroupCount(cardCount))};
}

std::vector<ClusterSuggester::Vector> ClusterSuggester::phaseVectors(Id phaseId,
                                                                     int *termCount) const
{
    std::vector<const Vector *> cardVectors;
    const QList<Id> ids = m_looseCards.value(phaseId);
    cardVectors.reserve(size_t(ids.size()));
    for (Id id : ids)
        cardVectors.push_back(&m_features.vector(id));
    const std::vector<Vector> vectors = withoutSharedTerms(cardVectors, termCount);
    return withNeighbours(vectors, *termCount);
}

QList<QList<qsizetype>> ClusterSuggester::areaPools(Id phaseId) const
{
    const QList<Id> ids = m_looseCards.value(phaseId);
    std::map<int, QList<qsizetype>> byArea;
    for (qsizetype i = 0; i < ids.size(); ++i)
        byArea[m_areaOf.value(ids.at(i), -1)].append(i);
    QList<QList<qsizetype>> pools;
    for (auto &[area, members] : byArea)
        pools.append(members);
    return pools;
}

namespace {

std::vector<Vector> subset(const std::vector<Vector> &vectors, const QList<qsizetype> &members)
{
    std::vector<Vector> result;
    result.reserve(size_t(members.size()));
    for (qsizetype i : members)
        result.push_back(vectors[size_t(i)]);
    return result;
}

// The number of groups in groupCountRange() in which the cards sit best (silhouette); for
// very many cards, the default.
int bestGroupCount(const std::vector<Vector> &vectors, int termCount)
{
    const int cards = int(vectors.size());
    const auto [fewest, most] = ClusterSuggester::groupCountRange(cards);
    if (cards > MaxCardsSearched)
        return std::clamp(ClusterSuggester::defaultGroupCount(cards), fewest, most);
    if (cards < 2 || fewest == most)
        return fewest;
    const size_t n = vectors.size();
    std::vector<double> similarities(n * n, 1.0);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j)
            similarities[i * n + j] = similarities[j * n + i] =
                TextFeatures::similarity(vectors[i], vectors[j]);
    }
    int best = fewest;
    double bestScore = -2;
    const int step = (most - fewest) / MaxGroupCountsTried + 1;
    for (int groups = fewest; groups <= most; groups += step) {
        const double score = silhouette(
            groupCards(vectors, termCount, groups, SearchSeedings), similarities, groups);
        if (score > bestScore + 1e-9) {
            bestScore = score;
            best = groups;
        }
    }
    return best;
}

// `total` groups shared among pools of cards by their sizes (largest remainder), each at most
// as many as its cards allow.
QList<int> sharesOf(const QList<QList<qsizetype>> &pools, int total)
{
    // A pool of one card makes no group, so it takes no share.
    const auto weight = [](const QList<qsizetype> &pool) {
        return pool.size() >= 2 ? pool.size() : qsizetype(0);
    };
    qsizetype cards = 0;
    for (const QList<qsizetype> &pool : pools)
        cards += weight(pool);
    QList<int> shares;
    std::vector<std::pair<double, int>> remainders; // (remainder, pool), largest first
    int given = 0;
    for (qsizetype i = 0; i < pools.size(); ++i) {
        const double exact =
            cards > 0 ? double(total) * double(weight(pools.at(i))) / double(cards) : 0.0;
        shares.append(int(std::floor(exact)));
        given += shares.last();
        remainders.emplace_back(exact - shares.last(), int(i));
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[remainder, pool] : remainders) {
        if (given >= total)
            break;
        ++shares[pool];
        ++given;
    }
    for (qsizetype i = 0; i < pools.size(); ++i) {
        shares[i] = std::min(shares.at(i),
                             ClusterSuggester::maximumGroupCount(int(pools.at(i).size())));
    }
    return shares;
}

} // namespace

int ClusterSuggester::suggestedGroupCount(Id phaseId) const
{
    const int cards = looseCardCount(phaseId);
    const QList<QList<qsizetype>> pools = areaPools(phaseId);
    if (cards < 2 || (cards > MaxCardsSearched && pools.size() == 1)) {
        const auto [fewest, most] = groupCountRange(cards);
        return std::clamp(defaultGroupCount(cards), fewest, most);
    }
    int termCount = 0;
    const std::vector<Vector> vectors = phaseVectors(phaseId, &termCount);
    int groups = 0;
    for (int count : bestCounts(pools, vectors, termCount))
        groups += count;
    return std::max(1, groups);
}

QList<int> ClusterSuggester::bestCounts(const QList<QList<qsizetype>> &pools,
                                        const std::vector<Vector> &vectors, int termCount)
{
    QList<int> counts;
    for (const QList<qsizetype> &pool : pools)
        counts.append(pool.size() >= 2 ? bestGroupCount(subset(vectors, pool), termCount) : 0);
    return counts;
}

QList<SuggestedCluster> ClusterSuggester::suggest(Id phaseId) const
{
    return suggestByArea(phaseId, std::nullopt);
}

QList<SuggestedCluster> ClusterSuggester::suggest(Id phaseId, int groups) const
{
    return suggestByArea(phaseId, groups);
}

QList<SuggestedCluster> ClusterSuggester::suggestByArea(Id phaseId,
                                                        std::optional<int> groups) const
{
    const QList<Id> ids = m_looseCards.value(phaseId);
    if (ids.size() < 2 || (groups && *groups < 1))
        return {};
    int termCount = 0;
    const std::vector<Vector> vectors = phaseVectors(phaseId, &termCount);

    // A group never joins cards of two areas of a divided wall (a SWOT wall's strengths and
    // threats answer different questions): each area's cards are grouped on their own, into
    // as many groups as suit them, or their share of the groups asked for.
    const QList<QList<qsizetype>> pools = areaPools(phaseId);
    const QList<int> counts =
        groups ? sharesOf(pools, std::min(*groups, maximumGroupCount(int(ids.size()))))
               : bestCounts(pools, vectors, termCount);
    QList<SuggestedCluster> result;
    for (qsizetype p = 0; p < pools.size(); ++p) {
        const QList<qsizetype> &pool = pools.at(p);
        if (pool.size() < 2 || counts.at(p) < 1)
            continue;
        const std::vector<int> groupOf =
            groupCards(subset(vectors, pool), termCount, counts.at(p));
        std::map<int, QList<Id>> members;
        for (qsizetype i = 0; i < pool.size(); ++i) {
            if (groupOf[size_t(i)] >= 0)
                members[groupOf[size_t(i)]].append(ids.at(pool.at(i)));
        }
        for (const auto &[group, cards] : members) {
            if (cards.size() >= 2) // one card alone is no group
                result.append({cards, heading(cards)});
        }
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
