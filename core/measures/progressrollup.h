#pragma once

#include "core/model/conference.h"

#include <QHash>
#include <QList>

namespace weitblick {

// Progress of a group of measures, rolled up. How many measures there are in each state is
// MeasureCount's job.
struct Rollup
{
    int counted = 0; // measures that count (all but the dropped ones)
    double percent = 0; // 0..100; 0 when nothing counts

    bool isEmpty() const { return counted == 0; }
};

// Rolls the progress of measures up to sub-project and conference level.
//
// Weighting, decided once for every view and output: each measure counts equally (measures
// have no size or budget in the file, and a weight typed in by hand would be argued over more
// than the measures themselves). A Dropped measure does not count at all, since it will never
// be finished and would otherwise pull the average down for good. A Done measure counts 100 %
// whatever its progress field says. Every other measure counts its progress (0..100).
class ProgressRollup
{
public:
    // The progress a measure contributes: 100 when Done, its progress otherwise.
    static int effectiveProgress(const Measure &measure);
    static Rollup of(const QList<const Measure *> &measures);
    static Rollup ofSubProject(const Conference &conference, Id subProjectId);
    static Rollup ofConference(const Conference &conference);
    // Every sub-project's roll-up in one pass; measures without a sub-project under NoId.
    static QHash<Id, Rollup> bySubProject(const Conference &conference);
};

} // namespace weitblick
