#include "joinaddresses.h"

#include <QFile>
#include <QNetworkInterface>

namespace weitblick {

QString defaultRouteInterface(const QByteArray &routeTable)
{
    const QList<QByteArray> lines = routeTable.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() > 2 && fields.at(1) == "00000000")
            return QString::fromLatin1(fields.at(0));
    }
    return {};
}

QList<QHostAddress> orderJoinAddresses(const QString &routedInterface,
                                       const QList<InterfaceAddresses> &interfaces)
{
    QList<QHostAddress> first;
    QList<QHostAddress> others;
    for (const InterfaceAddresses &interface : interfaces) {
        for (const QHostAddress &address : interface.addresses) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                (interface.name == routedInterface ? first : others).append(address);
        }
    }
    return first + others + QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)};
}

QList<QHostAddress> joinAddresses()
{
    QFile routes(QStringLiteral("/proc/net/route"));
    const QString routed = routes.open(QIODevice::ReadOnly)
        ? defaultRouteInterface(routes.read(1 << 20))
        : QString();
    QList<InterfaceAddresses> running;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        InterfaceAddresses entry{interface.name(), {}};
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &address : entries)
            entry.addresses << address.ip();
        running << entry;
    }
    return orderJoinAddresses(routed, running);
}

} // namespace weitblick
