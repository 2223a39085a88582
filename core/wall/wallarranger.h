#pragma once

#include "core/model/id.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace weitblick {

// Lays a wall out tidily: each cluster becomes a column with its heading on top and its cards
// stacked below, the columns stand side by side in rows, and the cards outside clusters follow
// in columns of their own: in the last row of clusters when all of them fit there, else in rows
// of their own below, never one under a cluster. Pure geometry: the caller decides the order
// and the origin.
class WallArranger
{
public:
    struct Box
    {
        Id cardId = NoId;
        QSizeF size;
    };
    struct Column
    {
        Id clusterId = NoId;      // NoId: a column of cards outside clusters, without heading
        QList<Box> cards;         // top to bottom
        double headingHeight = 0; // of the cluster's heading strip, which may be taller than
                                  // the room a heading usually has
    };
    struct Result
    {
        QHash<Id, QPointF> cardPos;
        QHash<Id, QPointF> clusterPos; // the top-left of each cluster's heading block
        QRectF bounds;
    };

    // Cards outside clusters are cut into columns no taller than the tallest cluster, or than
    // four cards when that is taller, or than maxHeight when one is given.
    static QList<Column> withLooseCards(QList<Column> clusters, const QList<Box> &looseCards,
                                        double maxHeight = 0);
    // Lays the columns out from the origin, at most maxColumns per row; 0 picks the number that
    // makes the whole about as wide as a 16:9 screen.
    static Result arrange(const QList<Column> &columns, QPointF origin, int maxColumns = 0);

    // From the top of a cluster's column to its first card: room for its heading strip.
    static double headingBlock(const Column &column);
    static double columnHeight(const Column &column);

private:
    // The columns of each row: clusters maxColumns to a row, then the loose columns.
    static QList<QList<qsizetype>> rowsOf(const QList<Column> &columns, int maxColumns);
};

} // namespace weitblick
