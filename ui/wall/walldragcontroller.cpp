#include "walldragcontroller.h"

#include "carditem.h"
#include "clusteritem.h"
#include "wallscene.h"

#include "core/document/conferencedocument.h"
#include "core/wall/wallcommands.h"

#include <QGraphicsSceneMouseEvent>
#include <QSet>

namespace weitblick {

WallDragController::WallDragController(WallScene *scene) : m_scene(scene) {}

void WallDragController::reset()
{
    m_draggedCards.clear();
    m_draggedCluster = nullptr;
    m_dropTarget = nullptr;
}

void WallDragController::forgetCard(Id cardId)
{
    m_draggedCards.removeIf([&](const DraggedCard &d) { return d.cardId == cardId; });
}

void WallDragController::forgetItem(QGraphicsItem *item)
{
    if (m_dropTarget == item)
        m_dropTarget = nullptr;
    if (m_draggedCluster == item)
        m_draggedCluster = nullptr;
}

void WallDragController::pressed(QGraphicsSceneMouseEvent *event)
{
    m_draggedCards.clear();
    m_draggedCluster = nullptr;
    if (event->button() != Qt::LeftButton || !m_scene->isEditable())
        return;
    QGraphicsItem *grabber = m_scene->mouseGrabberItem();
    if (auto *card = qgraphicsitem_cast<CardItem *>(grabber)) {
        if (!card->isSelected())
            return;
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        for (QGraphicsItem *item : selected) {
            if (auto *selectedCard = qgraphicsitem_cast<CardItem *>(item))
                m_draggedCards.append({selectedCard->cardId(), selectedCard->pos()});
        }
    } else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(grabber)) {
        m_draggedCluster = cluster;
        m_clusterDragStart = event->scenePos();
        m_clusterDragLast = event->scenePos();
    }
}

void WallDragController::moved(QGraphicsSceneMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (m_draggedCluster) {
        const QPointF delta = event->scenePos() - m_clusterDragLast;
        m_clusterDragLast = event->scenePos();
        const Id clusterId = m_draggedCluster->clusterId();
        for (CardItem *item : m_scene->cardItems()) {
            if (item->card().clusterId == clusterId)
                item->moveBy(delta.x(), delta.y());
        }
        Cluster moved = m_draggedCluster->cluster();
        moved.pos += delta;
        m_draggedCluster->setCluster(moved);
        m_scene->fitClusters({clusterId});
        return;
    }
    if (m_draggedCards.isEmpty())
        return;
    QSet<Id> draggedIds;
    QSet<Id> clusters;
    for (const DraggedCard &d : std::as_const(m_draggedCards)) {
        if (CardItem *item = m_scene->cardItem(d.cardId)) {
            draggedIds.insert(d.cardId);
            item->setZValue(1);
            if (item->card().clusterId != NoId)
                clusters.insert(item->card().clusterId);
        }
    }
    // A cluster's frame stays with the cards that stay, so it shows where "out" begins.
    m_scene->fitClusters(clusters, draggedIds);
    setDropTarget(dropTargetAt(event->scenePos()));
}

void WallDragController::released(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_draggedCluster) {
        commitClusterDrag();
        m_draggedCluster = nullptr;
    }
    if (!m_draggedCards.isEmpty())
        commitCardDrag(event->scenePos());
    m_draggedCards.clear();
    setDropTarget(nullptr);
}

QGraphicsItem *WallDragController::dropTargetAt(QPointF scenePos) const
{
    if (m_scene->isTimeline() && m_scene->timeline().slotAt(scenePos))
        return nullptr; // a drop on the timeline sets the year and lane
    QSet<QGraphicsItem *> dragged;
    QSet<Id> ownClusters;
    for (const DraggedCard &d : m_draggedCards) {
        if (CardItem *item = m_scene->cardItem(d.cardId)) {
            dragged.insert(item);
            ownClusters.insert(item->card().clusterId);
        }
    }
    // Moving cards about inside their own cluster is no drop on it.
    const auto isOwn = [&](Id clusterId) {
        return ownClusters.size() == 1 && ownClusters.contains(clusterId);
    };
    if (auto *card = qgraphicsitem_cast<CardItem *>(m_scene->topItemAt(scenePos, dragged))) {
        const Id clusterId = card->card().clusterId;
        if (clusterId == NoId)
            return card;
        return isOwn(clusterId) ? nullptr : m_scene->clusterItem(clusterId);
    }
    const QList<QGraphicsItem *> found = m_scene->items(scenePos, Qt::IntersectsItemBoundingRect,
                                                        Qt::DescendingOrder);
    for (QGraphicsItem *item : found) {
        auto *cluster = qgraphicsitem_cast<ClusterItem *>(item);
        if (cluster && cluster->frameRect().contains(scenePos) && !isOwn(cluster->clusterId()))
            return cluster;
    }
    return nullptr;
}

void WallDragController::setDropTarget(QGraphicsItem *target)
{
    if (target == m_dropTarget)
        return;
    if (auto *card = qgraphicsitem_cast<CardItem *>(m_dropTarget))
        card->setDropTarget(false);
    else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(m_dropTarget))
        cluster->setDropTarget(false);
    m_dropTarget = target;
    if (auto *card = qgraphicsitem_cast<CardItem *>(target))
        card->setDropTarget(true);
    else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(target))
        cluster->setDropTarget(true);
}

