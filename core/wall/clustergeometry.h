#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace weitblick {

// Where a cluster is drawn: its heading strip just above its topmost card, at the left edge of
// its leftmost one (growing upwards with a longer heading), or at its stored position while it
// has no cards; and a frame around the heading and the cards. The wall scene draws clusters
// this way, and placing and making room reckon with the same rectangles.
class ClusterGeometry
{
public:
    static constexpr double FramePadding = 14;

    // headingSize is the size of the cluster's heading strip (CardGeometry::size of the heading
    // as a heading); storedPos the cluster's stored top-left of its heading block.
    static QRectF headingRect(QPointF storedPos, QSizeF headingSize,
                              const QList<QRectF> &cardRects);
    static QRectF frameRect(const QRectF &headingRect, const QList<QRectF> &cardRects);
};

} // namespace weitblick
