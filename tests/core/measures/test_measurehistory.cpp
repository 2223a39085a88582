#include <catch2/catch.hpp>

#include "core/measures/measurehistory.h"
#include "core/model/newconference.h"
#include "core/sample/sampleconference.h"

using namespace weitblick;

TEST_CASE("A measure's history is in date order whatever the order of entry",
          "[measures][history]")
{
    Conference c = newConference();
    Measure m;
    m.id = 1;
    c.all<Measure>().put(m);
    Measure other;
    other.id = 2;
    c.all<Measure>().put(other);
    c.all<Criterion>().put({1, 1, QStringLiteral("A"), {}, {}, {}, {}, {}});
    c.all<Criterion>().put({2, 1, QStringLiteral("B"), {}, {}, {}, {}, {}});
    c.all<Criterion>().put({3, 2, QStringLiteral("other"), {}, {}, {}, {}, {}});
    // Entered out of order: the later meeting first.
    c.all<ReviewMeeting>().put({1, QDate(2026, 10, 1), QStringLiteral("2."), {}});
    c.all<ReviewMeeting>().put({2, QDate(2026, 7, 1), QStringLiteral("1."), {}});
    c.all<MeasureReview>().put({1, 1, 1, {}, {}, {}, {}, MeasureStatus::InProgress, 50});
    c.all<MeasureReview>().put({2, 2, 1, {}, {}, {}, {}, MeasureStatus::Planned, 10});
    c.all<MeasureReview>().put({3, 2, 2, {}, {}, {}, {}, MeasureStatus::Planned, 10});
    c.all<IndicatorValue>().put({1, 2, 1, QDate(2026, 10, 1), 5});
    c.all<IndicatorValue>().put({2, 1, 1, QDate(2026, 10, 1), 4});
    c.all<IndicatorValue>().put({3, 1, NoId, QDate(2026, 8, 15), 3});
    c.all<IndicatorValue>().put({4, 1, 2, QDate(2026, 7, 1), 2});
    c.all<IndicatorValue>().put({5, 3, 2, QDate(2026, 7, 1), 99}); // another measure's

    using K = HistoryEntry::Kind;
    const QList<HistoryEntry> h = MeasureHistory::of(c, 1);
    REQUIRE(h.size() == 6);
    // 1 July: the review, then its value; 15 August: a value; 1 October: review, A, then B.
    CHECK((h[0].kind == K::Review && h[0].id == 2));
    CHECK((h[1].kind == K::IndicatorValue && h[1].id == 4));
    CHECK((h[2].kind == K::IndicatorValue && h[2].id == 3 && h[2].meetingId == NoId));
    CHECK((h[3].kind == K::Review && h[3].id == 1));
    CHECK((h[4].kind == K::IndicatorValue && h[4].id == 2)); // criterion A
    CHECK((h[5].kind == K::IndicatorValue && h[5].id == 1)); // criterion B
    for (int i = 1; i < h.size(); ++i)
        CHECK(h[i - 1].date <= h[i].date);

    const QList<IndicatorValue> a = MeasureHistory::valuesOf(c, 1);
    REQUIRE(a.size() == 3);
    CHECK(a[0].value == 2);
    CHECK(a[1].value == 3);
    CHECK(a[2].value == 4);

    const QList<ReviewMeeting> meetings = MeasureHistory::meetings(c);
    CHECK(meetings.first().id == 2);
    CHECK(MeasureHistory::criteriaOf(c, 1).size() == 2);
}

TEST_CASE("The sample keeps reviews and indicator histories", "[measures][history]")
{
    const Conference c = makeSampleConference();
    CHECK(c.all<ReviewMeeting>().size() == 2);
    CHECK(c.all<MeasureReview>().size() == 17);
    CHECK(c.all<IndicatorValue>().size() == 25);
    // The latest review gives the measure its state, the latest value the criterion its
    // current value.
    for (const Measure &m : c.all<Measure>()) {
        const QList<HistoryEntry> h = MeasureHistory::of(c, m.id);
        for (auto it = h.crbegin(); it != h.crend(); ++it) {
            if (it->kind == HistoryEntry::Kind::Review) {
                const MeasureReview *r = c.find<MeasureReview>(it->id);
                CAPTURE(m.title);
                CHECK(r->status == m.status);
                CHECK(r->progress == m.progress);
                break;
            }
        }
    }
    for (const Criterion &criterion : c.all<Criterion>()) {
        const QList<IndicatorValue> values = MeasureHistory::valuesOf(c, criterion.id);
        if (!values.isEmpty()) {
            CAPTURE(criterion.indicator);
            CHECK(criterion.current == values.last().value);
        }
    }
}
