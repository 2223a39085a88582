#pragma once

#include "core/model/id.h"

#include <QGraphicsItem>

namespace weitblick {

class WallScene;

// Draws the dots of one vote session on the wall like round sticky dots: a row of plus dots
// in one colour and minus dots in another at the top edge of each card or cluster heading,
// and a single dot with the number when there are too many to show one by one. It lies on
// top of the wall and takes no mouse clicks.
class DotLayerItem : public QGraphicsItem
{
public:
    // Up to this many dots of a kind are drawn one by one.
    static constexpr int MaxSingleDots = 5;
    static constexpr double Radius = 9;

    explicit DotLayerItem(WallScene *scene);

    void setSession(Id sessionId);
    Id sessionId() const { return m_sessionId; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    static QColor plusColor();
    static QColor minusColor();
    // Paints `count` dots of a colour from `topRight` leftwards; returns the left edge.
    static double paintDots(QPainter *painter, QPointF topRight, int count, const QColor &color);

private:
    WallScene *m_scene;
    Id m_sessionId = NoId;
};

} // namespace weitblick
