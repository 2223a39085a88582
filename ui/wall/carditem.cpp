#include "carditem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace weitblick {

namespace {

constexpr double ShadowOffset = 4;

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

QColor mixed(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

const QColor SelectionColor(0x1f, 0x6f, 0xd6);

} // namespace

CardItem::CardItem(const Card &card, const QColor &fill)
{
    setFlags(ItemIsSelectable);
    setCursor(Qt::ArrowCursor);
    m_text.setTextFormat(Qt::PlainText);
    m_text.setPerformanceHint(QStaticText::AggressiveCaching);
    m_card.id = NoId; // forces the first layout
    setCard(card, fill);
}

void CardItem::setCard(const Card &card, const QColor &fill)
{
    const bool relayout = m_card.id == NoId || card.text != m_card.text
                          || card.form != m_card.form;
    if (relayout) {
        prepareGeometryChange();
        m_layout = CardGeometry::layout(card.text, card.form);
        m_font = CardGeometry::font(card.form, m_layout.fontPixelSize);
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        option.setAlignment(card.form == CardForm::Card ? Qt::AlignLeft : Qt::AlignHCenter);
        m_text.setTextOption(option);
        m_text.setTextWidth(m_layout.textRect.width());
        // The lines are broken already; the line separator keeps them apart without markup.
        m_text.setText(m_layout.lines.join(QChar::LineSeparator));
    }
    m_card = card;
    if (fill != m_fill || relayout) {
        m_fill = fill;
        updateColors();
    }
    update();
}

void CardItem::setEditable(bool editable)
{
    setFlag(ItemIsMovable, editable);
}

void CardItem::updateColors()
{
    const QColor text = textColorOn(m_fill);
    m_textPen = QPen(text);
    m_borderPen = QPen(m_fill.darker(150), 0);
    m_stroke = mixed(m_fill, text, 0.5);
    m_shadow = QColor(0, 0, 0, 60);
    m_fillBrush = QBrush(m_fill);
    m_shadowBrush = QBrush(m_shadow);
}

QColor CardItem::textColorOn(const QColor &fill)
{
    // The colour with the better contrast ratio (WCAG) against the fill.
    const double l = luminance(fill);
    const double againstBlack = (l + 0.05) / 0.05;
    const double againstWhite = 1.05 / (l + 0.05);
    return againstBlack >= againstWhite ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

void CardItem::setDropTarget(bool target)
{
    if (m_dropTarget != target) {
        m_dropTarget = target;
        update();
    }
}

void CardItem::setEditing(bool editing)
{
    if (m_editing != editing) {
        m_editing = editing;
        update();
    }
}

QRectF CardItem::boundingRect() const
{
    return cardRect().adjusted(0, 0, ShadowOffset, ShadowOffset);
}

QPainterPath CardItem::shape() const
{
    QPainterPath path;
    if (m_card.form == CardForm::Oval)
        path.addEllipse(cardRect());
    else
        path.addRect(cardRect());
    return path;
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // The view does not save the painter's state for each item (DontSavePainterState), so
    // everything set here is set each time, and render hints are put back.
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(
        painter->worldTransform());
    const QRectF rect = cardRect();
    const bool oval = m_card.form == CardForm::Oval;
    const bool selected = option->state & QStyle::State_Selected;

    if (scale * rect.height() < 12) {
        // A few pixels on screen: the sheet in its colour is all one can see.
        painter->fillRect(rect, m_fill);
        if (selected)
            painter->fillRect(rect, SelectionColor);
        return;
    }
    if (oval) {
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, scale > 0.2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_shadowBrush);
        painter->drawEllipse(rect.translated(ShadowOffset, ShadowOffset));
        painter->setPen(m_borderPen);
        painter->setBrush(m_fillBrush);
        painter->drawEllipse(rect);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
    } else {
        if (scale > 0.1) {
            // Only the strips of shadow the card does not cover: blending is costly.
            painter->fillRect(QRectF(rect.right(), rect.top() + ShadowOffset, ShadowOffset,
                                     rect.height()),
                              m_shadow);
            painter->fillRect(QRectF(rect.left() + ShadowOffset, rect.bottom(),
                                     rect.width() - ShadowOffset, ShadowOffset),
                              m_shadow);
        }
        painter->fillRect(rect, m_fill);
        painter->setPen(m_borderPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect);
        if (m_card.form == CardForm::Heading) {
            // A heading strip has a bold rule along its foot.
            painter->fillRect(QRectF(rect.left(), rect.bottom() - 5, rect.width(), 5),
                              m_borderPen.color());
        }
    }

    if (selected || m_dropTarget) {
        // Drawn inside the card, at least three pixels wide at any zoom.
        const double width = std::clamp(3 / scale, 6.0, 40.0);
        QPen pen(SelectionColor, width);
        pen.setJoinStyle(Qt::MiterJoin);
        if (m_dropTarget && !selected)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QRectF inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2);
        if (oval)
            painter->drawEllipse(inner);
        else
            painter->drawRect(inner);
    }

    if (m_editing)
        return;
    const QRectF &textRect = m_layout.textRect;
    if (scale * m_font.pixelSize() >= MinReadablePixels) {
        if (painter->font() != m_font)
            painter->setFont(m_font);
        painter->setPen(m_textPen);
        painter->drawStaticText(textRect.topLeft(), m_text);
        return;
    }
    // Far too small to read: each line becomes a stroke of its length.
    const double height = m_layout.lineHeight;
    for (qsizetype i = 0; i < m_layout.lines.size(); ++i) {
        const double width = m_layout.lineWidths.at(i);
        const double left = m_card.form == CardForm::Card
                                ? textRect.left()
                                : textRect.left() + (textRect.width() - width) / 2;
        painter->fillRect(QRectF(left, textRect.top() + i * height + height * 0.25, width,
                                 height * 0.5),
                          m_stroke);
    }
}

} // namespace weitblick
