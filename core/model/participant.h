#pragma once

#include "id.h"

#include <QString>

namespace weitblick {

// A person taking part in the conference.
struct Participant
{
    Id id = NoId;
    QString name;
    QString organisation;
    Id groupId = NoId;
    Id tableId = NoId;
    bool steeringCommittee = false; // sits on the Steuerkreis that follows the measures

    bool operator==(const Participant &) const = default;
};

} // namespace weitblick
