#pragma once

#include "core/voting/ranking.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace weitblick {

// Paints the result of a vote onto any paint device (a widget, the projector, a PDF page):
// one row per item, best first, with its rank ("=2" where tied), a bar for its plus dots
// (and a red one for its minus dots), and, where the voters tell the stakeholder groups apart,
// a heat map of the plus dots by group. Knows no widgets.
class RankingPainter
{
    Q_DECLARE_TR_FUNCTIONS(RankingPainter)

public:
    RankingPainter(const Conference &conference, Id sessionId);

    const Ranking &ranking() const { return m_ranking; }
    QString title() const { return m_title; }
    // The stakeholder groups that are the heat map's columns.
    const QList<Id> &groups() const { return m_ranking.votingGroups(); }
    QString groupName(int column) const;
    bool hasHeatMap() const;

    // An item's dots as the ranking writes them: "7", or "4 (+7 −3)" when minus dots count.
    static QString dotsText(const RankedItem &item);
    // Plus dots of the row's item by the column's group.
    int heatValue(int row, int column) const;
    // The shade of a heat map cell: white for none, the darkest for the largest count.
    QColor heatColor(int value) const;

    // Paints the ranking into rect, in rows as tall as fit (16 to 44 px) or `rowHeight` tall (the
    // projector's). Items that do not fit are summed up in a last line ("… and 3 more items").
    void paint(QPainter *painter, const QRectF &rect, double rowHeight = 0) const;
    // How many items paint() lists in rect.
    int rowsShown(const QRectF &rect, double rowHeight = 0) const;
    // The last line of a list cut short.
    static QString moreItemsText(int more);
    // Where the cell of a row and group lies when painting into rect (for tests and hit tests).
    QRectF heatCellRect(const QRectF &rect, int row, int column) const;

private:
    struct Geometry
    {
        QRectF header;
        double rowHeight = 0;
        double top = 0;
        int rows = 0;
        double rankLeft = 0;
        double rankWidth = 0;
        double labelLeft = 0;
        double labelWidth = 0;
        double barLeft = 0;
        double barWidth = 0;
        double heatLeft = 0;
        double cellWidth = 0;
    };
    Geometry geometry(const QRectF &rect, double rowHeight = 0) const;
    // The pixel size of the item labels in rows of that height.
    static int labelPixels(double rowHeight);

    Ranking m_ranking;
    QString m_title;
    QStringList m_groupNames;
    QList<QColor> m_groupColors;
    int m_maxPlus = 0;
    int m_maxMinus = 0;
    int m_maxHeat = 0;
};

} // namespace weitblick
