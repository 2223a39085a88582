#include "tabletentpainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace weitblick {

namespace {

constexpr double SideMargin = 150;   // 15 mm: printers do not print to the edge
constexpr int LargestName = 320;     // 32 mm capitals read across a hall
constexpr int SmallestName = 110;
constexpr double StripeHeight = 70;

QFont fontOf(int pixelSize, bool bold)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace

TableTentPainter::TableTentPainter(const QString &name, const QString &detail,
                                   const QColor &stripe)
    : m_name(name), m_detail(detail), m_stripe(stripe)
{
}

int TableTentPainter::namePixelSize() const
{
    const double room = sheet().width() - 2 * SideMargin;
    int size = LargestName;
    while (size > SmallestName
           && QFontMetricsF(fontOf(size, true)).horizontalAdvance(m_name) > room)
        size -= 10;
    return size;
}

void TableTentPainter::paint(QPainter *painter) const
{
    const QRectF page = sheet();
    const double fold = page.center().y();
    painter->save();
    painter->fillRect(page, Qt::white);
    // The lower half faces one side of the table; the upper half, turned by 180 degrees, the
    // other once the sheet is folded.
    paintHalf(painter, QRectF(0, fold, page.width(), page.height() - fold));
    painter->save();
    painter->translate(page.center());
    painter->rotate(180);
    painter->translate(-page.center());
    paintHalf(painter, QRectF(0, fold, page.width(), page.height() - fold));
    painter->restore();

    QPen foldPen(QColor(0x99, 0x99, 0x99), 3, Qt::DashLine);
    painter->setPen(foldPen);
    painter->drawLine(QPointF(0, fold), QPointF(page.width(), fold));
    painter->setFont(fontOf(40, false));
    painter->drawText(QRectF(SideMargin, fold + 6, 800, 50),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, tr("Fold here"));
    painter->restore();
}

void TableTentPainter::paintHalf(QPainter *painter, const QRectF &half) const
{
    if (m_stripe.isValid()) {
        painter->fillRect(QRectF(half.left(), half.bottom() - StripeHeight - 120, half.width(),
                                 StripeHeight),
                          m_stripe);
    }
    const double room = half.width() - 2 * SideMargin;
    const QFont nameFont = fontOf(namePixelSize(), true);
    const QFontMetricsF nameMetrics(nameFont);
    // The second line shrinks to fit too, but stays well below the name.
    int detailSize = 120;
    while (detailSize > 70
           && QFontMetricsF(fontOf(detailSize, false)).horizontalAdvance(m_detail) > room)
        detailSize -= 5;
    const QFont detailFont = fontOf(detailSize, false);
    const QFontMetricsF detailMetrics(detailFont);
    const double nameHeight = nameMetrics.height();
    const double detailHeight = m_detail.isEmpty() ? 0 : detailMetrics.height() + 40;
    // The text block sits in the middle of the half, above the stripe.
    const double usable = half.height() - StripeHeight - 120;
    const double top = half.top() + (usable - nameHeight - detailHeight) / 2;

    painter->setPen(QColor(0x1a, 0x1a, 0x1a));
    painter->setFont(nameFont);
    painter->drawText(QRectF(half.left() + SideMargin, top, room, nameHeight),
                      Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                      nameMetrics.elidedText(m_name, Qt::ElideRight, room));
    if (!m_detail.isEmpty()) {
        painter->setPen(QColor(0x44, 0x44, 0x44));
        painter->setFont(detailFont);
        painter->drawText(QRectF(half.left() + SideMargin, top + nameHeight + 40, room,
                                 detailMetrics.height()),
                          Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                          detailMetrics.elidedText(m_detail, Qt::ElideRight, room));
    }
}

} // namespace weitblick
