#pragma once

#include "measurecount.h"
#include "measurehealth.h"

#include <QCoreApplication>
#include <QString>

namespace weitblick {

// The words for measure states, shared by the measure views and the calendar export.
class MeasureTexts
{
    Q_DECLARE_TR_FUNCTIONS(MeasureTexts)

public:
    static QString statusText(MeasureStatus status);
    // The group of the measures that belong to no sub-project, in lists and on paper.
    static QString withoutSubProject();
    static QString healthText(MeasureHealth health); // empty for on track and closed
    // "11 measures, 2 done, 1 dropped": the count of a group of measures in words.
    static QString countText(const MeasureCount &count);
};

} // namespace weitblick
