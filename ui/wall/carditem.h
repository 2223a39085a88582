#pragma once

#include "core/model/card.h"
#include "core/wall/cardgeometry.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPen>
#include <QStaticText>

namespace weitblick {

// One card on the wall, drawn like a Metaplan card: a sheet in its group's colour (or its own)
// with its text in the wall font. The text is laid out once per text and form, and painting
// allocates nothing, so that a wall of thousands of cards stays fluid.
class CardItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    // On-screen text smaller than this many pixels cannot be read; the card then shows its
    // lines as strokes instead of glyphs.
    static constexpr double MinReadablePixels = 5;

    CardItem(const Card &card, const QColor &fill);

    int type() const override { return Type; }
    Id cardId() const { return m_card.id; }
    const Card &card() const { return m_card; }
    const CardLayout &layout() const { return m_layout; }
    QColor fillColor() const { return m_fill; }
    QColor textColor() const { return m_textPen.color(); }

    // Takes the card's new state; lays the text out again only when its text or form changed.
    void setCard(const Card &card, const QColor &fill);
    void setEditable(bool editable);

    QRectF cardRect() const { return QRectF(QPointF(), m_layout.size); }
    QRectF sceneCardRect() const { return cardRect().translated(pos()); }

    void setDropTarget(bool target);
    // While the text is edited in place the card hides its own text.
    void setEditing(bool editing);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    // Black or white, whichever reads better on the fill.
    static QColor textColorOn(const QColor &fill);

private:
    void updateColors();

    Card m_card;
    CardLayout m_layout;
    QStaticText m_text;
    QFont m_font;
    QColor m_fill;
    QColor m_shadow;
    QColor m_stroke; // the lines drawn for text too small to read
    QPen m_borderPen;
    QPen m_textPen;
    QBrush m_fillBrush;
    QBrush m_shadowBrush;
    bool m_dropTarget = false;
    bool m_editing = false;
};

} // namespace weitblick
