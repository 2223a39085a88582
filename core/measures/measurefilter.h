#pragma once

#include "measurehealth.h"

#include "core/model/conference.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace weitblick {

// Which measures a list shows: by owner, status and sub-project; an unset criterion lets every
// measure through. Measures come out in the order of their deadlines (those without last),
// then by title.
struct MeasureFilter
{
    std::optional<QString> owner;       // the exact owner text
    std::optional<MeasureStatus> status;
    std::optional<Id> subProjectId;     // NoId: measures without a sub-project
    bool needsAttentionOnly = false;    // only overdue and at-risk measures, on `today`
    QDate today;

    bool matches(const Measure &measure) const;
    QList<const Measure *> apply(const Conference &conference) const;

    // The distinct owners of all measures, sorted for a choice list.
    static QStringList owners(const Conference &conference);
};

} // namespace weitblick
