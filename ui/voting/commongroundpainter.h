#pragma once

#include "core/voting/ranking.h"

#include <QColor>
#include <QFont>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace weitblick {

// Paints the common ground of a vote onto any paint device: the items with plus dots, best
// first, each with the stakeholder groups that support it as coloured squares, and the items
// that at least the chosen share of the groups supports highlighted. Knows no widgets.
class CommonGroundPainter
{
    Q_DECLARE_TR_FUNCTIONS(CommonGroundPainter)

public:
    CommonGroundPainter(const Conference &conference, Id sessionId, double share = 1.0);

    const Ranking &ranking() const { return m_ranking; }
    double share() const { return m_share; }
    void setShare(double share);
    // The items that the share of the groups supports.
    const QList<RankedItem> &commonGround() const { return m_commonGround; }
    bool isCommonGround(const RankedItem &item) const;
    // The items listed: those with at least one plus dot.
    const QList<RankedItem> &listed() const { return m_listed; }

    // Paints the list into rect, in rows as tall as fit (18 to 44 px) or `rowHeight` tall (the
    // projector's). Items that do not fit are summed up in a last line.
    void paint(QPainter *painter, const QRectF &rect, double rowHeight = 0) const;
    // How many items paint() lists in rect, in the application font.
    int rowsShown(const QRectF &rect, double rowHeight = 0) const;

    static QColor highlightColor();

private:
    struct Layout
    {
        double rowHeight = 0;
        QFont font;
        QString subtitle;
        double subtitleHeight = 0; // wrapped, never cut
        double top = 0;            // of the first item
        int shown = 0;
    };
    Layout layout(const QRectF &rect, double rowHeight, const QFont &font) const;

    Ranking m_ranking;
    QString m_title;
    QList<QColor> m_groupColors;
    QList<RankedItem> m_listed;
    QList<RankedItem> m_commonGround;
    double m_share = 1.0;
};

} // namespace weitblick
