#include <catch2/catch.hpp>

#include "core/measures/icalendar.h"
#include "core/measures/measurefilter.h"
#include "core/measures/measurehistory.h"
#include "core/measures/progressrollup.h"
#include "core/model/references.h"
#include "core/sample/stressconference.h"

using namespace weitblick;

// The follow-up logic on the stress conference (500 measures, their reviews and indicator
// values) gives sound results at that size; how fast it is, bench_measures tells.
TEST_CASE("Measures logic on the stress conference", "[measures][stress]")
{
    const Conference c = makeStressConference();
    REQUIRE(c.all<Measure>().size() == 500);
    CHECK(c.all<ReviewMeeting>().size() == 6);
    CHECK(c.all<MeasureReview>().size() > 500);
    CHECK(c.all<IndicatorValue>().size() > 500);
    CHECK(findProblems(c).isEmpty());

    const QDate today(2027, 6, 1);
    const Rollup all = ProgressRollup::ofConference(c);
    CHECK(all.counted > 0);
    CHECK(ProgressRollup::bySubProject(c).size() == c.all<SubProject>().size());

    MeasureFilter attention;
    attention.needsAttentionOnly = true;
    attention.today = today;
    const qsizetype needingAttention = attention.apply(c).size();
    CHECK(needingAttention > 0);
    CHECK(needingAttention < 500);
    CHECK(MeasureFilter().apply(c).size() == 500);

    // Every review and every indicator value is in the history of exactly one measure.
    qsizetype entries = 0;
    for (const Measure &m : c.all<Measure>())
        entries += MeasureHistory::of(c, m.id).size();
    CHECK(entries == c.all<MeasureReview>().size() + c.all<IndicatorValue>().size());

    const QByteArray ics = ICalendar::fromConference(c, QDateTime(today, QTime(12, 0), Qt::UTC));
    CHECK(ics.count("BEGIN:VEVENT") > 6);
}
