#include "fittingtext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace weitblick::fittingtext {

namespace {

bool fits(const QFont &font, const QSizeF &room, const QString &text)
{
    const QRectF needs = QFontMetricsF(font).boundingRect(
        QRectF(0, 0, room.width(), 1e6), Qt::TextWordWrap, text);
    return needs.width() <= room.width() && needs.height() <= room.height();
}

} // namespace

std::optional<QFont> wrappedFont(const QFont &font, double smallest, const QSizeF &room,
                                 const QString &text)
{
    QFont candidate = font;
    const double largest = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF();
    const bool pixels = font.pixelSize() > 0;
    for (double size = largest; size >= std::min(smallest, largest) - 1e-9; size *= 0.92) {
        if (pixels)
            candidate.setPixelSize(std::max(1, int(std::floor(size))));
        else
            candidate.setPointSizeF(size);
        if (fits(candidate, room, text))
            return candidate;
    }
    return std::nullopt;
}

void drawLabel(QPainter *painter, const QRectF &rect, Qt::Alignment alignment,
               const QString &text, double smallest)
{
    const QFont font = painter->font();
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(text) <= rect.width()) {
        painter->drawText(rect, int(alignment) | Qt::TextSingleLine, text);
        return;
    }
    if (const std::optional<QFont> wrapped = wrappedFont(font, smallest, rect.size(), text)) {
        painter->setFont(*wrapped);
        painter->drawText(rect, int(alignment) | Qt::TextWordWrap, text);
        painter->setFont(font);
        return;
    }
    painter->drawText(rect, int(alignment) | Qt::TextSingleLine,
                      metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace weitblick::fittingtext
