#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/model/newconference.h"
#include "core/model/limits.h"
#include "core/timer/phasetimer.h"
#include "testfiles.h"

using namespace weitblick;

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 T0 = 1'800'000'000'000; // a fake clock: 2027-01-15
}

TEST_CASE("The timer runs pauses extends and resets on a fake clock", "[timer]")
{
    Phase phase;
    phase.timeBoxMinutes = 30;
    phase = PhaseTimer(phase).started(T0);
    CHECK(PhaseTimer(phase).isRunning());
    CHECK(phase.state == PhaseState::Running);
    CHECK(PhaseTimer(phase).remainingMs(T0 + 10 * Minute) == 20 * Minute);

    phase = PhaseTimer(phase).paused(T0 + 10 * Minute);
    CHECK_FALSE(PhaseTimer(phase).isRunning());
    // Paused: an hour later, still 20 minutes left.
    CHECK(PhaseTimer(phase).remainingMs(T0 + 70 * Minute) == 20 * Minute);

    phase = PhaseTimer(phase).started(T0 + 70 * Minute);
    CHECK_FALSE(PhaseTimer(phase).isUp(T0 + 89 * Minute));
    CHECK(PhaseTimer(phase).isUp(T0 + 90 * Minute));
    CHECK(PhaseTimer(phase).remainingMs(T0 + 91 * Minute) == -1 * Minute);

    phase = PhaseTimer(phase).extended(5);
    CHECK(PhaseTimer(phase).remainingMs(T0 + 91 * Minute) == 4 * Minute);
    CHECK_FALSE(PhaseTimer(phase).isUp(T0 + 91 * Minute));

    phase = PhaseTimer(phase).reset();
    CHECK_FALSE(PhaseTimer(phase).isRunning());
    CHECK(PhaseTimer(phase).remainingMs(T0 + 200 * Minute) == 30 * Minute);
}

TEST_CASE("A clock set back does not run the timer backwards", "[timer]")
{
    Phase phase;
    phase.timeBoxMinutes = 10;
    phase = PhaseTimer(phase).started(T0);
    CHECK(PhaseTimer(phase).elapsedMs(T0 - Minute) == 0);
}

TEST_CASE("The timer shows minutes and seconds and counts over time", "[timer]")
{
    CHECK(PhaseTimer::format(12 * Minute + 5000) == QStringLiteral("12:05"));
    CHECK(PhaseTimer::format(1) == QStringLiteral("0:01"));
    CHECK(PhaseTimer::format(0) == QStringLiteral("0:00"));
    CHECK(PhaseTimer::format(-30 * 1000) == QString::fromUtf8("−0:30"));
}

TEST_CASE("Timer state survives reopening the file", "[timer]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("timer.weitblick"));
    QString error;
    {
        auto document = ConferenceDocument::create(path, newConference(), &error);
        REQUIRE(document);
        const Phase phase = *document->conference().find<Phase>(2);
        REQUIRE(commands::setTimer(document.get(), PhaseTimer(phase).started(T0)));
        const Phase running = *document->conference().find<Phase>(2);
        REQUIRE(commands::setTimer(document.get(), PhaseTimer(running).extended(5)));
    }
    OpenOutcome outcome;
    auto reopened = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(reopened);
    const PhaseTimer timer(*reopened->conference().find<Phase>(2));
    CHECK(timer.isRunning());
    // Gegenwart has a time box of 120 minutes, plus 5.
    CHECK(timer.remainingMs(T0 + 25 * Minute) == 100 * Minute);
}

TEST_CASE("Timer values at the integer limits neither overflow nor run backwards", "[timer]")
{
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    constexpr qint64 Min = std::numeric_limits<qint64>::min();
    Phase phase;
    phase.timeBoxMinutes = std::numeric_limits<int>::max();
    phase.timerExtraMinutes = std::numeric_limits<int>::max();
    CHECK(PhaseTimer(phase).durationMs() > 0);
    phase.timerExtraMinutes = std::numeric_limits<int>::min();
    CHECK(PhaseTimer(phase).durationMs() <= 0);
    CHECK_FALSE(PhaseTimer(phase).isUp(T0));

    phase.timeBoxMinutes = 30;
    phase.timerExtraMinutes = 0;
    phase.timerElapsedMs = Max;
    phase.timerStartedAtMs = Min + 1;
    const PhaseTimer timer(phase);
    CHECK(timer.elapsedMs(Max) == Max);
    CHECK(timer.remainingMs(Max) < 0);
    CHECK(timer.isUp(Max));
    phase.timerElapsedMs = Min;
    CHECK(PhaseTimer(phase).elapsedMs(T0) >= 0);
    // What a timer writes stays within what a file may hold.
    const Phase paused = PhaseTimer(phase).paused(Max);
    CHECK(paused.timerElapsedMs <= limits::MaxTimeMs);
    Phase extended = phase;
    extended.timerExtraMinutes = limits::MaxMinutes;
    CHECK(PhaseTimer(extended).extended(5).timerExtraMinutes == limits::MaxMinutes);
    CHECK(PhaseTimer::format(Min).startsWith(QStringLiteral("−")));
}
