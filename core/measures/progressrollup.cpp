#include "progressrollup.h"

namespace weitblick {

namespace {

// Sums kept as integers, so that the roll-up does not depend on the order of the measures.
struct Sum
{
    qint64 progress = 0;
    Rollup rollup;

    void add(const Measure &measure)
    {
        if (measure.status == MeasureStatus::Dropped)
            return;
        ++rollup.counted;
        progress += ProgressRollup::effectiveProgress(measure);
    }

    Rollup result() const
    {
        Rollup r = rollup;
        r.percent = r.counted ? double(progress) / r.counted : 0.0;
        return r;
    }
};

} // namespace

int ProgressRollup::effectiveProgress(const Measure &measure)
{
    if (measure.status == MeasureStatus::Done)
        return 100;
    return std::clamp(measure.progress, 0, 100);
}

Rollup ProgressRollup::of(const QList<const Measure *> &measures)
{
    Sum sum;
    for (const Measure *measure : measures)
        sum.add(*measure);
    return sum.result();
}

Rollup ProgressRollup::ofSubProject(const Conference &conference, Id subProjectId)
{
    Sum sum;
    for (const Measure &measure : conference.all<Measure>()) {
        if (measure.subProjectId == subProjectId)
            sum.add(measure);
    }
    return sum.result();
}

Rollup ProgressRollup::ofConference(const Conference &conference)
{
    Sum sum;
    for (const Measure &measure : conference.all<Measure>())
        sum.add(measure);
    return sum.result();
}

QHash<Id, Rollup> ProgressRollup::bySubProject(const Conference &conference)
{
    QHash<Id, Sum> sums;
    for (const SubProject &subProject : conference.all<SubProject>())
        sums[subProject.id];
    for (const Measure &measure : conference.all<Measure>())
        sums[measure.subProjectId].add(measure);
    QHash<Id, Rollup> result;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        result.insert(it.key(), it.value().result());
    return result;
}

} // namespace weitblick
