#include "roommaker.h"

#include "cardgeometry.h"
#include "freespotfinder.h"
#include "wallgeometry.h"

#include <algorithm>

namespace weitblick {

namespace {

// Top to bottom, then left to right.
bool readsBefore(const QRectF &a, const QRectF &b)
{
    return std::pair(a.top(), a.left()) < std::pair(b.top(), b.left());
}

} // namespace

void RoomMaker::makeRoom(const Conference &conference, Id phaseId, const QSet<Id> &clusterIds,
                         ChangeSet *changes)
{
    WallGeometry wall(conference, phaseId, *changes);
    const QHash<Id, Card> cardsBefore = wall.cards();
    const QHash<Id, Cluster> clustersBefore = wall.clusters();
    QList<Id> touched(clusterIds.cbegin(), clusterIds.cend());
    std::sort(touched.begin(), touched.end());

    constexpr double Gap = CardGeometry::RowGap;
    for (Id clusterId : std::as_const(touched)) {
        if (!wall.clusterShapes().contains(clusterId))
            continue;
        if (wall.isClusterBlocked(clusterId)) {
            const QRectF frame = wall.clusterShapes().value(clusterId).frame;
            const FreeSpotFinder finder(wall.obstaclesBesides(clusterId));
            const QPointF to = finder.nearest(frame.size(), frame.topLeft(),
                                              CardGeometry::ColumnStep, Gap);
            wall.moveCluster(clusterId, to - frame.topLeft());
        }
        const QRectF frame = wall.clusterShapes().value(clusterId).frame;
        QList<Id> covered;
        for (const Card &card : wall.cards()) {
            if (card.clusterId == NoId && !wall.isOnTimeline(card.id)
                && wall.cardRect(card.id).intersects(frame))
                covered.append(card.id);
        }
        std::sort(covered.begin(), covered.end(), [&](Id a, Id b) {
            return readsBefore(wall.cardRect(a), wall.cardRect(b));
        });
        for (Id cardId : std::as_const(covered)) {
            const QRectF rect = wall.cardRect(cardId);
            const FreeSpotFinder finder(wall.obstaclesBesides(NoId, cardId));
            wall.moveCard(cardId, finder.nearest(rect.size(), rect.topLeft(),
                                                 CardGeometry::ColumnStep, Gap));
        }
    }

    ChangeSet moves;
    for (const Card &card : wall.cards()) {
        const Card &before = cardsBefore[card.id];
        if (before.pos != card.pos)
            moves.modify(before, card);
    }
    for (const Cluster &cluster : wall.clusters()) {
        const Cluster &before = clustersBefore[cluster.id];
        if (before.pos != cluster.pos)
            moves.modify(before, cluster);
    }
    *changes = changes->followedBy(moves);
}

} // namespace weitblick
