#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

namespace weitblick {

// The arithmetic of printing a poster over several smaller sheets: how many sheets go across and
// down, and which part of the poster each sheet shows. Neighbouring sheets share a strip of
// `overlap` so that one can be glued over the other. All lengths in one unit (points or mm).
class TileGrid
{
public:
    TileGrid() = default;
    // printable: the part of a sheet that shows the poster (the sheet without its margins).
    TileGrid(QSizeF poster, QSizeF printable, double overlap);

    QSizeF posterSize() const { return m_poster; }
    QSizeF printableSize() const { return m_printable; }
    double overlap() const { return m_overlap; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int sheetCount() const { return m_columns * m_rows; }

    // The part of the poster the sheet in this row and column shows (0-based; may reach past
    // the poster's edge on the last row and column).
    QRectF sourceRect(int row, int column) const;

    // "B/3": the row as a letter (A, B, … Z, AA, …) and the column as a number from 1.
    static QString label(int row, int column);
    static QString rowLetters(int row);

private:
    static int count(double length, double printable, double overlap);

    QSizeF m_poster;
    QSizeF m_printable;
    double m_overlap = 0;
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace weitblick
