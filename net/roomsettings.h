#pragma once

#include "core/model/id.h"

#include <QString>

namespace weitblick {

// How participants say who they are when they join: by table, by stakeholder group, or by
// their own name from the participant list.
enum class JoinMode { Table, Group, Participant };

// What the moderator has opened to the devices in the room.
struct RoomSettings
{
    QString code;              // the access code of this start of the server
    Id openPhaseId = NoId;     // the one phase that accepts cards, or none
    bool intakePaused = false; // cards are refused for a moment, the phase stays shown
    Id voteSessionId = NoId;   // the vote that accepts dots from devices, or none
    JoinMode joinMode = JoinMode::Table;

    bool operator==(const RoomSettings &) const = default;
};

} // namespace weitblick
