#include <catch2/catch.hpp>

#include "core/measures/icalendar.h"
#include "core/measures/measurefilter.h"
#include "core/measures/measurehistory.h"
#include "core/measures/progressrollup.h"
#include "core/model/references.h"
#include "core/sample/stressconference.h"

#include <QElapsedTimer>

using namespace weitblick;

// Figures for the closing note: the follow-up logic on the stress conference (500 measures,
// their reviews and indicator values). Each is the best of 5 runs.
TEST_CASE("Measures logic on the stress conference", "[measures][stress]")
{
    const Conference c = makeStressConference();
    REQUIRE(c.all<Measure>().size() == 500);
    CHECK(c.all<ReviewMeeting>().size() == 6);
    CHECK(c.all<MeasureReview>().size() > 500);
    CHECK(c.all<IndicatorValue>().size() > 500);
    CHECK(findProblems(c).isEmpty());

    const QDate today(2027, 6, 1);
    auto best = [](const std::function<void()> &f) {
        qint64 bestNs = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            f();
            bestNs = std::min(bestNs, timer.nsecsElapsed());
        }
        return bestNs / 1e6;
    };
    Rollup all;
    QHash<Id, Rollup> bySub;
    const double rollupMs = best([&] {
        all = ProgressRollup::ofConference(c);
        bySub = ProgressRollup::bySubProject(c);
    });
    int attention = 0;
    const double filterMs = best([&] {
        MeasureFilter filter;
        filter.needsAttentionOnly = true;
        filter.today = today;
        attention = int(filter.apply(c).size());
    });
    const double sortMs = best([&] { MeasureFilter().apply(c); });
    const double historyMs = best([&] {
        for (const Measure &m : c.all<Measure>())
            MeasureHistory::of(c, m.id);
    });
    QByteArray ics;
    const double icsMs = best([&] {
        ics = ICalendar::fromConference(c, QDateTime(today, QTime(12, 0), Qt::UTC));
    });
    WARN("stress: roll-up (conference + every sub-project) " << rollupMs << " ms; "
         << "overdue/at-risk filter " << filterMs << " ms (" << attention << " need attention); "
         << "whole list sorted " << sortMs << " ms; history of all 500 measures " << historyMs
         << " ms; calendar " << icsMs << " ms, " << ics.size() << " bytes");
    CHECK(all.counted > 0);
    CHECK(rollupMs < 50);
    CHECK(filterMs < 50);
    CHECK(icsMs < 500);
}
