#pragma once

#include <QHostAddress>
#include <QList>

namespace weitblick {

// The addresses of this computer that phones in the room can reach, for the moderator to
// choose from: the IPv4 addresses of the interface with the default route first (the one the
// venue's network or the laptop's hotspot most likely uses), then those of the other running
// interfaces, and loopback last, which is always there.
QList<QHostAddress> joinAddresses();

} // namespace weitblick
