#pragma once

#include "timelinelayout.h"
#include "wallareas.h"

#include "core/model/changeset.h"
#include "core/model/conference.h"

#include <QHash>
#include <QList>
#include <QRectF>

namespace weitblick {

// What one phase wall draws, from the model alone and as the wall scene draws it: each card's
// rectangle (on the Past timeline at its year), each cluster's heading strip and frame, and the
// timeline or the labelled areas behind them. Given pending changes, it is the wall as it will
// be after them, so that an edit can be checked and set right before it is pushed. Placing new
// cards, making room and the tests all reckon with these rectangles.
class WallGeometry
{
public:
    struct ClusterShape
    {
        QRectF heading;
        QRectF frame; // around the heading and the cards
    };

    WallGeometry(const Conference &conference, Id phaseId, const ChangeSet &pending = {});

    Id phaseId() const { return m_phaseId; }
    bool isTimeline() const { return m_isTimeline; }
    const TimelineLayout &timeline() const { return m_timeline; }
    const WallAreas &areas() const { return m_areas; }

    // The phase's cards and clusters, after the pending changes.
    const QHash<Id, Card> &cards() const { return m_cards; }
    const QHash<Id, Cluster> &clusters() const { return m_clusters; }
    QRectF cardRect(Id cardId) const { return m_cardRects.value(cardId); }
    // A card the timeline places by its year; moving its stored position does not move it.
    bool isOnTimeline(Id cardId) const { return m_timeline.contains(cardId); }
    // The clusters drawn: not one whose cards all sit on the timeline.
    const QHash<Id, ClusterShape> &clusterShapes() const { return m_shapes; }

    // Everything on the wall that a card must not cover: cards, cluster frames with their
    // headings, the captions of the areas and the timeline.
    QList<QRectF> obstacles() const;
    // The same without the cluster with its cards, or without the card.
    QList<QRectF> obstaclesBesides(Id clusterId, Id cardId = NoId) const;
    // Whether anything but loose cards lies under the cluster's frame: another cluster, a
    // caption or the timeline.
    bool isClusterBlocked(Id clusterId) const;
    // The bounds of the cards and the clusters drawn; null on an empty wall.
    QRectF contentRect() const;
    // The bounds of the cluster frames, the part of the wall already sorted; null without.
    QRectF clusterBounds() const;

    // Moves a card's stored position (not one on the timeline), with its cluster's frame.
    void moveCard(Id cardId, QPointF pos);
    // Moves a cluster with its cards (those not on the timeline).
    void moveCluster(Id clusterId, QPointF delta);

private:
    QList<QRectF> fixedObstacles() const;
    void fitCluster(Id clusterId);

    Id m_phaseId;
    bool m_isTimeline = false;
    TimelineLayout m_timeline;
    WallAreas m_areas;
    QHash<Id, Card> m_cards;
    QHash<Id, Cluster> m_clusters;
    QHash<Id, QRectF> m_cardRects;
    QHash<Id, QList<Id>> m_members; // the cards of each cluster
    QHash<Id, ClusterShape> m_shapes;
};

} // namespace weitblick
