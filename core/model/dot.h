#pragma once

#include "id.h"

namespace weitblick {

enum class DotKind { Plus, Minus };
constexpr int DotKindCount = 2;

// Dots that one voter stuck on one card or cluster in a vote session.
// Exactly one of cardId and clusterId is set. voterId names a participant, table or group,
// depending on the session's voter unit, and is NoId when the room votes as one.
struct Dot
{
    Id id = NoId;
    Id sessionId = NoId;
    Id cardId = NoId;
    Id clusterId = NoId;
    Id voterId = NoId;
    int count = 1;
    DotKind kind = DotKind::Plus;

    bool operator==(const Dot &) const = default;
};

} // namespace weitblick
