#pragma once

#include "id.h"

#include <QDate>
#include <QString>

namespace weitblick {

enum class AreaKind { Town, Region, District, Other };
constexpr int AreaKindCount = 4;

// The conference as a whole: what it is about, where and when, and who moderates it.
// There is exactly one, always with id 1.
struct ConferenceInfo
{
    static constexpr Id SingletonId = 1;

    Id id = SingletonId;
    QString title;
    QString area; // the town, region or district the conference is about
    AreaKind areaKind = AreaKind::Town;
    QString place;
    QDate startDate;
    QDate endDate;
    QString moderators;
    QString notes;
    // A template holds only the structure of a conference (see core/templates): its title names
    // the template and its notes describe it.
    bool isTemplate = false;

    bool operator==(const ConferenceInfo &) const = default;
};

} // namespace weitblick
