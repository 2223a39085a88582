#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace weitblick {

// The addresses of this computer that phones in the room can reach, for the moderator to
// choose from: the IPv4 addresses of the interface with the default route first (the one the
// venue's network or the laptop's hotspot most likely uses), then those of the other running
// interfaces, and loopback last, which is always there.
QList<QHostAddress> joinAddresses();

// The parts of joinAddresses(), apart so that a test can give them any machine's network.
struct InterfaceAddresses
{
    QString name;
    QList<QHostAddress> addresses;
};
// The interface of the IPv4 default route in the kernel's routing table (/proc/net/route);
// empty when there is none.
QString defaultRouteInterface(const QByteArray &routeTable);
QList<QHostAddress> orderJoinAddresses(const QString &routedInterface,
                                       const QList<InterfaceAddresses> &interfaces);

} // namespace weitblick
