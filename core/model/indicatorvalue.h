#pragma once

#include "id.h"

#include <QDate>

namespace weitblick {

// One measured value of a controlling criterion's indicator on a date, so that the indicator
// keeps its history; recorded at a review meeting or on its own.
struct IndicatorValue
{
    Id id = NoId;
    Id criterionId = NoId;
    Id meetingId = NoId; // the review meeting it was reported at, if any
    QDate date;
    double value = 0;

    bool operator==(const IndicatorValue &) const = default;
};

} // namespace weitblick
