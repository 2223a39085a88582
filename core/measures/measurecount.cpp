#include "measurecount.h"

#include "measurehealth.h"

namespace weitblick {

namespace {

void add(MeasureCount *count, const Measure &measure, QDate today)
{
    ++count->total;
    count->done += measure.status == MeasureStatus::Done;
    count->dropped += measure.status == MeasureStatus::Dropped;
    const MeasureHealth health = MeasureHealthRule::of(measure, today);
    count->overdue += health == MeasureHealth::Overdue;
    count->atRisk += health == MeasureHealth::AtRisk;
}

} // namespace

MeasureCount MeasureCount::of(const QList<const Measure *> &measures, QDate today)
{
    MeasureCount count;
    for (const Measure *measure : measures)
        add(&count, *measure, today);
    return count;
}

MeasureCount MeasureCount::of(const Conference &conference, QDate today)
{
    MeasureCount count;
    for (const Measure &measure : conference.all<Measure>())
        add(&count, measure, today);
    return count;
}

} // namespace weitblick
