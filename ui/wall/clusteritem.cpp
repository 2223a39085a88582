#include "clusteritem.h"

#include "core/wall/clustergeometry.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace weitblick {

namespace {

const QColor DefaultFill(0xdf, 0xe3, 0xe8);
const QColor HeadingFill(0xff, 0xff, 0xff);
const QColor DropColor(0x1f, 0x6f, 0xd6);
const QColor HeadingTextColor(0x1a, 0x1a, 0x1a);
const QColor HeadingStrokeColor(0x60, 0x60, 0x60);

// The outline of a rectangle as four filled strips of the given width, inside it.
void fillFrame(QPainter *painter, const QRectF &rect, double width, const QColor &color)
{
    painter->fillRect(QRectF(rect.left(), rect.top(), rect.width(), width), color);
    painter->fillRect(QRectF(rect.left(), rect.bottom() - width, rect.width(), width), color);
    painter->fillRect(QRectF(rect.left(), rect.top() + width, width, rect.height() - 2 * width),
                      color);
    painter->fillRect(QRectF(rect.right() - width, rect.top() + width, width,
                             rect.height() - 2 * width),
                      color);
}

} // namespace

ClusterItem::ClusterItem(const Cluster &cluster)
{
    setZValue(-10);
    setCursor(Qt::ArrowCursor);
    m_headingText.setTextFormat(Qt::PlainText);
    m_headingText.setPerformanceHint(QStaticText::AggressiveCaching);
    m_cluster.id = NoId;
    setCluster(cluster);
}

void ClusterItem::setCluster(const Cluster &cluster)
{
    const bool relayout = m_cluster.id == NoId || cluster.heading != m_cluster.heading;
    m_cluster = cluster;
    if (relayout) {
        m_headingLayout = CardGeometry::clusterHeadingLayout(cluster.heading);
        m_font = CardGeometry::font(CardForm::Heading, m_headingLayout.fontPixelSize);
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        option.setAlignment(Qt::AlignHCenter);
        m_headingText.setTextOption(option);
        m_headingText.setTextWidth(m_headingLayout.textRect.width());
        m_headingText.setText(m_headingLayout.lines.join(QChar::LineSeparator));
    }
    m_fill = cluster.color.isValid() ? cluster.color : DefaultFill;
    m_framePen = QPen(m_fill.darker(135), 2);
    m_headingPen = QPen(m_fill.darker(170), 3);
    m_textPen = QPen(HeadingTextColor);
    fitTo(m_cardRects);
}

QRectF ClusterItem::headingFor(const QList<QRectF> &cardRects) const
{
    return ClusterGeometry::headingRect(m_cluster.pos, m_headingLayout.size, cardRects);
}

QRectF ClusterItem::frameFor(const QList<QRectF> &cardRects) const
{
    return ClusterGeometry::frameRect(headingFor(cardRects), cardRects);
}

void ClusterItem::fitTo(const QList<QRectF> &cardRects)
{
    const QRectF heading = headingFor(cardRects);
    const QRectF frame = frameFor(cardRects);
    m_cardRects = cardRects;
    if (heading == m_headingRect && frame == m_frameRect) {
        update();
        return;
    }
    prepareGeometryChange();
    m_headingRect = heading;
    m_frameRect = frame;
    update();
}

void ClusterItem::setDropTarget(bool target)
{
    if (m_dropTarget != target) {
        m_dropTarget = target;
        update();
    }
}

void ClusterItem::setEditing(bool editing)
{
    if (m_editing != editing) {
        m_editing = editing;
        update();
    }
}

QPainterPath ClusterItem::shape() const
{
    QPainterPath path;
    path.addRect(m_headingRect);
    return path;
}

void ClusterItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Taking the press makes this item the mouse grabber, so the scene can drag the cluster;
    // the right button is left to the context menu.
    if (event->button() == Qt::LeftButton && m_editable)
        event->accept();
    else
        event->ignore();
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(
        painter->worldTransform());
    // Borders are filled strips: far cheaper than stroked or rounded outlines, which matters
    // when hundreds of clusters are in view.
    const QColor &borderColor = m_dropTarget ? DropColor : m_framePen.color();
    const double border = m_dropTarget ? std::max(6.0, 3 / scale) : std::max(2.0, 1 / scale);
    fillFrame(painter, m_frameRect, border, borderColor);
    painter->fillRect(m_frameRect.adjusted(border, border, -border, -border), m_fill);
    painter->fillRect(m_headingRect, m_headingPen.color());
    if (scale * m_headingRect.height() < 12)
        return;
    const double headingBorder = std::max(3.0, 1 / scale);
    painter->fillRect(m_headingRect.adjusted(headingBorder, headingBorder, -headingBorder,
                                             -headingBorder),
                      HeadingFill);
    if (m_editing)
        return;
    const QRectF textRect = m_headingLayout.textRect.translated(m_headingRect.topLeft());
    if (scale * m_font.pixelSize() >= 5) {
        if (painter->font() != m_font)
            painter->setFont(m_font);
        painter->setPen(m_textPen);
        painter->drawStaticText(textRect.topLeft(), m_headingText);
        return;
    }
    const double height = m_headingLayout.lineHeight;
    for (qsizetype i = 0; i < m_headingLayout.lines.size(); ++i) {
        const double width = m_headingLayout.lineWidths.at(i);
        painter->fillRect(QRectF(textRect.left() + (textRect.width() - width) / 2,
                                 textRect.top() + i * height + height * 0.25, width,
                                 height * 0.5),
                          HeadingStrokeColor);
    }
}

} // namespace weitblick
