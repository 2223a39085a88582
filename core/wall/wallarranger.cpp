#include "wallarranger.h"

#include "cardgeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace weitblick {

namespace {

constexpr double RowOfColumnsGap = 60;

} // namespace

double WallArranger::headingBlock(const Column &column)
{
    if (column.clusterId == NoId)
        return 0;
    return std::max(CardGeometry::ClusterHeadingHeight,
                    column.headingHeight + CardGeometry::RowGap);
}

double WallArranger::columnHeight(const Column &column)
{
    double height = headingBlock(column);
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

QList<QList<qsizetype>> WallArranger::rowsOf(const QList<Column> &columns, int maxColumns)
{
    QList<QList<qsizetype>> rows;
    qsizetype loose = 0;
    while (loose < columns.size() && columns.at(loose).clusterId != NoId)
        ++loose;
    for (qsizetype i = 0; i < loose; ++i) {
        if (rows.isEmpty() || rows.constLast().size() == maxColumns)
            rows.append(QList<qsizetype>());
        rows.last().append(i);
    }
    // The loose cards join the last row of clusters only when all of them fit there, so that
    // none stands under a cluster as if it belonged to it.
    const bool share = !rows.isEmpty() && rows.constLast().size() + (columns.size() - loose)
                                              <= maxColumns;
    for (qsizetype i = loose; i < columns.size(); ++i) {
        if (rows.isEmpty() || rows.constLast().size() == maxColumns || (i == loose && !share))
            rows.append(QList<qsizetype>());
        rows.last().append(i);
    }
    return rows;
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
    const auto heightOf = [&](const QList<QList<qsizetype>> &rows) {
        double total = 0;
        for (const QList<qsizetype> &row : rows) {
            double tallest = 0;
            for (qsizetype i : row)
                tallest = std::max(tallest, heights.at(i));
            total += tallest + RowOfColumnsGap;
        }
        return total - RowOfColumnsGap;
    };

    if (maxColumns <= 0) {
        // The number of columns whose layout comes closest to the shape of a wide screen.
        const double wanted = std::log(16.0 / 9.0);
        double bestDistance = std::numeric_limits<double>::max();
        maxColumns = 1;
        for (int count = 1; count <= columns.size(); ++count) {
            const double width = count * CardGeometry::ColumnStep - CardGeometry::ColumnGap;
            const double height = std::max(1.0, heightOf(rowsOf(columns, count)));
            const double distance = std::abs(std::log(width / height) - wanted);
            if (distance < bestDistance) {
                bestDistance = distance;
                maxColumns = count;
            }
        }
    }

    double rowTop = origin.y();
    for (const QList<qsizetype> &row : rowsOf(columns, maxColumns)) {
        double tallest = 0;
        for (qsizetype place = 0; place < row.size(); ++place) {
            const qsizetype i = row.at(place);
            const Column &column = columns.at(i);
            const double x = origin.x() + place * CardGeometry::ColumnStep;
            double y = rowTop;
            if (column.clusterId != NoId)
                result.clusterPos.insert(column.clusterId, QPointF(x, y));
            y += headingBlock(column);
            for (const Box &box : column.cards) {
                result.cardPos.insert(box.cardId, QPointF(x, y));
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
