#include "freespotfinder.h"

#include <cmath>
#include <limits>

namespace weitblick {

namespace {

quint64 cellKey(qint64 column, qint64 row)
{
    return (quint64(quint32(qint32(column))) << 32) | quint32(qint32(row));
}

} // namespace

FreeSpotFinder::FreeSpotFinder(const QList<QRectF> &obstacles)
{
    m_rects.reserve(obstacles.size());
    for (const QRectF &rect : obstacles)
        addObstacle(rect);
}

template<class F>
void FreeSpotFinder::forEachCell(const QRectF &rect, F &&f) const
{
    const qint64 left = qint64(std::floor(rect.left() / CellSize));
    const qint64 right = qint64(std::floor(rect.right() / CellSize));
    const qint64 top = qint64(std::floor(rect.top() / CellSize));
    const qint64 bottom = qint64(std::floor(rect.bottom() / CellSize));
    for (qint64 row = top; row <= bottom; ++row) {
        for (qint64 column = left; column <= right; ++column)
            f(cellKey(column, row));
    }
}

void FreeSpotFinder::addObstacle(const QRectF &rect)
{
    if (!rect.isValid())
        return;
    const int index = int(m_rects.size());
    m_rects.append(rect);
    forEachCell(rect, [&](quint64 key) { m_cells[key].append(index); });
}

bool FreeSpotFinder::isFree(const QRectF &rect, double gap) const
{
    const QRectF grown = rect.adjusted(-gap, -gap, gap, gap);
    bool free = true;
    forEachCell(grown, [&](quint64 key) {
        if (!free)
            return;
        const auto it = m_cells.constFind(key);
        if (it == m_cells.cend())
            return;
        for (int index : *it) {
            if (m_rects.at(index).intersects(grown)) {
                free = false;
                return;
            }
        }
    });
    return free;
}

double FreeSpotFinder::firstFreeTop(QSizeF size, double x, double y, double gap,
                                    double limit) const
{
    const Slide slide{x, y, size.width(), size.height(), gap};
    auto blockedUntil = m_blockedUntil.find(slide);
    if (blockedUntil == m_blockedUntil.end())
        blockedUntil = m_blockedUntil.insert(slide, y);
    y = std::max(y, *blockedUntil);
    // Slide down past whatever is in the way: nothing above the lowest bottom of the
    // rectangles hit can be free, so the next try starts below it.
    while (y < limit) {
        const QRectF grown = QRectF(QPointF(x, y), size).adjusted(-gap, -gap, gap, gap);
        double below = -std::numeric_limits<double>::max();
        forEachCell(grown, [&](quint64 key) {
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return;
            for (int index : *it) {
                const QRectF &rect = m_rects.at(index);
                if (rect.intersects(grown))
                    below = std::max(below, rect.bottom());
            }
        });
        if (below == -std::numeric_limits<double>::max())
            break;
        // Whole units, so that cards typed one under another line up on the grid.
        y = std::ceil(below + gap);
    }
    *blockedUntil = y;
    return std::min(y, limit);
}

QPointF FreeSpotFinder::find(QSizeF size, const QRectF &region, double columnStep,
                             double gap) const
{
    const int columns = std::max(1, int((region.width() - size.width()) / columnStep) + 1);
    QPointF best;
    double bestY = std::numeric_limits<double>::max();
    for (int column = 0; column < columns; ++column) {
        const double x = region.left() + column * columnStep;
        const double y = firstFreeTop(size, x, region.top(), gap, bestY);
        if (y < bestY) {
            best = QPointF(x, y);
            bestY = y;
        }
    }
    return best;
}

QPointF FreeSpotFinder::nearest(QSizeF size, QPointF from, double columnStep, double gap,
                                int reach) const
{
    QPointF best;
    double bestDistance = std::numeric_limits<double>::max();
    for (int step = 0; step <= 2 * reach; ++step) {
        // 0, -1, +1, -2, +2, …: nearer columns first, so that ties stay close.
        const int column = step % 2 ? -(step + 1) / 2 : step / 2;
        const double dx = column * columnStep;
        if (std::abs(dx) >= bestDistance)
            continue;
        const double limit = from.y() + std::sqrt(bestDistance * bestDistance - dx * dx);
        const double y = firstFreeTop(size, from.x() + dx, from.y(), gap,
                                      std::min(limit, std::numeric_limits<double>::max()));
        const double distance = std::hypot(dx, y - from.y());
        if (y < limit && distance < bestDistance) {
            best = QPointF(from.x() + dx, y);
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace weitblick
