#include "deviceseat.h"

namespace weitblick {

DeviceSeat seatOf(const Conference &conference, const Device &device)
{
    if (const Participant *participant = conference.find<Participant>(device.participantId))
        return {participant->tableId, participant->groupId, participant->id};
    return {device.tableId, device.groupId, NoId};
}

bool isSeated(const Conference &conference, const Device &device, JoinMode mode)
{
    switch (mode) {
    case JoinMode::Table:
        return conference.find<Table>(device.tableId) != nullptr;
    case JoinMode::Group:
        return conference.find<StakeholderGroup>(device.groupId) != nullptr;
    case JoinMode::Participant:
        return conference.find<Participant>(device.participantId) != nullptr;
    }
    return false;
}

std::optional<DotTarget> voterOf(const Conference &conference, const Device &device,
                                 const VoteSession &session)
{
    DotTarget target;
    target.sessionId = session.id;
    const DeviceSeat seat = seatOf(conference, device);
    switch (session.voterUnit) {
    case VoterUnit::Participant:
        target.voterId = seat.participantId;
        break;
    case VoterUnit::Table:
        target.voterId = seat.tableId;
        break;
    case VoterUnit::Group:
        target.voterId = seat.groupId;
        break;
    case VoterUnit::Room:
        target.deviceId = device.id;
        return target;
    }
    if (target.voterId == NoId)
        return std::nullopt;
    return target;
}

} // namespace weitblick
