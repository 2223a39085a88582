#pragma once

#include "core/model/conference.h"

#include <QDate>
#include <QList>

namespace weitblick {

// How many measures there are, and in which state. Every number of measures that a view, a
// sheet or the report names comes from here, so that none of them leaves out the dropped
// measures while a list beside it shows them.
struct MeasureCount
{
    int total = 0; // every measure, the dropped ones included
    int done = 0;
    int dropped = 0;
    int overdue = 0; // on the day counted for (see MeasureHealthRule)
    int atRisk = 0;

    // The measures whose progress rolls up: all but the dropped ones.
    int counted() const { return total - dropped; }

    static MeasureCount of(const QList<const Measure *> &measures, QDate today);
    static MeasureCount of(const Conference &conference, QDate today);

    bool operator==(const MeasureCount &) const = default;
};

} // namespace weitblick
