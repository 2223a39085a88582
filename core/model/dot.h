#pragma once

#include "id.h"

namespace weitblick {

enum class DotKind { Plus, Minus };
constexpr int DotKindCount = 2;

// Dots that one voter stuck on one card or cluster in a vote session.
// Exactly one of cardId and clusterId is set. voterId names a participant, table or group,
// depending on the session's voter unit, and is NoId when the room votes as one. In a room
// vote, dots stuck from a device name the device, which has a budget of its own; the room's
// dots from the laptop or a paper tally name none.
struct Dot
{
    Id id = NoId;
    Id sessionId = NoId;
    Id cardId = NoId;
    Id clusterId = NoId;
    Id voterId = NoId;
    int count = 1;
    DotKind kind = DotKind::Plus;
    Id deviceId = NoId;

    bool operator==(const Dot &) const = default;
};

} // namespace weitblick
