#include "wallarranger.h"

#include "cardgeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace weitblick {

namespace {

constexpr double RowOfColumnsGap = 60;

// Total height of the rows when the columns are laid out maxColumns to a row.
double heightWith(const QList<double> &heights, int maxColumns)
{
    double total = 0;
    for (qsizetype start = 0; start < heights.size(); start += maxColumns) {
        const auto end = heights.begin() + std::min<qsizetype>(start + maxColumns, heights.size());
        total += *std::max_element(heights.begin() + start, end) + RowOfColumnsGap;
    }
    return total - RowOfColumnsGap;
}

} // namespace

double WallArranger::columnHeight(const Column &column)
{
    double height = column.clusterId != NoId ? CardGeometry::ClusterHeadingHeight : 0;
    for (const Box &box : column.cards)
        height += box.size.height() + CardGeometry::RowGap;
    return column.cards.isEmpty() ? height : height - CardGeometry::RowGap;
}

QList<WallArranger::Column> WallArranger::withLooseCards(QList<Column> clusters,
                                                         const QList<Box> &looseCards,
                                                         double maxHeight)
{
    double limit = 4 * (CardGeometry::MinCardHeight + CardGeometry::RowGap);
    for (const Column &column : clusters)
        limit = std::max(limit, columnHeight(column));
    if (maxHeight > 0)
        limit = maxHeight;
    Column current;
    double height = 0;
    for (const Box &box : looseCards) {
        if (!current.cards.isEmpty() && height + box.size.height() > limit) {
            clusters.append(current);
            current = Column();
            height = 0;
        }
        current.cards.append(box);
        height += box.size.height() + CardGeometry::RowGap;
    }
    if (!current.cards.isEmpty())
        clusters.append(current);
    return clusters;
}

WallArranger::Result WallArranger::arrange(const QList<Column> &columns, QPointF origin,
                                           int maxColumns)
{
    Result result;
    if (columns.isEmpty())
        return result;
    QList<double> heights;
    heights.reserve(columns.size());
    for (const Column &column : columns)
        heights << columnHeight(column);

    if (maxColumns <= 0) {
        // The number of columns whose layout comes closest to the shape of a wide screen.
        const double wanted = std::log(16.0 / 9.0);
        double bestDistance = std::numeric_limits<double>::max();
        maxColumns = 1;
        for (int count = 1; count <= columns.size(); ++count) {
            const double width = count * CardGeometry::ColumnStep - CardGeometry::ColumnGap;
            const double height = std::max(1.0, heightWith(heights, count));
            const double distance = std::abs(std::log(width / height) - wanted);
            if (distance < bestDistance) {
                bestDistance = distance;
                maxColumns = count;
            }
        }
    }

    double rowTop = origin.y();
    for (qsizetype start = 0; start < columns.size(); start += maxColumns) {
        const qsizetype end = std::min<qsizetype>(start + maxColumns, columns.size());
        double tallest = 0;
        for (qsizetype i = start; i < end; ++i) {
            const Column &column = columns.at(i);
            const double x = origin.x() + (i - start) * CardGeometry::ColumnStep;
            double y = rowTop;
            if (column.clusterId != NoId) {
                result.clusterPos.insert(column.clusterId, QPointF(x, y));
                y += CardGeometry::ClusterHeadingHeight;
            }
            for (const Box &box : column.cards) {
                result.cardPos.insert(box.cardId, QPointF(x, y));
                result.bounds |= QRectF(QPointF(x, y), box.size);
                y += box.size.height() + CardGeometry::RowGap;
            }
            result.bounds |= QRectF(x, rowTop, CardGeometry::CardWidth, heights.at(i));
            tallest = std::max(tallest, heights.at(i));
        }
        rowTop += tallest + RowOfColumnsGap;
    }
    return result;
}

} // namespace weitblick
