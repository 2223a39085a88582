#pragma once

#include "id.h"
#include "measure.h"

#include <QString>

namespace weitblick {

// What a review meeting recorded about one measure: the four follow-up questions of the
// Future Search method, and the measure's status and progress as reported at that meeting.
struct MeasureReview
{
    Id id = NoId;
    Id meetingId = NoId;
    Id measureId = NoId;
    QString said;       // what we said we would do
    QString did;        // what we did
    QString next;       // what's next
    QString helpNeeded; // what help we need
    MeasureStatus status = MeasureStatus::Idea;
    int progress = 0; // percent, 0..100

    bool operator==(const MeasureReview &) const = default;
};

} // namespace weitblick