void WallDragController::commitCardDrag(QPointF dropPos)
{
    QGraphicsItem *target = dropTargetAt(dropPos);
    const QList<DraggedCard> dragged = m_draggedCards;
    m_draggedCards.clear();
    setDropTarget(nullptr);

    QList<Id> ids;
    bool moved = false;
    for (const DraggedCard &d : dragged) {
        if (CardItem *item = m_scene->cardItem(d.cardId)) {
            item->setZValue(0);
            ids.append(d.cardId);
            moved = moved || item->pos() != d.start;
        }
    }
    if (!moved || ids.isEmpty())
        return;

    ConferenceDocument *document = m_scene->document();
    bool done = false;
    if (m_scene->isTimeline() && m_scene->timeline().slotAt(dropPos)) {
        done = dropOnTimeline(ids);
    } else if (auto *card = qgraphicsitem_cast<CardItem *>(target)) {
        const Id targetId = card->cardId();
        const std::optional<QString> heading = m_scene->askHeading();
        done = heading && commands::clusterOnCard(document, targetId, ids, *heading) != NoId;
    } else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(target)) {
        done = commands::addToCluster(document, cluster->clusterId(), ids);
    } else {
        done = dropOnWall(ids, dragged);
    }
    if (!done)
        resyncCards(dragged);
}

bool WallDragController::dropOnTimeline(const QList<Id> &ids)
{
    // Each card takes the year and lane under its centre.
    QList<commands::CardPlacement> placements;
    for (Id id : ids) {
        const CardItem *item = m_scene->cardItem(id);
        const std::optional<TimelineSlot> slot = m_scene->timeline().slotAt(
            item->sceneCardRect().center());
        placements.append({id, item->pos(), item->card().clusterId,
                           slot ? std::optional<int>(slot->year) : std::nullopt,
                           slot ? slot->lane : TimelineLane::None});
    }
    return commands::placeCards(m_scene->document(), placements);
}

bool WallDragController::dropOnWall(const QList<Id> &ids, const QList<DraggedCard> &dragged)
{
    // A card leaves its cluster when it lands outside the frame of the cards that stayed.
    const QSet<Id> draggedIds(ids.cbegin(), ids.cend());
    QHash<Id, QList<QRectF>> stayed;
    QHash<Id, int> cardsInCluster;
    for (CardItem *item : m_scene->cardItems()) {
        ++cardsInCluster[item->card().clusterId];
        if (item->card().clusterId != NoId && !draggedIds.contains(item->cardId()))
            stayed[item->card().clusterId].append(item->sceneCardRect());
    }
    // The only card of a cluster has no others that stay: it leaves when it lands outside the
    // frame it had before the drag. (Cards dragged with all the rest of their cluster move the
    // cluster along.)
    for (const DraggedCard &d : dragged) {
        const CardItem *item = m_scene->cardItem(d.cardId);
        if (item && item->card().clusterId != NoId
            && cardsInCluster.value(item->card().clusterId) == 1)
            stayed[item->card().clusterId].append(
                item->sceneCardRect().translated(d.start - item->pos()));
    }
    const bool timeline = m_scene->isTimeline();
    QList<commands::CardPlacement> placements;
    for (Id id : ids) {
        const CardItem *item = m_scene->cardItem(id);
        const Card &card = item->card();
        Id clusterId = card.clusterId;
        if (ClusterItem *clusterItem = m_scene->clusterItem(clusterId);
            clusterItem && stayed.contains(clusterId)
            && !clusterItem->frameFor(stayed.value(clusterId))
                    .contains(item->sceneCardRect().center()))
            clusterId = NoId;
        // Off the lanes of the timeline a card has no year.
        placements.append({id, item->pos(), clusterId, timeline ? std::nullopt : card.year,
                           timeline ? TimelineLane::None : card.lane});
    }
    return commands::placeCards(m_scene->document(), placements);
}

void WallDragController::commitClusterDrag()
{
    const QPointF delta = m_clusterDragLast - m_clusterDragStart;
    const Id clusterId = m_draggedCluster->clusterId();
    if (delta.manhattanLength() < 0.5)
        return;
    ConferenceDocument *document = m_scene->document();
    if (!commands::moveClusterWithCards(document, clusterId, delta)) {
        QList<DraggedCard> members;
        for (CardItem *item : m_scene->cardItems()) {
            if (item->card().clusterId == clusterId)
                members.append({item->cardId(), item->pos()});
        }
        if (const Cluster *cluster = document->conference().find<Cluster>(clusterId))
            m_draggedCluster->setCluster(*cluster);
        resyncCards(members);
    }
}

// Puts the cards back where the document has them, after a drag that made no undo step.
void WallDragController::resyncCards(const QList<DraggedCard> &cards)
{
    QSet<Id> clusters;
    for (const DraggedCard &d : cards) {
        if (CardItem *item = m_scene->cardItem(d.cardId)) {
            m_scene->placeCardItem(item);
            if (item->card().clusterId != NoId)
                clusters.insert(item->card().clusterId);
        }
    }
    m_scene->fitClusters(clusters);
}

} // namespace weitblick
