#pragma once

#include "core/model/measure.h"

#include <QDate>

namespace weitblick {

// Whether a measure needs the steering committee's attention on a given day.
//
// - Closed: Done or Dropped; nothing to watch.
// - Overdue: the deadline has passed (today is after it) and the measure is not closed.
// - AtRisk: the deadline is at most riskDays away (today included) and the progress is below
//   the share of the time between start and deadline that has passed. Without a start date the
//   whole time counts as passed, so anything short of 100 % is at risk that close to the end.
// - OnTrack: everything else, including measures without a deadline.
//
// "Today" is always given by the caller, never read from the clock here, so that views, exports
// and tests agree on the day.
enum class MeasureHealth { OnTrack, AtRisk, Overdue, Closed };

class MeasureHealthRule
{
public:
    static constexpr int DefaultRiskDays = 14;

    static MeasureHealth of(const Measure &measure, QDate today,
                            int riskDays = DefaultRiskDays);
    // The share of the time from start to deadline that has passed on `today`, 0..1.
    static double elapsedShare(const Measure &measure, QDate today);
};

} // namespace weitblick
