#include "wallgeometry.h"

#include "cardgeometry.h"
#include "clustergeometry.h"

namespace weitblick {

namespace {

// The entities of one kind after the pending changes: changed and added ones by id, and the
// ids of the removed ones.
template<class T>
struct Pending
{
    QHash<Id, T> after;
    QSet<Id> removed;

    explicit Pending(const ChangeSet &changes)
    {
        for (const EntityChange &change : changes.changes()) {
            if (change.kind() != kindOf<T>)
                continue;
            if (change.after) {
                after.insert(change.id(), std::get<T>(*change.after));
                removed.remove(change.id());
            } else {
                after.remove(change.id());
                removed.insert(change.id());
            }
        }
    }

    // Calls f with each entity as it is after the changes.
    template<class F>
    void forEach(const EntityMap<T> &stored, F &&f) const
    {
        for (const T &entity : stored) {
            if (!removed.contains(entity.id) && !after.contains(entity.id))
                f(entity);
        }
        for (const T &entity : after)
            f(entity);
    }
};

} // namespace

WallGeometry::WallGeometry(const Conference &conference, Id phaseId, const ChangeSet &pending)
    : m_phaseId(phaseId)
{
    const Phase *phase = conference.find<Phase>(phaseId);
    if (!phase)
        return;
    m_isTimeline = phase->kind == PhaseKind::Past;
    m_areas = WallAreas::forPhase(*phase, conference);

    Pending<Card>(pending).forEach(conference.all<Card>(), [&](const Card &card) {
        if (card.phaseId == phaseId)
            m_cards.insert(card.id, card);
    });
    Pending<Cluster>(pending).forEach(conference.all<Cluster>(), [&](const Cluster &cluster) {
        if (cluster.phaseId == phaseId)
            m_clusters.insert(cluster.id, cluster);
    });

    QList<TimelineLayout::Entry> dated;
    for (const Card &card : std::as_const(m_cards)) {
        const QSizeF size = CardGeometry::size(card.text, card.form);
        m_cardRects.insert(card.id, QRectF(card.pos, size));
        if (m_isTimeline && TimelineLayout::isOnTimeline(card))
            dated.append({card.id, *card.year, card.lane, size});
        if (m_clusters.contains(card.clusterId))
            m_members[card.clusterId].append(card.id);
    }
    if (m_isTimeline) {
        m_timeline = TimelineLayout(dated);
        for (const TimelineLayout::Entry &entry : std::as_const(dated))
            m_cardRects[entry.cardId].moveTopLeft(m_timeline.cardPos(entry.cardId));
    }
    for (const Cluster &cluster : std::as_const(m_clusters))
        fitCluster(cluster.id);
}

void WallGeometry::fitCluster(Id clusterId)
{
    const Cluster &cluster = m_clusters[clusterId];
    QList<QRectF> rects;
    bool onTimeline = false;
    for (Id cardId : m_members.value(clusterId)) {
        // The timeline places its cards by year; the frame shows only around the others.
        if (isOnTimeline(cardId))
            onTimeline = true;
        else
            rects.append(m_cardRects.value(cardId));
    }
    if (rects.isEmpty() && onTimeline) {
        m_shapes.remove(clusterId);
        return;
    }
    ClusterShape shape;
    shape.heading = ClusterGeometry::headingRect(
        cluster.pos, CardGeometry::size(cluster.heading, CardForm::Heading), rects);
    shape.frame = ClusterGeometry::frameRect(shape.heading, rects);
    m_shapes.insert(clusterId, shape);
}

QList<QRectF> WallGeometry::fixedObstacles() const
{
    QList<QRectF> rects;
    for (const WallAreas::Caption &caption : m_areas.captions())
        rects.append(caption.rect);
    if (m_isTimeline)
        rects.append(m_timeline.bounds());
    return rects;
}

QList<QRectF> WallGeometry::obstacles() const
{
    return obstaclesBesides(NoId);
}

QList<QRectF> WallGeometry::obstaclesBesides(Id clusterId, Id cardId) const
{
    QList<QRectF> rects = fixedObstacles();
    rects.reserve(rects.size() + m_cardRects.size() + m_shapes.size());
    for (auto it = m_cardRects.cbegin(); it != m_cardRects.cend(); ++it) {
        const bool besides = it.key() == cardId
                             || (clusterId != NoId && m_cards.value(it.key()).clusterId == clusterId);
        if (!besides)
            rects.append(it.value());
    }
    for (auto it = m_shapes.cbegin(); it != m_shapes.cend(); ++it) {
        if (it.key() != clusterId)
            rects.append(it->frame);
    }
    return rects;
}

bool WallGeometry::isClusterBlocked(Id clusterId) const
{
    const auto shape = m_shapes.constFind(clusterId);
    if (shape == m_shapes.cend())
        return false;
    const QRectF &frame = shape->frame;
    for (const QRectF &rect : fixedObstacles()) {
        if (rect.intersects(frame))
            return true;
    }
    for (auto it = m_shapes.cbegin(); it != m_shapes.cend(); ++it) {
        if (it.key() != clusterId && it->frame.intersects(frame))
            return true;
    }
    return false;
}

QRectF WallGeometry::contentRect() const
{
    QRectF content;
    for (const QRectF &rect : m_cardRects)
        content |= rect;
    for (const ClusterShape &shape : m_shapes)
        content |= shape.frame;
    return content;
}

QRectF WallGeometry::clusterBounds() const
{
    QRectF bounds;
    for (const ClusterShape &shape : m_shapes)
        bounds |= shape.frame;
    return bounds;
}

void WallGeometry::moveCard(Id cardId, QPointF pos)
{
    if (!m_cards.contains(cardId) || isOnTimeline(cardId))
        return;
    Card &card = m_cards[cardId];
    card.pos = pos;
    m_cardRects[cardId].moveTopLeft(pos);
    if (m_clusters.contains(card.clusterId))
        fitCluster(card.clusterId);
}

void WallGeometry::moveCluster(Id clusterId, QPointF delta)
{
    if (!m_clusters.contains(clusterId))
        return;
    m_clusters[clusterId].pos += delta;
    for (Id cardId : m_members.value(clusterId)) {
        if (isOnTimeline(cardId))
            continue;
        Card &card = m_cards[cardId];
        card.pos += delta;
        m_cardRects[cardId].moveTopLeft(card.pos);
    }
    fitCluster(clusterId);
}

} // namespace weitblick
