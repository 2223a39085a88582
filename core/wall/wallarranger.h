#pragma once

#include "core/model/id.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace weitblick {

// Lays a wall out tidily: each cluster becomes a column with its heading on top and its cards
// stacked below, the columns stand side by side in rows, and the cards outside clusters follow
// in columns of their own. Pure geometry: the caller decides the order and the origin.
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
        Id clusterId = NoId; // NoId: a column of cards outside clusters, without heading
        QList<Box> cards;    // top to bottom
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

    static double columnHeight(const Column &column);
};

} // namespace weitblick
