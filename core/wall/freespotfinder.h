#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

namespace weitblick {

// Finds a place for a new card that overlaps nothing on the wall. The rectangles already there
// are kept in a uniform grid of buckets, so that even a wall of thousands of cards answers in
// a fraction of a millisecond.
class FreeSpotFinder
{
public:
    explicit FreeSpotFinder(const QList<QRectF> &obstacles = {});

    void addObstacle(const QRectF &rect);
    // True when the rectangle, grown by the gap on every side, touches no obstacle.
    bool isFree(const QRectF &rect, double gap = 0) const;

    // The top-left corner of the first free place of the given size in reading order: rows
    // from the region's top downwards, columns columnStep apart from its left edge, as many as
    // fit in its width (at least one). The region is open at the bottom, so there always is a
    // place, below everything in those columns if need be.
    QPointF find(QSizeF size, const QRectF &region, double columnStep, double gap) const;
    // The free place of the given size nearest to `from`, for something that has to move
    // aside: in its own column or up to `reach` columns to either side, at the first free place
    // at or below its top.
    QPointF nearest(QSizeF size, QPointF from, double columnStep, double gap, int reach = 6) const;

private:
    static constexpr double CellSize = 256;

    template<class F>
    void forEachCell(const QRectF &rect, F &&f) const;
    // The first free top at or below y for a rectangle of the size at x; stops at limit.
    double firstFreeTop(QSizeF size, double x, double y, double gap, double limit) const;

    // Where one search slid down to, so that the next with the same start does not slide past
    // the same rectangles again. Obstacles are only ever added, so nothing above it can have
    // become free. (A phone's card on a wall of thousands slid past every card of a column.)
    struct Slide
    {
        double x, y, width, height, gap;
        bool operator==(const Slide &) const = default;
    };
    friend size_t qHash(const Slide &slide, size_t seed)
    {
        return qHashMulti(seed, slide.x, slide.y, slide.width, slide.height, slide.gap);
    }

    QList<QRectF> m_rects;
    QHash<quint64, QList<int>> m_cells; // rectangle indexes by bucket
    mutable QHash<Slide, double> m_blockedUntil;
};

} // namespace weitblick
