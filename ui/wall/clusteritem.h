#pragma once

#include "core/model/cluster.h"
#include "core/wall/cardgeometry.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPen>
#include <QStaticText>

namespace weitblick {

// A cluster on the wall: a frame around its cards that follows them, with its heading strip
// above the first card (see ClusterGeometry). The item sits at the scene origin and keeps its rectangles in scene
// coordinates, because its place is derived from its cards. Only the heading takes the mouse,
// so a click between the cards pans the wall.
class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit ClusterItem(const Cluster &cluster);

    int type() const override { return Type; }
    Id clusterId() const { return m_cluster.id; }
    const Cluster &cluster() const { return m_cluster; }
    void setCluster(const Cluster &cluster);
    void setEditable(bool editable) { m_editable = editable; }

    // Fits the frame around the cards' rectangles (scene coordinates). Without cards the
    // heading stands at the cluster's stored position.
    void fitTo(const QList<QRectF> &cardRects);
    // Where the frame would be around these cards, without changing anything.
    QRectF frameFor(const QList<QRectF> &cardRects) const;

    QRectF headingRect() const { return m_headingRect; }
    QRectF frameRect() const { return m_frameRect; }
    const CardLayout &headingLayout() const { return m_headingLayout; }

    void setDropTarget(bool target);
    void setEditing(bool editing);

    QRectF boundingRect() const override { return m_frameRect; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF headingFor(const QList<QRectF> &cardRects) const;

    Cluster m_cluster;
    CardLayout m_headingLayout;
    QStaticText m_headingText;
    QFont m_font;
    QColor m_fill;
    QPen m_framePen;
    QPen m_headingPen;
    QPen m_textPen;
    QRectF m_headingRect;
    QRectF m_frameRect;
    QList<QRectF> m_cardRects;
    bool m_editable = true;
    bool m_dropTarget = false;
    bool m_editing = false;
};

} // namespace weitblick
