#include "timelinelayout.h"

#include "cardgeometry.h"

#include "core/model/limits.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace weitblick {

namespace {

// Room for the cards of the first and last years, which stick out of their year's span.
constexpr double LaneMargin = (CardGeometry::CardWidth - TimelineLayout::UnitsPerYear) / 2 + 10;

int laneIndex(TimelineLane lane)
{
    return int(lane) - int(TimelineLane::World);
}

int decadeOf(int year)
{
    return int(std::floor(year / 10.0)) * 10;
}

} // namespace

TimelineLayout::TimelineLayout(const QList<Entry> &entries)
{
    std::array<QList<Entry>, LaneCount> lanes;
    int minYear = std::numeric_limits<int>::max();
    int maxYear = std::numeric_limits<int>::min();
    for (Entry entry : entries) {
        const int index = laneIndex(entry.lane);
        if (index < 0 || index >= LaneCount)
            continue;
        // Files hold only these years; clamping keeps every sum below far from overflowing
        // and the axis (the work of painting it) bounded whatever an entry says.
        entry.year = std::clamp(entry.year, limits::MinYear, limits::MaxYear);
        lanes[index].append(entry);
        minYear = std::min(minYear, entry.year);
        maxYear = std::max(maxYear, entry.year);
    }
    if (minYear > maxYear) {
        const int now = QDate::currentDate().year();
        minYear = now - 50;
        maxYear = now;
    }
    m_firstYear = decadeOf(minYear);
    m_lastYear = maxYear + 1;

    double top = 0;
    for (int index = 0; index < LaneCount; ++index) {
        QList<Entry> &lane = lanes[index];
        std::sort(lane.begin(), lane.end(), [](const Entry &a, const Entry &b) {
            return std::pair(a.year, a.cardId) < std::pair(b.year, b.cardId);
        });
        // Each card drops to the highest gap under its year that is free of the cards placed
        // before it, so that same and close years stack instead of covering each other.
        // Cards come in the order of their left edges, so a card that ends left of the
        // current one can never be in the way again.
        struct Placed
        {
            double right;
            double top;
            double bottom;
        };
        QList<Placed> active; // sorted by top
        const double gap = CardGeometry::RowGap;
        const double rowsTop = top + LaneHeaderHeight;
        double bottom = rowsTop + CardGeometry::MinCardHeight;
        for (const Entry &entry : std::as_const(lane)) {
            const double left = centreOfYear(entry.year) - entry.size.width() / 2;
            active.removeIf([&](const Placed &p) { return p.right + gap <= left; });
            double y = rowsTop;
            for (const Placed &placed : std::as_const(active)) {
                if (placed.top >= y + entry.size.height() + gap)
                    break;
                y = std::max(y, placed.bottom + gap);
            }
            const Placed placed{left + entry.size.width(), y, y + entry.size.height()};
            active.insert(std::upper_bound(active.begin(), active.end(), placed,
                                           [](const Placed &a, const Placed &b) {
                                               return a.top < b.top;
                                           }),
                          placed);
            m_positions.insert(entry.cardId, QPointF(left, y));
            bottom = std::max(bottom, placed.bottom);
        }
        const double rowsHeight = bottom - rowsTop + gap;
        m_laneTop[index] = top;
        m_laneHeight[index] = LaneHeaderHeight + rowsHeight + LanePadding;
        top += m_laneHeight[index] + LaneGap;
    }
}

double TimelineLayout::xOfYear(int year) const
{
    return (double(year) - m_firstYear) * UnitsPerYear;
}

int TimelineLayout::yearAt(double x) const
{
    const double year = m_firstYear + std::floor(x / UnitsPerYear);
    if (!(year >= limits::MinYear)) // also NaN
        return limits::MinYear;
    return int(std::min<double>(year, limits::MaxYear));
}

QRectF TimelineLayout::laneRect(TimelineLane lane) const
{
    const int index = laneIndex(lane);
    if (index < 0 || index >= LaneCount)
        return {};
    const double left = xOfYear(m_firstYear) - LaneMargin;
    const double right = xOfYear(m_lastYear + 1) + LaneMargin;
    return QRectF(left, m_laneTop[index], right - left, m_laneHeight[index]);
}

QRectF TimelineLayout::bounds() const
{
    const QRectF first = laneRect(TimelineLane::World);
    const QRectF last = laneRect(TimelineLane::Personal);
    return QRectF(QPointF(first.left() - LabelWidth, first.top()), last.bottomRight());
}

std::optional<TimelineSlot> TimelineLayout::slotAt(QPointF point) const
{
    for (TimelineLane lane : {TimelineLane::World, TimelineLane::Local, TimelineLane::Personal}) {
        const QRectF rect = laneRect(lane);
        // A little beyond either end of the axis still counts: the axis then grows.
        const double reach = 2 * CardGeometry::ColumnStep;
        if (point.y() >= rect.top() && point.y() < rect.bottom()
            && point.x() >= rect.left() - reach && point.x() < rect.right() + reach)
            return TimelineSlot{yearAt(point.x()), lane};
    }
    return std::nullopt;
}

QString TimelineLayout::laneName(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::World:
        return tr("World");
    case TimelineLane::Local:
        return tr("Local");
    case TimelineLane::Personal:
        return tr("Personal");
    case TimelineLane::None:
        break;
    }
    return tr("No lane");
}

std::optional<int> TimelineLayout::takeLeadingYear(QString *text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})(?:\\s*[:\\x{2013}\\x{2014}-]\\s*|\\s+)(\\S.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(*text);
    if (!match.hasMatch())
        return std::nullopt;
    // "1500 Arbeitsplätze weg" is a number, not a year: only years a living town remembers
    // (from 1850 to next year) count.
    const int year = match.captured(1).toInt();
    if (year < 1850 || year > QDate::currentDate().year() + 1)
        return std::nullopt;
    *text = match.captured(2);
    return year;
}

} // namespace weitblick
