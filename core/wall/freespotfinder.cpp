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

QPointF FreeSpotFinder::find(QSizeF size, const QRectF &region, double columnStep,
                             double gap) const
{
    const int columns = std::max(1, int((region.width() - size.width()) / columnStep) + 1);
    QPointF best;
    double bestY = std::numeric_limits<double>::max();
    for (int column = 0; column < columns; ++column) {
        const double x = region.left() + column * columnStep;
        double y = region.top();
        // Slide down past whatever is in the way: nothing above the lowest bottom of the
        // rectangles hit can be free, so the next try starts below it.
        for (;;) {
            if (y >= bestY)
                break;
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
            if (below == -std::numeric_limits<double>::max()) {
                best = QPointF(x, y);
                bestY = y;
                break;
            }
            // Whole units, so that cards typed one under another line up on the grid.
            y = std::ceil(below + gap);
        }
    }
    return best;
}

} // namespace weitblick
