#pragma once

#include "core/model/id.h"

#include <QList>
#include <QPointF>

class QGraphicsItem;
class QGraphicsSceneMouseEvent;

namespace weitblick {

class ClusterItem;
class WallScene;

// Turns the drags on a wall into single undo steps: cards moved about, dropped on a card (a new
// cluster of both), on a cluster (joining it), out of their cluster's frame (leaving it) or
// onto the Past timeline (taking its year and lane); a cluster's heading drags the cluster with
// its cards. While a drag runs it marks the drop target and keeps each frame around the cards
// that stay. The scene hands it its mouse events after handling them itself.
class WallDragController
{
public:
    explicit WallDragController(WallScene *scene);

    void pressed(QGraphicsSceneMouseEvent *event);
    void moved(QGraphicsSceneMouseEvent *event);
    void released(QGraphicsSceneMouseEvent *event);

    // Ends any drag without an undo step, before the scene deletes its items.
    void reset();
    // Lets go of an item the scene is about to delete.
    void forgetCard(Id cardId);
    void forgetItem(QGraphicsItem *item);

private:
    struct DraggedCard
    {
        Id cardId;
        QPointF start;
    };

    QGraphicsItem *dropTargetAt(QPointF scenePos) const;
    void setDropTarget(QGraphicsItem *target);
    void commitCardDrag(QPointF dropPos);
    bool dropOnTimeline(const QList<Id> &ids);
    bool dropOnWall(const QList<Id> &ids, const QList<DraggedCard> &dragged);
    void commitClusterDrag();
    void resyncCards(const QList<DraggedCard> &cards);

    WallScene *m_scene;
    QList<DraggedCard> m_draggedCards;
    ClusterItem *m_draggedCluster = nullptr;
    QPointF m_clusterDragStart;
    QPointF m_clusterDragLast;
    QGraphicsItem *m_dropTarget = nullptr;
};

} // namespace weitblick
