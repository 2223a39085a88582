#include <catch2/catch.hpp>

#include "net/joinaddresses.h"

using namespace weitblick;

TEST_CASE("The default route's interface is read from the kernel's routing table",
          "[participation][addresses]")
{
    const QByteArray table =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
        "docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n"
        "wlan0\t00000000\t01B2A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
        "wlan0\t00B2A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0\n";
    CHECK(defaultRouteInterface(table) == QLatin1String("wlan0"));
    // No default route (a laptop on its own hotspot before it is up), or no table at all.
    CHECK(defaultRouteInterface(table.left(table.indexOf("wlan0\t0000"))).isEmpty());
    CHECK(defaultRouteInterface({}).isEmpty());
    CHECK(defaultRouteInterface("garbage\n\n\t\t\n00000000").isEmpty());
}

TEST_CASE("The default route's addresses come first, loopback always last",
          "[participation][addresses]")
{
    const QList<InterfaceAddresses> interfaces{
        {QStringLiteral("docker0"), {QHostAddress(QStringLiteral("172.17.0.1"))}},
        {QStringLiteral("wlan0"),
         {QHostAddress(QStringLiteral("fe80::1")), QHostAddress(QStringLiteral("192.168.178.20"))}},
    };
    const QList<QHostAddress> ordered = orderJoinAddresses(QStringLiteral("wlan0"), interfaces);
    REQUIRE(ordered.size() == 3); // IPv6 link-local addresses are left out
    CHECK(ordered.at(0) == QHostAddress(QStringLiteral("192.168.178.20")));
    CHECK(ordered.at(1) == QHostAddress(QStringLiteral("172.17.0.1")));
    CHECK(ordered.at(2) == QHostAddress(QHostAddress::LocalHost));

    // With no network at all, loopback is still there.
    CHECK(orderJoinAddresses({}, {}) == QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)});
    // On this machine too, loopback is the last choice.
    CHECK(joinAddresses().constLast() == QHostAddress(QHostAddress::LocalHost));
}
