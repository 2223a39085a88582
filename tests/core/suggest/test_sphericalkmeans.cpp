#include <catch2/catch.hpp>

#include "core/suggest/sphericalkmeans.h"

#include <cmath>

using namespace weitblick;

namespace {

// A unit vector with equal weights on the terms.
TextFeatures::Vector unit(std::initializer_list<int> terms)
{
    TextFeatures::Vector vector;
    for (int term : terms)
        vector.push_back({term, float(1 / std::sqrt(double(terms.size())))});
    return vector;
}

} // namespace

TEST_CASE("Spherical k-means groups vectors by direction", "[suggest]")
{
    // Two topics (terms 0-1 and 2-3), a card between them, one with a term of its own and
    // one without any term.
    const std::vector<TextFeatures::Vector> vectors = {
        unit({0}), unit({0, 1}), unit({1}), unit({2}), unit({2, 3}), unit({3}),
        unit({5}), {},
    };
    const SphericalKMeans kmeans(vectors, 6);
    const std::vector<int> groups = kmeans.group(2);
    REQUIRE(groups.size() == vectors.size());
    CHECK(groups[0] >= 0);
    CHECK(groups[0] == groups[1]);
    CHECK(groups[1] == groups[2]);
    CHECK(groups[3] >= 0);
    CHECK(groups[3] == groups[4]);
    CHECK(groups[4] == groups[5]);
    CHECK(groups[0] != groups[3]);
    CHECK(groups[6] == -1); // shares no term with either group
    CHECK(groups[7] == -1);
    CHECK(kmeans.group(2) == groups); // the same every time

    // One group takes every vector that shares a term with it; none for no groups.
    const std::vector<int> one = SphericalKMeans(vectors, 6).group(1);
    CHECK(std::count(one.begin(), one.end(), 0) >= 3);
    CHECK(SphericalKMeans(vectors, 6).group(0) == std::vector<int>(vectors.size(), -1));
    CHECK(SphericalKMeans({}, 0).group(3).empty());
}
