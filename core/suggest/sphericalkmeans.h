#pragma once

#include "textfeatures.h"

#include <vector>

namespace weitblick {

// Groups unit vectors by direction (spherical k-means): each vector joins the group whose mean
// direction is closest to it, and the means follow their members until nothing moves. Seeds
// are drawn k-means++ style from a fixed random sequence, so the same cards always give the
// same groups; of several seedings the tightest grouping wins. Terms are numbered densely
// (0 … termCount - 1). A vector that shares no term with any group mean stays in none.
class SphericalKMeans
{
public:
    using Vector = TextFeatures::Vector;

    SphericalKMeans(const std::vector<Vector> &vectors, int termCount);

    // Each seeding lands in another local optimum; ten were enough on the tuning cards.
    static constexpr int DefaultSeedings = 10;

    // The group (0 … groups - 1) of each vector, or -1 for none: the tightest of `seedings`
    // groupings.
    std::vector<int> group(int groups, int seedings = DefaultSeedings) const;

private:
    std::vector<int> seeds(int groups, unsigned randomState) const;
    // Moves the vectors between groups until none moves; returns the summed similarity of
    // each vector to its group's mean.
    double refine(std::vector<int> &groupOf, int groups) const;
    double similarity(size_t a, size_t b) const;

    const std::vector<Vector> &m_vectors;
    int m_termCount;
};

} // namespace weitblick
