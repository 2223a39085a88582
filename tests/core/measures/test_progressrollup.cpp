#include <catch2/catch.hpp>

#include "core/measures/progressrollup.h"
#include "core/model/newconference.h"
#include "core/sample/sampleconference.h"

using namespace weitblick;

namespace {

Measure measure(Id id, Id subProject, MeasureStatus status, int progress)
{
    Measure m;
    m.id = id;
    m.title = QStringLiteral("M%1").arg(id);
    m.subProjectId = subProject;
    m.status = status;
    m.progress = progress;
    return m;
}

} // namespace

TEST_CASE("Roll-up counts each measure equally without dropped ones and done as 100",
          "[measures][rollup]")
{
    Conference c = newConference();
    c.all<SubProject>().put({1, QStringLiteral("TP 1"), {}, {}});
    c.all<SubProject>().put({2, QStringLiteral("TP 2"), {}, {}});
    c.all<SubProject>().put({3, QStringLiteral("TP leer"), {}, {}});
    c.all<Measure>().put(measure(1, 1, MeasureStatus::InProgress, 40));
    c.all<Measure>().put(measure(2, 1, MeasureStatus::Done, 70)); // counts 100
    c.all<Measure>().put(measure(3, 1, MeasureStatus::Dropped, 0)); // does not count
    c.all<Measure>().put(measure(4, 2, MeasureStatus::Idea, 0));
    c.all<Measure>().put(measure(5, 2, MeasureStatus::Planned, 25));
    c.all<Measure>().put(measure(6, NoId, MeasureStatus::InProgress, 90));

    const Rollup one = ProgressRollup::ofSubProject(c, 1);
    CHECK(one.counted == 2);
    CHECK(one.percent == Approx(70.0)); // (40 + 100) / 2

    const Rollup two = ProgressRollup::ofSubProject(c, 2);
    CHECK(two.percent == Approx(12.5));

    const Rollup empty = ProgressRollup::ofSubProject(c, 3);
    CHECK(empty.isEmpty());
    CHECK(empty.percent == 0.0);

    // Conference: (40 + 100 + 0 + 25 + 90) / 5; each measure, not each sub-project, weighs.
    const Rollup all = ProgressRollup::ofConference(c);
    CHECK(all.counted == 5);
    CHECK(all.percent == Approx(51.0));

    const QHash<Id, Rollup> bySub = ProgressRollup::bySubProject(c);
    CHECK(bySub.value(1).percent == Approx(70.0));
    CHECK(bySub.value(2).percent == Approx(12.5));
    CHECK(bySub.contains(3));
    CHECK(bySub.value(NoId).percent == Approx(90.0));
    CHECK(ProgressRollup::effectiveProgress(measure(9, 1, MeasureStatus::Done, 0)) == 100);
    CHECK(ProgressRollup::effectiveProgress(measure(9, 1, MeasureStatus::Planned, 130)) == 100);
}

TEST_CASE("Only dropped measures roll up to nothing", "[measures][rollup]")
{
    Conference c = newConference();
    c.all<Measure>().put(measure(1, NoId, MeasureStatus::Dropped, 50));
    const Rollup r = ProgressRollup::ofConference(c);
    CHECK(r.isEmpty());
    CHECK(r.percent == 0.0);
}

TEST_CASE("The sample conference rolls up as documented", "[measures][rollup]")
{
    const Conference c = makeSampleConference();
    // 11 measures, one dropped: 40 15 100 20 0 55 10 60 15 100 → 415 / 10.
    const Rollup r = ProgressRollup::ofConference(c);
    CHECK(r.counted == 10);
    CHECK(r.percent == Approx(41.5));
}
