#include "dotlayeritem.h"

#include "core/model/saturating.h"

#include "core/document/conferencedocument.h"
#include "ui/wall/carditem.h"
#include "ui/wall/clusteritem.h"
#include "ui/wall/wallscene.h"

#include <QHash>
#include <QPainter>

namespace weitblick {

namespace {

// Far larger than any wall, so the layer never needs to move or grow.
constexpr double Extent = 1e7;

struct Counts
{
    int plus = 0;
    int minus = 0;
};

} // namespace

DotLayerItem::DotLayerItem(WallScene *scene) : m_scene(scene)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1e6);
}

void DotLayerItem::setSession(Id sessionId)
{
    m_sessionId = sessionId;
    update();
}

QRectF DotLayerItem::boundingRect() const
{
    return QRectF(-Extent, -Extent, 2 * Extent, 2 * Extent);
}

QColor DotLayerItem::plusColor()
{
    return QColor(0x2e, 0x9d, 0x45);
}

QColor DotLayerItem::minusColor()
{
    return QColor(0xd6, 0x3a, 0x2f);
}

double DotLayerItem::paintDots(QPainter *painter, QPointF topRight, int count,
                               const QColor &color)
{
    if (count <= 0)
        return topRight.x();
    const int shown = count > MaxSingleDots ? 1 : count;
    const double step = Radius * 1.6; // real dots overlap a little
    double centreX = topRight.x() - Radius;
    const double centreY = topRight.y() + Radius;
    painter->setPen(QPen(color.darker(140), 1));
    for (int i = 0; i < shown; ++i) {
        const QPointF centre(centreX - i * step, centreY);
        QRadialGradient gradient(centre - QPointF(Radius / 3, Radius / 3), Radius * 1.3);
        gradient.setColorAt(0, color.lighter(135));
        gradient.setColorAt(1, color);
        painter->setBrush(gradient);
        painter->drawEllipse(centre, Radius, Radius);
    }
    if (shown < count) {
        QFont font = painter->font();
        font.setPixelSize(int(Radius * 1.1));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(centreX - Radius, centreY - Radius, 2 * Radius, 2 * Radius),
                          Qt::AlignCenter, QString::number(count));
    }
    return centreX - (shown - 1) * step - Radius;
}

void DotLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_sessionId == NoId)
        return;
    QHash<Id, Counts> onCards;
    QHash<Id, Counts> onClusters;
    for (const Dot &dot : m_scene->document()->conference().all<Dot>()) {
        if (dot.sessionId != m_sessionId)
            continue;
        Counts &counts = dot.cardId != NoId ? onCards[dot.cardId] : onClusters[dot.clusterId];
        int &total = dot.kind == DotKind::Plus ? counts.plus : counts.minus;
        total = addSaturated(total, dot.count);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    const auto paintOn = [painter](QRectF rect, const Counts &counts) {
        // The dots sit half over the top edge, as stuck on by hand.
        const QPointF topRight(rect.right() - 4, rect.top() - Radius);
        const double left = paintDots(painter, topRight, counts.plus, plusColor());
        paintDots(painter, QPointF(left - 4, topRight.y()), counts.minus, minusColor());
    };
    for (auto it = onCards.cbegin(); it != onCards.cend(); ++it) {
        if (CardItem *item = m_scene->cardItem(it.key()))
            paintOn(item->sceneCardRect(), it.value());
    }
    for (auto it = onClusters.cbegin(); it != onClusters.cend(); ++it) {
        if (ClusterItem *item = m_scene->clusterItem(it.key()))
            paintOn(item->headingRect(), it.value());
    }
}

} // namespace weitblick
