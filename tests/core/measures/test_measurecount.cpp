#include <catch2/catch.hpp>

#include "core/measures/measurecount.h"
#include "core/measures/measurefilter.h"
#include "core/measures/measuretexts.h"
#include "core/measures/progressrollup.h"
#include "core/sample/sampleconference.h"

using namespace weitblick;

TEST_CASE("The measures are counted with the dropped ones", "[measures][count]")
{
    const Conference c = makeSampleConference();
    const QDate today(2026, 11, 26); // the pop-up shops are at risk then
    const MeasureCount count = MeasureCount::of(c, today);
    CHECK(count.total == 11);
    CHECK(count.total == c.all<Measure>().size());
    CHECK(count.done == 2);
    CHECK(count.dropped == 1);
    CHECK(count.counted() == ProgressRollup::ofConference(c).counted);
    CHECK(count.atRisk == 1);

    // A list counts what it shows: the same count as the whole conference without a filter.
    CHECK(MeasureCount::of(MeasureFilter().apply(c), today) == count);
    MeasureFilter dropped;
    dropped.status = MeasureStatus::Dropped;
    CHECK(MeasureCount::of(dropped.apply(c), today).total == 1);
}

TEST_CASE("The count in words names every measure", "[measures][count]")
{
    MeasureCount count;
    count.total = 11;
    count.done = 2;
    count.dropped = 1;
    const QString text = MeasureTexts::countText(count);
    CHECK(text.startsWith(QStringLiteral("11 ")));
    CHECK(text.contains(QStringLiteral("2 done")));
    CHECK(text.contains(QStringLiteral("1 dropped")));
    count.dropped = 0;
    CHECK_FALSE(MeasureTexts::countText(count).contains(QStringLiteral("dropped")));
}
