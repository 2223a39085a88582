#include "tilegrid.h"

#include <cmath>

namespace weitblick {

TileGrid::TileGrid(QSizeF poster, QSizeF printable, double overlap)
    : m_poster(poster), m_printable(printable), m_overlap(overlap)
{
    m_columns = count(poster.width(), printable.width(), overlap);
    m_rows = count(poster.height(), printable.height(), overlap);
}

int TileGrid::count(double length, double printable, double overlap)
{
    if (length <= 0 || printable <= 0)
        return 0;
    const double step = printable - overlap;
    if (length <= printable || step <= 0)
        return 1;
    // The smallest n with n sheets reaching the end: (n - 1) * step + printable >= length. A
    // sliver of a thousandth is rounding, not a sheet.
    return 1 + int(std::ceil((length - printable) / step - 1e-6));
}

QRectF TileGrid::sourceRect(int row, int column) const
{
    const double stepX = m_printable.width() - m_overlap;
    const double stepY = m_printable.height() - m_overlap;
    return QRectF(column * stepX, row * stepY, m_printable.width(), m_printable.height());
}

QString TileGrid::rowLetters(int row)
{
    QString letters;
    for (int n = row + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString TileGrid::label(int row, int column)
{
    return rowLetters(row) + QLatin1Char('/') + QString::number(column + 1);
}

} // namespace weitblick
