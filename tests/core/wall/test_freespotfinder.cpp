#include <catch2/catch.hpp>

#include "core/wall/freespotfinder.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace weitblick;

TEST_CASE("A free spot is the first place in reading order that overlaps nothing", "[wall]")
{
    const QSizeF size(220, 110);
    FreeSpotFinder empty;
    CHECK(empty.find(size, QRectF(0, 0, 800, 1), 260, 10) == QPointF(0, 0));

    FreeSpotFinder finder({QRectF(0, 0, 220, 110)});
    CHECK(finder.find(size, QRectF(0, 0, 800, 1), 260, 10) == QPointF(260, 0));
    // A single column slides down below what is in the way.
    const QPointF below = finder.find(size, QRectF(0, 0, 100, 1), 260, 10);
    CHECK(below.x() == 0);
    CHECK(below.y() >= 120);
    CHECK(finder.isFree(QRectF(below, size), 9));
}

TEST_CASE("Free spots never overlap on a crowded wall of 2000 cards", "[wall]")
{
    QRandomGenerator random(7);
    QList<QRectF> rects;
    for (int i = 0; i < 2000; ++i)
        rects << QRectF(random.bounded(10000), random.bounded(6000), 220,
                        110 + random.bounded(100));
    FreeSpotFinder finder(rects);
    const QSizeF size(220, 130);
    for (int i = 0; i < 50; ++i) {
        const QRectF region(random.bounded(8000), random.bounded(5000), 1900, 1);
        const QPointF spot = finder.find(size, region, 260, 10);
        const QRectF placed(spot, size);
        CHECK(placed.left() >= region.left());
        CHECK(placed.top() >= region.top());
        const bool overlaps = std::any_of(rects.cbegin(), rects.cend(), [&](const QRectF &rect) {
            return rect.intersects(placed);
        });
        REQUIRE_FALSE(overlaps);
        finder.addObstacle(placed);
        rects << placed;
    }
    // How fast: bench_wall, "free spots: 50 among 2000 random cards".
}

TEST_CASE("A finder that places card after card finds what a fresh finder would", "[wall]")
{
    // The finder remembers how far each search slid; a fresh finder slides the whole way.
    QRandomGenerator random(11);
    QList<QRectF> rects;
    for (int i = 0; i < 300; ++i)
        rects << QRectF(random.bounded(3000), random.bounded(4000), 220, 110 + random.bounded(60));
    FreeSpotFinder finder(rects);
    const QRectF region(0, 0, 1800, 1);
    for (int i = 0; i < 400; ++i) {
        const QSizeF size(220, 110 + 20 * random.bounded(3));
        const QPointF spot = finder.find(size, region, 260, 10);
        REQUIRE(spot == FreeSpotFinder(rects).find(size, region, 260, 10));
        finder.addObstacle(QRectF(spot, size));
        rects << QRectF(spot, size);
    }
}
