#include <catch2/catch.hpp>

#include "core/measures/measurefilter.h"
#include "core/measures/measurehealth.h"
#include "core/model/newconference.h"
#include "core/sample/sampleconference.h"

using namespace weitblick;

namespace {

Measure measure(QDate start, QDate deadline, int progress,
                MeasureStatus status = MeasureStatus::InProgress)
{
    Measure m;
    m.id = 1;
    m.startDate = start;
    m.deadline = deadline;
    m.progress = progress;
    m.status = status;
    return m;
}

} // namespace

TEST_CASE("Overdue means the deadline has passed and the measure is open", "[measures][health]")
{
    const QDate today(2026, 11, 26);
    const QDate start(2026, 1, 1);
    CHECK(MeasureHealthRule::of(measure(start, QDate(2026, 11, 25), 90), today)
          == MeasureHealth::Overdue);
    // The deadline day itself is still in time.
    CHECK(MeasureHealthRule::of(measure(start, today, 100), today) == MeasureHealth::OnTrack);
    CHECK(MeasureHealthRule::of(measure(start, QDate(2026, 11, 25), 90, MeasureStatus::Done),
                                today)
          == MeasureHealth::Closed);
    CHECK(MeasureHealthRule::of(measure(start, QDate(2020, 1, 1), 0, MeasureStatus::Dropped),
                                today)
          == MeasureHealth::Closed);
    CHECK(MeasureHealthRule::of(measure(start, QDate(), 0), today) == MeasureHealth::OnTrack);
}

TEST_CASE("At risk means the deadline is close and progress lags the time", "[measures][health]")
{
    const QDate today(2026, 11, 26);
    // Start 100 days before the deadline, deadline in 10 days: 90 % of the time has passed.
    const QDate deadline = today.addDays(10);
    const QDate start = deadline.addDays(-100);
    CHECK(MeasureHealthRule::elapsedShare(measure(start, deadline, 0), today) == Approx(0.9));
    CHECK(MeasureHealthRule::of(measure(start, deadline, 89), today) == MeasureHealth::AtRisk);
    CHECK(MeasureHealthRule::of(measure(start, deadline, 90), today) == MeasureHealth::OnTrack);
    // 14 days is the edge; 15 days away is not close.
    CHECK(MeasureHealthRule::of(measure(start, today.addDays(14), 0), today)
          == MeasureHealth::AtRisk);
    CHECK(MeasureHealthRule::of(measure(start, today.addDays(15), 0), today)
          == MeasureHealth::OnTrack);
    CHECK(MeasureHealthRule::of(measure(start, today.addDays(30), 0), today, 30)
          == MeasureHealth::AtRisk);
    // Due today and not finished, without a start date: all the time has passed.
    CHECK(MeasureHealthRule::of(measure(QDate(), today, 99), today) == MeasureHealth::AtRisk);
    // A start in the future: nothing has passed yet, so nothing lags.
    CHECK(MeasureHealthRule::elapsedShare(measure(today.addDays(5), today.addDays(10), 0), today)
          == 0.0);
    CHECK(MeasureHealthRule::of(measure(today.addDays(5), today.addDays(10), 0), today)
          == MeasureHealth::OnTrack);
}

TEST_CASE("The sample's measures on a fixed day", "[measures][health]")
{
    const Conference c = makeSampleConference();
    const QDate today(2026, 11, 26);
    QStringList overdue, atRisk;
    for (const Measure &m : c.all<Measure>()) {
        const MeasureHealth h = MeasureHealthRule::of(m, today);
        if (h == MeasureHealth::Overdue)
            overdue << m.title;
        else if (h == MeasureHealth::AtRisk)
            atRisk << m.title;
    }
    // Pop-up shops: deadline 30 November 2026 at 15 %.
    CHECK(atRisk == QStringList{QStringLiteral("Pop-up-Läden im ehemaligen Kaufhaus Merkur")});
    CHECK(overdue.isEmpty());
    CHECK(MeasureHealthRule::of(*c.find<Measure>(2), QDate(2026, 12, 1)) == MeasureHealth::Overdue);
}

TEST_CASE("Filters by owner status sub-project and attention", "[measures][filter]")
{
    const Conference c = makeSampleConference();
    MeasureFilter all;
    CHECK(all.apply(c).size() == 11);

    MeasureFilter byOwner;
    byOwner.owner = QStringLiteral("Rainer Kuhn");
    REQUIRE(byOwner.apply(c).size() == 1);
    CHECK(byOwner.apply(c).first()->title == QString::fromUtf8("Radweg Bahnhof – Altstadt"));

    MeasureFilter byStatus;
    byStatus.status = MeasureStatus::Done;
    CHECK(byStatus.apply(c).size() == 2);

    MeasureFilter bySub;
    bySub.subProjectId = 3; // TP 3 – Mobilität
    CHECK(bySub.apply(c).size() == 3);
    bySub.status = MeasureStatus::Dropped;
    CHECK(bySub.apply(c).size() == 1);
    MeasureFilter none;
    none.subProjectId = NoId;
    CHECK(none.apply(c).isEmpty());

    MeasureFilter attention;
    attention.needsAttentionOnly = true;
    attention.today = QDate(2026, 11, 26);
    CHECK(attention.apply(c).size() == 1);

    // Sorted by deadline.
    const QList<const Measure *> sorted = all.apply(c);
    for (int i = 1; i < sorted.size(); ++i)
        CHECK(sorted[i - 1]->deadline <= sorted[i]->deadline);

    const QStringList owners = MeasureFilter::owners(c);
    CHECK(owners.size() == 11);
    CHECK(owners.contains(QStringLiteral("Elif Kaya")));
}
