#pragma once

#include "id.h"

#include <QString>

namespace weitblick {

// A phone or table laptop that joined the conference over the network (see
// docs/participation.md). It writes cards and votes as what it joined as: a table, a
// stakeholder group or a participant. Devices are kept in the file, so that a device keeps its
// session, its cards and its own budget in an anonymous room vote when the server or Weitblick
// restarts. Only the hash of the device's secret token is kept, never the token itself.
struct Device
{
    static constexpr int TokenHashLength = 64; // SHA-256, lower-case hex

    Id id = NoId;
    QString tokenHash;
    Id tableId = NoId;
    Id groupId = NoId;
    Id participantId = NoId;
    bool blocked = false; // the moderator shut it out: every request is refused

    bool operator==(const Device &) const = default;
};

} // namespace weitblick
