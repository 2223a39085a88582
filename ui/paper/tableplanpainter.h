#pragma once

#include "core/model/conference.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>

class QPainter;

namespace weitblick {

// Paints the table plan as a poster: a box per table with the people seated there, each marked
// with the colour of their stakeholder group, a box for those not seated yet, and a legend of
// the groups. Painting a part paints only the boxes in that part.
class TablePlanPainter
{
    Q_DECLARE_TR_FUNCTIONS(TablePlanPainter)

public:
    explicit TablePlanPainter(const Conference &conference);

    QRectF bounds() const { return m_bounds; }
    int boxCount() const { return int(m_boxes.size()); }
    void paint(QPainter *painter, const QRectF &exposed) const;

    // "Table 3", or "Table 3 · Marktplatz" when it has a name; a name that says its number
    // ("Tisch 3") stands alone.
    static QString tableTitle(const Table &table);

private:
    struct Person
    {
        QString name;
        QString organisation;
        QColor color;
    };
    struct Box
    {
        QRectF rect;
        QString title;
        QList<Person> people;
    };
    struct LegendEntry
    {
        QString name;
        QColor color;
        QRectF rect; // the swatch and the name
    };

    void paintBox(QPainter *painter, const Box &box) const;

    QList<Box> m_boxes;
    QList<LegendEntry> m_legend;
    QRectF m_legendRect;
    QRectF m_bounds;
};

} // namespace weitblick
