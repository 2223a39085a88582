#include <catch2/catch.hpp>

#include "core/model/limits.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/timelinelayout.h"

using namespace weitblick;

namespace {

TimelineLayout::Entry entry(Id id, int year, TimelineLane lane)
{
    return {id, year, lane, QSizeF(CardGeometry::CardWidth, CardGeometry::MinCardHeight)};
}

} // namespace

TEST_CASE("A card with a year sits at its year on its lane", "[wall]")
{
    const TimelineLayout timeline({entry(1, 1989, TimelineLane::World),
                                   entry(2, 2005, TimelineLane::Local),
                                   entry(3, 1973, TimelineLane::Personal)});
    CHECK(timeline.firstYear() == 1970);
    CHECK(timeline.lastYear() == 2006);
    for (Id id : {1, 2, 3})
        REQUIRE(timeline.contains(id));
    CHECK(timeline.cardPos(1).x() < timeline.cardPos(2).x());
    CHECK(timeline.cardPos(3).x() < timeline.cardPos(1).x());
    // Centred on the span of its year.
    const QRectF card1(timeline.cardPos(1), QSizeF(CardGeometry::CardWidth, 110));
    CHECK(card1.center().x() == Approx(timeline.xOfYear(1989) + TimelineLayout::UnitsPerYear / 2));
    CHECK(timeline.laneRect(TimelineLane::World).contains(card1));
    CHECK(timeline.laneRect(TimelineLane::Local).contains(
        QRectF(timeline.cardPos(2), QSizeF(CardGeometry::CardWidth, 110))));
    CHECK(timeline.laneRect(TimelineLane::World).bottom()
          < timeline.laneRect(TimelineLane::Local).top());
    CHECK(timeline.laneRect(TimelineLane::Local).bottom()
          < timeline.laneRect(TimelineLane::Personal).top());
    CHECK(timeline.trayTop() > timeline.laneRect(TimelineLane::Personal).bottom());
}

TEST_CASE("Cards of the same and close years stack without overlapping", "[wall]")
{
    QList<TimelineLayout::Entry> entries;
    Id id = 1;
    for (int year = 2000; year < 2010; ++year) {
        entries << entry(id++, year, TimelineLane::Local);
        entries << entry(id++, year, TimelineLane::Local);
    }
    const TimelineLayout timeline(entries);
    QList<QRectF> rects;
    for (const TimelineLayout::Entry &e : entries)
        rects << QRectF(timeline.cardPos(e.cardId), e.size);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        CHECK(timeline.laneRect(TimelineLane::Local).contains(rects.at(i)));
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            CHECK_FALSE(rects.at(i).intersects(rects.at(j)));
    }
    // Two cards of one year share the column of that year.
    CHECK(timeline.cardPos(1).x() == timeline.cardPos(2).x());
    CHECK(timeline.cardPos(1).y() != timeline.cardPos(2).y());
}

TEST_CASE("A dropped card's place maps back to a year and lane", "[wall]")
{
    const TimelineLayout timeline({entry(1, 1990, TimelineLane::World),
                                   entry(2, 1975, TimelineLane::Local)});
    REQUIRE(timeline.firstYear() == 1970);
    for (TimelineLane lane : {TimelineLane::World, TimelineLane::Local, TimelineLane::Personal}) {
        for (int year : {1970, 1984, 1991}) {
            const QPointF point(timeline.xOfYear(year) + TimelineLayout::UnitsPerYear / 2,
                                timeline.laneRect(lane).center().y());
            const std::optional<TimelineSlot> slot = timeline.slotAt(point);
            REQUIRE(slot);
            CHECK(slot->year == year);
            CHECK(slot->lane == lane);
        }
    }
    CHECK_FALSE(timeline.slotAt(QPointF(100, timeline.trayTop() + 50)));
    // The card's own centre maps to its own slot.
    const QPointF centre = QRectF(timeline.cardPos(1), QSizeF(220, 110)).center();
    CHECK(timeline.slotAt(centre) == TimelineSlot{1990, TimelineLane::World});
}

TEST_CASE("A leading year of a quick entry is split off", "[wall]")
{
    QString text = QStringLiteral("1989 Mauerfall");
    CHECK(TimelineLayout::takeLeadingYear(&text) == 1989);
    CHECK(text == QStringLiteral("Mauerfall"));
    text = QString::fromUtf8("2015 – Viele Geflüchtete");
    CHECK(TimelineLayout::takeLeadingYear(&text) == 2015);
    CHECK(text == QString::fromUtf8("Viele Geflüchtete"));
    text = QStringLiteral("1973: Ölkrise");
    CHECK(TimelineLayout::takeLeadingYear(&text) == 1973);
    for (const char *unchanged : {"Mauerfall 1989", "19899 zu lang", "1989", "123 kurz",
                                  "1500 Arbeitsplätze weg", "9999 Luftballons"}) {
        text = QString::fromUtf8(unchanged);
        CHECK_FALSE(TimelineLayout::takeLeadingYear(&text));
        CHECK(text == QString::fromUtf8(unchanged));
    }
}

TEST_CASE("Years at the integer limits make a bounded timeline without overflow", "[wall]")
{
    const TimelineLayout timeline({entry(1, std::numeric_limits<int>::max(), TimelineLane::World),
                                   entry(2, std::numeric_limits<int>::min(), TimelineLane::Local),
                                   entry(3, 1989, TimelineLane::Personal)});
    CHECK(timeline.firstYear() >= limits::MinYear - 10);
    CHECK(timeline.lastYear() <= limits::MaxYear + 1);
    CHECK(timeline.firstYear() < timeline.lastYear());
    CHECK(std::isfinite(timeline.xOfYear(std::numeric_limits<int>::min())));
    CHECK(timeline.xOfYear(std::numeric_limits<int>::max()) > timeline.xOfYear(1989));
    CHECK(timeline.laneRect(TimelineLane::World).width() > 0);
    // A drop far beyond either end lands on a year a file may hold.
    const QRectF lane = timeline.laneRect(TimelineLane::World);
    for (const double x : {-1e300, 1e300, lane.left() - 1e9}) {
        const int year = timeline.yearAt(x);
        CHECK(year >= limits::MinYear);
        CHECK(year <= limits::MaxYear);
    }
}
