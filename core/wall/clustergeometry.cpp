#include "clustergeometry.h"

#include "cardgeometry.h"

#include <algorithm>

namespace weitblick {

QRectF ClusterGeometry::headingRect(QPointF storedPos, QSizeF headingSize,
                                    const QList<QRectF> &cardRects)
{
    // The strip ends just above the first card and grows upwards with a longer heading.
    if (cardRects.isEmpty()) {
        const double bottom = storedPos.y() + CardGeometry::ClusterHeadingHeight
                              - CardGeometry::RowGap;
        return QRectF(QPointF(storedPos.x(), bottom - headingSize.height()), headingSize);
    }
    double left = cardRects.constFirst().left();
    double top = cardRects.constFirst().top();
    for (const QRectF &rect : cardRects) {
        left = std::min(left, rect.left());
        top = std::min(top, rect.top());
    }
    const double bottom = top - CardGeometry::RowGap;
    return QRectF(QPointF(left, bottom - headingSize.height()), headingSize);
}

QRectF ClusterGeometry::frameRect(const QRectF &headingRect, const QList<QRectF> &cardRects)
{
    QRectF frame = headingRect;
    for (const QRectF &rect : cardRects)
        frame |= rect;
    return frame.adjusted(-FramePadding, -FramePadding, FramePadding, FramePadding);
}

} // namespace weitblick
