#include "sphericalkmeans.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace weitblick {

namespace {

// Rounds of moving cards between groups; the groups of a wall settle in far fewer.
constexpr int MaxRounds = 30;

} // namespace

SphericalKMeans::SphericalKMeans(const std::vector<Vector> &vectors, int termCount)
    : m_vectors(vectors)
    , m_termCount(termCount)
{
}

double SphericalKMeans::similarity(size_t a, size_t b) const
{
    return TextFeatures::similarity(m_vectors[a], m_vectors[b]);
}

std::vector<int> SphericalKMeans::group(int groups, int seedings) const
{
    std::vector<int> best(m_vectors.size(), -1);
    if (groups < 1 || m_vectors.empty())
        return best;
    double bestTightness = -1;
    for (int seeding = 0; seeding < seedings; ++seeding) {
        std::vector<int> groupOf = seeds(groups, unsigned(4711 + seeding));
        const double tightness = refine(groupOf, groups);
        if (tightness > bestTightness) {
            bestTightness = tightness;
            best = std::move(groupOf);
        }
    }
    return best;
}

std::vector<int> SphericalKMeans::seeds(int groups, unsigned randomState) const
{
    // k-means++: each next seed is drawn with a chance growing with its squared distance
    // from the seeds so far, so the seeds spread over the topics.
    const size_t n = m_vectors.size();
    std::minstd_rand random(randomState);
    const auto uniform = [&random] {
        return double(random() - random.min()) / double(random.max() - random.min());
    };
    std::vector<int> groupOf(n, -1);
    std::vector<double> distance(n, 1.0);
    size_t seed = size_t(uniform() * double(n - 1) + 0.5);
    for (int g = 0; g < groups; ++g) {
        groupOf[seed] = g;
        double sum = 0;
        for (size_t i = 0; i < n; ++i) {
            distance[i] = groupOf[i] >= 0 ? 0 : std::min(distance[i], 1 - similarity(i, seed));
            sum += distance[i] * distance[i];
        }
        if (sum <= 0)
            break;
        double pick = uniform() * sum;
        for (size_t i = 0; i < n; ++i) {
            if (distance[i] <= 0)
                continue;
            seed = i; // the last candidate, should rounding leave a rest of `pick`
            pick -= distance[i] * distance[i];
            if (pick <= 0)
                break;
        }
    }
    return groupOf;
}

double SphericalKMeans::refine(std::vector<int> &groupOf, int groups) const
{
    const size_t n = m_vectors.size();
    const size_t k = size_t(groups);
    // The group means, term by term: the means of one term lie side by side, so that a card
    // is compared with every group in one pass over its terms.
    std::vector<float> means(size_t(m_termCount) * k);
    std::vector<double> norms(k);
    std::vector<double> scores(k);
    double tightness = 0;
    for (int round = 0; round < MaxRounds; ++round) {
        std::fill(means.begin(), means.end(), 0.0f);
        for (size_t i = 0; i < n; ++i) {
            if (groupOf[i] < 0)
                continue;
            for (const TextFeatures::Entry &entry : m_vectors[i])
                means[size_t(entry.term) * k + size_t(groupOf[i])] += entry.weight;
        }
        // Only the direction counts: the dot product with a unit mean is the cosine.
        std::fill(norms.begin(), norms.end(), 0.0);
        for (size_t at = 0; at < means.size(); at += k) {
            for (size_t g = 0; g < k; ++g)
                norms[g] += double(means[at + g]) * means[at + g];
        }
        for (double &norm : norms)
            norm = norm > 0 ? 1 / std::sqrt(norm) : 0;
        for (size_t at = 0; at < means.size(); at += k) {
            for (size_t g = 0; g < k; ++g)
                means[at + g] = float(means[at + g] * norms[g]);
        }

        bool moved = false;
        tightness = 0;
        for (size_t i = 0; i < n; ++i) {
            std::fill(scores.begin(), scores.end(), 0.0);
            for (const TextFeatures::Entry &entry : m_vectors[i]) {
                const float *row = &means[size_t(entry.term) * k];
                for (size_t g = 0; g < k; ++g)
                    scores[g] += double(entry.weight) * row[g];
            }
            int nearest = -1;
            double nearestSimilarity = 0;
            for (size_t g = 0; g < k; ++g) {
                // Ties go to the lower group, so the result does not depend on rounding.
                if (scores[g] > nearestSimilarity + 1e-9) {
                    nearestSimilarity = scores[g];
                    nearest = int(g);
                }
            }
            tightness += nearestSimilarity;
            moved = moved || nearest != groupOf[i];
            groupOf[i] = nearest;
        }
        if (!moved)
            break;
    }
    return tightness;
}

} // namespace weitblick
