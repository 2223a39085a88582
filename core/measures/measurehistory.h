#pragma once

#include "core/model/conference.h"

#include <QList>

namespace weitblick {

// One event in the history of a measure: a review of it, or a value of one of its indicators.
struct HistoryEntry
{
    enum class Kind { Review, IndicatorValue };
    QDate date;
    Kind kind = Kind::Review;
    Id id = NoId;        // the MeasureReview or IndicatorValue
    Id meetingId = NoId; // the review meeting, if any
};

// The history of a measure and of its indicators, in date order.
class MeasureHistory
{
public:
    // Reviews and indicator values of the measure, oldest first. On the same day a review comes
    // before the values reported with it, and values follow their criteria's order.
    static QList<HistoryEntry> of(const Conference &conference, Id measureId);
    // The values of one criterion, oldest first (same day: in the order they were entered).
    static QList<IndicatorValue> valuesOf(const Conference &conference, Id criterionId);
    // The review meetings, oldest first.
    static QList<ReviewMeeting> meetings(const Conference &conference);
    // The criteria of a measure, in id order.
    static QList<Criterion> criteriaOf(const Conference &conference, Id measureId);
};

} // namespace weitblick
