#include "measurehealth.h"

#include <algorithm>

namespace weitblick {

double MeasureHealthRule::elapsedShare(const Measure &measure, QDate today)
{
    if (!measure.deadline.isValid() || today >= measure.deadline)
        return 1.0;
    if (!measure.startDate.isValid() || measure.startDate >= measure.deadline)
        return 1.0;
    const double total = double(measure.startDate.daysTo(measure.deadline));
    return std::clamp(double(measure.startDate.daysTo(today)) / total, 0.0, 1.0);
}

MeasureHealth MeasureHealthRule::of(const Measure &measure, QDate today, int riskDays)
{
    if (measure.status == MeasureStatus::Done || measure.status == MeasureStatus::Dropped)
        return MeasureHealth::Closed;
    if (!measure.deadline.isValid() || !today.isValid())
        return MeasureHealth::OnTrack;
    const qint64 daysLeft = today.daysTo(measure.deadline);
    if (daysLeft < 0)
        return MeasureHealth::Overdue;
    if (daysLeft <= riskDays && measure.progress < 100.0 * elapsedShare(measure, today))
        return MeasureHealth::AtRisk;
    return MeasureHealth::OnTrack;
}

} // namespace weitblick
