#include "newcardplacer.h"

#include "cardgeometry.h"

#include <algorithm>

namespace weitblick {

namespace {

// Between the clusters and the cards that come after them, so that those read as a block of
// their own that is still to be sorted.
constexpr double BlockGap = 60;

} // namespace

NewCardPlacer::NewCardPlacer(const Conference &conference, Id phaseId, const ChangeSet &pending)
    : m_wall(conference, phaseId, pending), m_finder(m_wall.obstacles())
{
    const QRectF clusters = m_wall.clusterBounds();
    if (m_wall.isTimeline()) {
        const QRectF timeline = m_wall.timeline().bounds();
        const double top = clusters.isNull()
                               ? m_wall.timeline().trayTop()
                               : std::max(m_wall.timeline().trayTop(), clusters.bottom() + BlockGap);
        m_freeRegion = QRectF(0, top, std::max(timeline.right(), clusters.right()), 1);
    } else if (!clusters.isNull()) {
        // Below the sorted part of the wall, however far stray cards lie.
        m_freeRegion = QRectF(clusters.left(), clusters.bottom() + BlockGap, clusters.width(), 1);
    } else {
        const QRectF content = m_wall.contentRect();
        m_freeRegion = content.isNull() ? QRectF(0, 0, 0, 1)
                                        : QRectF(content.left(), content.top(), content.width(), 1);
    }
    m_freeRegion.setWidth(std::max(m_freeRegion.width(),
                                   MinColumns * CardGeometry::ColumnStep - CardGeometry::ColumnGap));
}

QRectF NewCardPlacer::areaRegion(const Card &card, int areaColumn) const
{
    const WallAreas &areas = m_wall.areas();
    // The group's row of a grid, or the column's area of strengths and weaknesses.
    int index = areas.areaOf(card.groupId, areaColumn);
    if (index < 0)
        index = areas.areaOf(NoId, areaColumn);
    return areas.contentRect(index);
}

QRectF NewCardPlacer::belowAreas() const
{
    // Where Arrange puts the cards that belong to no area.
    const QRectF bounds = m_wall.areas().bounds();
    return QRectF(0, bounds.bottom() + 2 * WallAreas::LabelHeight, bounds.right(), 1);
}

QPointF NewCardPlacer::place(const Card &card, int areaColumn)
{
    const QSizeF size = CardGeometry::size(card.text, card.form);
    const auto findIn = [&](const QRectF &region) {
        return m_finder.find(size, region, CardGeometry::ColumnStep, CardGeometry::RowGap);
    };
    QPointF pos;
    if (m_wall.areas().isEmpty()) {
        pos = findIn(m_freeRegion);
    } else {
        const QRectF area = areaColumn >= 0 ? areaRegion(card, areaColumn) : QRectF();
        if (!area.isEmpty())
            pos = findIn(area);
        if (area.isEmpty() || pos.y() + size.height() > area.bottom())
            pos = findIn(belowAreas());
    }
    m_finder.addObstacle(QRectF(pos, size));
    return pos;
}

QPointF NewCardPlacer::placeBlock(QSizeF size, int area)
{
    const auto findIn = [&](const QRectF &region) {
        return m_finder.find(size, region, CardGeometry::ColumnStep, CardGeometry::RowGap);
    };
    const QRectF content = m_wall.areas().contentRect(area);
    QPointF pos;
    if (!content.isEmpty() && size.width() <= content.width())
        pos = findIn(content);
    if (content.isEmpty() || size.width() > content.width()
        || pos.y() + size.height() > content.bottom())
        pos = findIn(m_wall.areas().isEmpty() ? m_freeRegion : belowAreas());
    m_finder.addObstacle(QRectF(pos, size));
    return pos;
}

Card placeNewCard(const Conference &conference, Id phaseId, Card card, int areaColumn)
{
    card.phaseId = phaseId;
    card.pos = NewCardPlacer(conference, phaseId).place(card, areaColumn);
    return card;
}

} // namespace weitblick
