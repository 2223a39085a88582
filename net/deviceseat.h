#pragma once

#include "roomsettings.h"

#include "core/model/conference.h"
#include "core/voting/dotrules.h"

#include <optional>

namespace weitblick {

// Where a device sits: the table, group and participant it joined as. A device that joined by
// name sits where its participant sits.
struct DeviceSeat
{
    Id tableId = NoId;
    Id groupId = NoId;
    Id participantId = NoId;
};

DeviceSeat seatOf(const Conference &conference, const Device &device);

// Whether the device has made the choice that the join mode asks for.
bool isSeated(const Conference &conference, const Device &device, JoinMode mode);

// The voter a device votes as in the session, as the target of a dot (without the item): its
// participant, table or group by the session's voter unit, or the device itself in a room
// vote. None when it did not join as what the session counts.
std::optional<DotTarget> voterOf(const Conference &conference, const Device &device,
                                 const VoteSession &session);

} // namespace weitblick
