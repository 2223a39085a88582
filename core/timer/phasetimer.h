#pragma once

#include "core/model/phase.h"

namespace weitblick {

// The time box of a phase as a clock that can be started, paused, extended and reset. It reads
// its state from the phase, so it survives reopening the file, and takes "now" as an argument
// (milliseconds since the epoch), so that tests can use a clock of their own.
class PhaseTimer
{
public:
    explicit PhaseTimer(const Phase &phase) : m_phase(phase) {}

    bool isRunning() const { return m_phase.timerStartedAtMs != 0; }
    qint64 durationMs() const;
    qint64 elapsedMs(qint64 nowMs) const;
    // Negative once the time is up.
    qint64 remainingMs(qint64 nowMs) const;
    bool isUp(qint64 nowMs) const { return durationMs() > 0 && remainingMs(nowMs) <= 0; }

    // The phase with the timer changed; the caller writes it through a command.
    Phase started(qint64 nowMs) const;
    Phase paused(qint64 nowMs) const;
    // Adds minutes to the time box, up to limits::MaxMinutes in all.
    Phase extended(int minutes) const;
    Phase reset() const;

    // "12:05", or "−0:30" once the time is up.
    static QString format(qint64 remainingMs);

private:
    Phase m_phase;
};

} // namespace weitblick
