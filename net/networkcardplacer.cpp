#include "networkcardplacer.h"

#include "core/wall/cardgeometry.h"

#include <cmath>

namespace weitblick {

namespace {

// The frame drawn around a cluster's cards and heading (as ClusterItem draws it).
constexpr double ClusterFramePadding = 14;
// An empty wall gets this many columns.
constexpr int EmptyWallColumns = 6;

QRectF cardRect(const Card &card)
{
    return QRectF(card.pos, CardGeometry::layout(card.text, card.form).size);
}

// The wall an entity is on, for the cards and clusters that shape a wall.
std::optional<Id> wallOf(const AnyEntity &entity)
{
    if (const Card *card = std::get_if<Card>(&entity))
        return card->phaseId;
    if (const Cluster *cluster = std::get_if<Cluster>(&entity))
        return cluster->phaseId;
    return std::nullopt;
}

} // namespace

QList<QRectF> NetworkCardPlacer::obstacles(Id phaseId) const
{
    QList<QRectF> rects;
    QHash<Id, QRectF> clusterCards;
    for (const Card &card : m_conference.all<Card>()) {
        if (card.phaseId != phaseId)
            continue;
        const QRectF rect = cardRect(card);
        rects.append(rect);
        if (card.clusterId != NoId)
            clusterCards[card.clusterId] |= rect;
    }
    for (const Cluster &cluster : m_conference.all<Cluster>()) {
        if (cluster.phaseId != phaseId)
            continue;
        const QSizeF heading = CardGeometry::clusterHeadingLayout(cluster.heading).size;
        const QRectF cards = clusterCards.value(cluster.id);
        // The heading strip ends just above the first card, or at the cluster's place.
        const QPointF headingBottomLeft =
            cards.isNull() ? cluster.pos + QPointF(0, CardGeometry::ClusterHeadingHeight
                                                          - CardGeometry::RowGap)
                           : cards.topLeft() - QPointF(0, CardGeometry::RowGap);
        QRectF frame(headingBottomLeft - QPointF(0, heading.height()), heading);
        frame |= cards;
        rects.append(frame.adjusted(-ClusterFramePadding, -ClusterFramePadding,
                                    ClusterFramePadding, ClusterFramePadding));
    }
    return rects;
}

NetworkCardPlacer::Wall NetworkCardPlacer::measure(Id phaseId) const
{
    const QList<QRectF> rects = obstacles(phaseId);
    Wall wall{FreeSpotFinder(rects), QRectF()};
    for (const QRectF &rect : rects)
        wall.content |= rect;
    return wall;
}

QPointF NetworkCardPlacer::place(const Card &card)
{
    auto it = m_walls.find(card.phaseId);
    if (it == m_walls.end())
        it = m_walls.insert(card.phaseId, measure(card.phaseId));
    const Wall &wall = *it;
    const double step = CardGeometry::ColumnStep;
    // Columns on the wall's grid, over the width of what is on the wall.
    QRectF region(0, 0, EmptyWallColumns * step, 1);
    if (!wall.content.isNull()) {
        const double left = std::floor(wall.content.left() / step) * step;
        region = QRectF(left, wall.content.top(), std::max(wall.content.right() - left, step), 1);
    }
    const QSizeF size = CardGeometry::layout(card.text, card.form).size;
    const QPointF spot = wall.finder.find(size, region, step, CardGeometry::RowGap);
    m_placed = Placed{card.phaseId, QRectF(spot, size)};
    return spot;
}

void NetworkCardPlacer::update(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        const auto phaseBefore = change.before ? wallOf(*change.before) : std::nullopt;
        const auto phaseAfter = change.after ? wallOf(*change.after) : std::nullopt;
        if (!phaseBefore && !phaseAfter)
            continue;
        // The card just placed arrives: one more obstacle, no need to measure the wall again.
        const Card *added = !change.before && change.after ? std::get_if<Card>(&*change.after)
                                                           : nullptr;
        if (added && m_placed && added->phaseId == m_placed->phaseId
            && added->pos == m_placed->rect.topLeft()) {
            if (auto it = m_walls.find(added->phaseId); it != m_walls.end()) {
                it->finder.addObstacle(m_placed->rect);
                it->content |= m_placed->rect;
            }
            m_placed.reset();
            continue;
        }
        if (phaseBefore)
            m_walls.remove(*phaseBefore);
        if (phaseAfter)
            m_walls.remove(*phaseAfter);
    }
}

} // namespace weitblick
