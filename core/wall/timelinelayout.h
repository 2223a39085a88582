#pragma once

#include "core/model/card.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>

#include <array>
#include <optional>

namespace weitblick {

// A place on the timeline: a year on one of the three lanes.
struct TimelineSlot
{
    int year = 0;
    TimelineLane lane = TimelineLane::None;

    bool operator==(const TimelineSlot &) const = default;
};

// The timeline of the Past phase: three lanes (world, local, personal) on a common year axis.
// A card with a year and a lane sits at its year on its lane; cards of the same or close years
// stack in rows, so that none covers another. Below the lanes lies a tray for the cards that
// have no place on the timeline yet. Positions are derived here, never stored.
class TimelineLayout
{
    Q_DECLARE_TR_FUNCTIONS(TimelineLayout)

public:
    struct Entry
    {
        Id cardId = NoId;
        int year = 0;
        TimelineLane lane = TimelineLane::None;
        QSizeF size;
    };

    static constexpr double UnitsPerYear = 50;
    static constexpr double LaneHeaderHeight = 48; // the year labels along the top of a lane
    static constexpr double LanePadding = 20;
    static constexpr double LaneGap = 24;
    static constexpr double LabelWidth = 300;      // lane names, left of the axis
    static constexpr double TrayGap = 120;
    static constexpr int LaneCount = 3;

    TimelineLayout() : TimelineLayout(QList<Entry>()) {}
    // Entries without a lane are ignored. With no entries at all the axis spans the last fifty
    // years.
    explicit TimelineLayout(const QList<Entry> &entries);

    // The axis runs from the first to the last year, both included: from the start of the
    // decade of the earliest card to the year after the latest.
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    // The left edge of the year's span on the axis.
    double xOfYear(int year) const;
    // The middle of the year's span: its cards are centred there, and its mark is drawn there,
    // so that a card dropped on a year's mark takes that year.
    double centreOfYear(int year) const { return xOfYear(year) + UnitsPerYear / 2; }
    // The year at x, within the years a file may hold (limits::MinYear to MaxYear).
    int yearAt(double x) const;

    QRectF laneRect(TimelineLane lane) const; // from the axis start to its end
    QRectF bounds() const;                    // the lanes with their labels
    double trayTop() const { return bounds().bottom() + TrayGap; }

    bool contains(Id cardId) const { return m_positions.contains(cardId); }
    QPointF cardPos(Id cardId) const { return m_positions.value(cardId); }
    const QHash<Id, QPointF> &positions() const { return m_positions; }

    // The year and lane for a card dropped with its centre at the point; none outside the lanes.
    std::optional<TimelineSlot> slotAt(QPointF point) const;

    static bool isOnTimeline(const Card &card)
    {
        return card.year && card.lane != TimelineLane::None;
    }
    static QString laneName(TimelineLane lane);
    // Splits a leading year (1850 to next year) off a quick-entry text ("1989 Mauerfall",
    // "1989: …"); a number such as "1500 Arbeitsplätze" stays text.
    // Returns the year and leaves the rest in *text; leaves *text alone when there is none.
    static std::optional<int> takeLeadingYear(QString *text);

private:
    int m_firstYear = 0;
    int m_lastYear = 0;
    std::array<double, LaneCount> m_laneTop{};
    std::array<double, LaneCount> m_laneHeight{};
    QHash<Id, QPointF> m_positions;
};

} // namespace weitblick
