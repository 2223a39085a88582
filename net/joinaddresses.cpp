#include "joinaddresses.h"

#include <QFile>
#include <QNetworkInterface>

namespace weitblick {

namespace {

// The interface of the IPv4 default route, from the kernel's routing table.
QString defaultRouteInterface()
{
    QFile routes(QStringLiteral("/proc/net/route"));
    if (!routes.open(QIODevice::ReadOnly))
        return {};
    routes.readLine(); // the header
    while (!routes.atEnd()) {
        const QList<QByteArray> fields = routes.readLine().simplified().split(' ');
        if (fields.size() > 2 && fields.at(1) == "00000000")
            return QString::fromLatin1(fields.at(0));
    }
    return {};
}

} // namespace

QList<QHostAddress> joinAddresses()
{
    const QString routed = defaultRouteInterface();
    QList<QHostAddress> first;
    QList<QHostAddress> others;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            (interface.name() == routed ? first : others).append(entry.ip());
        }
    }
    return first + others + QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)};
}

} // namespace weitblick
