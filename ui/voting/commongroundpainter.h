#pragma once

#include "core/voting/ranking.h"

#include <QColor>
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

    void paint(QPainter *painter, const QRectF &rect) const;

    static QColor highlightColor();

private:
    Ranking m_ranking;
    QString m_title;
    QList<QColor> m_groupColors;
    QList<RankedItem> m_listed;
    QList<RankedItem> m_commonGround;
    double m_share = 1.0;
};

} // namespace weitblick
