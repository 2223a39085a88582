#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace weitblick::fittingtext {

// The largest pixel size from the font's own down to `smallest` at which the text fits the
// rectangle when wrapped at word boundaries (a word is never split); none when it does not fit
// even at `smallest`.
std::optional<QFont> wrappedFont(const QFont &font, double smallest, const QSizeF &room,
                                 const QString &text);

// Draws a label of the moderator's text into a row: on one line in the painter's font where it
// fits, else wrapped in a font down to `smallest` pixels, and only when even that is too little
// cut short with "…". Leaves the painter's font as it was.
void drawLabel(QPainter *painter, const QRectF &rect, Qt::Alignment alignment,
               const QString &text, double smallest);

} // namespace weitblick::fittingtext
