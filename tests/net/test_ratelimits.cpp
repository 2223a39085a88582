#include <catch2/catch.hpp>

#include "net/ratelimits.h"

using namespace weitblick;

TEST_CASE("A window limiter allows so many events per key within the window", "[net][limits]")
{
    WindowLimiter limiter(3, 60'000);
    const QString a = QStringLiteral("10.0.0.1");
    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(limiter.isLimited(a, 1000 + i));
        limiter.record(a, 1000 + i);
    }
    CHECK(limiter.isLimited(a, 1003));
    CHECK(limiter.retryAfterMs(a, 1003) == 60'000 - 3);
    CHECK_FALSE(limiter.isLimited(QStringLiteral("10.0.0.2"), 1003));
    // The first event leaves the window, and one more may come.
    CHECK_FALSE(limiter.isLimited(a, 61'000));
    limiter.record(a, 61'000);
    CHECK(limiter.isLimited(a, 61'000));
}

TEST_CASE("A token bucket gives a burst and then one token per interval", "[net][limits]")
{
    TokenBuckets buckets(5, 1000);
    const QString device = QStringLiteral("7");
    for (int i = 0; i < 5; ++i)
        CHECK(buckets.take(device, 0));
    CHECK_FALSE(buckets.take(device, 0));
    CHECK(buckets.retryAfterMs(device, 0) == 1000);
    CHECK_FALSE(buckets.take(device, 999));
    CHECK(buckets.take(device, 1000));
    CHECK_FALSE(buckets.take(device, 1000));
    // A long pause fills the bucket up to the burst, not beyond.
    for (int i = 0; i < 5; ++i)
        CHECK(buckets.take(device, 100'000));
    CHECK_FALSE(buckets.take(device, 100'000));
    // A clock that steps back gives nothing.
    CHECK_FALSE(buckets.take(device, 50'000));
}

TEST_CASE("Rate limits forget idle clients instead of growing without end", "[net][limits]")
{
    WindowLimiter limiter(1, 1000);
    for (int i = 0; i < 25'000; ++i)
        limiter.record(QString::number(i), i);
    // The old keys are gone, the recent one is still limited.
    CHECK_FALSE(limiter.isLimited(QStringLiteral("0"), 25'000));
    CHECK(limiter.isLimited(QStringLiteral("24999"), 25'000));
}
