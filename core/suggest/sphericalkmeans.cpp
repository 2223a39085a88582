#include "sphericalkmeans.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace weitblick {

namespace {

// Each seeding lands in another local optimum; ten were enough on the tuning cards.
constexpr int Seedings = 10;
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

std::vector<int> SphericalKMeans::group(int groups) const
{
    std::vector<int> best(m_vectors.size(), -1);
    if (groups < 1 || m_vectors.empty())
        return best;
    double bestTightness = -1;
    for (int seeding = 0; seeding < Seedings; ++seeding) {
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
    std::vector<std::vector<float>> means(static_cast<size_t>(groups), std::vector<float>());
    double tightness = 0;
    for (int round = 0; round < MaxRounds; ++round) {
        for (std::vector<float> &mean : means)
            mean.assign(size_t(m_termCount), 0.0f);
        for (size_t i = 0; i < n; ++i) {
            if (groupOf[i] < 0)
                continue;
            for (const TextFeatures::Entry &entry : m_vectors[i])
                means[size_t(groupOf[i])][size_t(entry.term)] += entry.weight;
        }
        // Only the direction counts: the dot product with a unit mean is the cosine.
        for (std::vector<float> &mean : means) {
            double norm = 0;
            for (float w : mean)
                norm += double(w) * w;
            if (norm > 0) {
                const float scale = float(1 / std::sqrt(norm));
                for (float &w : mean)
                    w *= scale;
            }
        }
        bool moved = false;
        tightness = 0;
        for (size_t i = 0; i < n; ++i) {
            int nearest = -1;
            double nearestSimilarity = 0;
            for (int g = 0; g < groups; ++g) {
                double s = 0;
                for (const TextFeatures::Entry &entry : m_vectors[i])
                    s += double(entry.weight) * means[size_t(g)][size_t(entry.term)];
                // Ties go to the lower group, so the result does not depend on rounding.
                if (s > nearestSimilarity + 1e-9) {
                    nearestSimilarity = s;
                    nearest = g;
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
