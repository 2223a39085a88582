#pragma once

#include "core/model/conference.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>

namespace weitblick {

// The labelled areas a phase wall is split into, derived from Phase::wallLayout and never
// stored: strengths and weaknesses side by side; one row per stakeholder group with its
// prouds and sorries; the four SWOT fields or the four TOWS strategies, 2×2; or one column per
// topic of the phase. A free wall has none.
class WallAreas
{
    Q_DECLARE_TR_FUNCTIONS(WallAreas)

public:
    // Whether an area collects what helps or what hurts, for its background.
    enum class Tone { Neutral, Positive, Negative };
    // One area cards can be put into. `column` is its index in columnNames(): strengths or
    // prouds are 0, weaknesses or sorries 1; SWOT and TOWS count their four fields, and a wall
    // by topic its topics. In the grid of groups each group has an area of both columns.
    struct Area
    {
        QRectF rect;
        QString label;
        Id groupId = NoId;
        int column = 0;
        Tone tone = Tone::Neutral;
    };
    // A caption drawn on the wall: the area and column titles and the row titles (the group
    // names of the grid, inside and outside for SWOT, opportunities and threats for TOWS).
    struct Caption
    {
        QRectF rect;
        QString text;
        QColor color; // a group's colour; invalid for column titles
    };

    static constexpr double LabelHeight = 90;  // the caption strip at the top of an area
    static constexpr double Margin = 20;
    static constexpr double Gap = 40;
    static constexpr double RowHeaderWidth = 320;

    WallAreas() = default;
    WallAreas(WallLayout layout, const QList<StakeholderGroup> &groupsInOrder,
              const QStringList &topics = {});
    // The areas of the phase, with its conference's groups in their order.
    static WallAreas forPhase(const Phase &phase, const Conference &conference);

    bool isEmpty() const { return m_areas.isEmpty(); }
    const QList<Area> &areas() const { return m_areas; }
    const QList<Caption> &captions() const { return m_captions; }
    QRectF bounds() const;

    // The index of the area holding the point, or -1.
    int areaAt(QPointF point) const;
    // The area of a card whose top-left corner is there: the one under the middle of its first
    // lines, or -1. It needs no font, unlike the card's height.
    int areaOfCardAt(QPointF cardPos) const;
    // The area of the group in the given column (grid layout), or -1. NoId finds the areas of
    // strengths and weaknesses.
    int areaOf(Id groupId, int column) const;
    // The first area of the column from the top, or -1.
    int firstAreaIn(int column) const;
    // The names of the columns, for a selector: strengths and weaknesses, prouds and sorries,
    // the four SWOT fields or TOWS strategies, or the topics; empty for a free wall.
    static QStringList columnNames(WallLayout layout, const QStringList &topics = {});
    // Where cards go inside an area: below its caption, inside its margins.
    QRectF contentRect(int index) const;

private:
    void addTwoByTwo(const QStringList &labels, const QList<Tone> &tones,
                     const QStringList &columnTitles, const QStringList &rowTitles);
    void addTopicColumns(const QStringList &topics);

    QList<Area> m_areas;
    QList<Caption> m_captions;
};

} // namespace weitblick
