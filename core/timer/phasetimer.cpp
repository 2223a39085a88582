#include "phasetimer.h"

#include "core/model/limits.h"
#include "core/model/saturating.h"

#include <QString>

#include <algorithm>

namespace weitblick {

// Files and the clock are checked (limits.h), but the arithmetic does not rely on it: sums
// stop at the limits of qint64 instead of wrapping around.
qint64 PhaseTimer::durationMs() const
{
    const qint64 minutes = qint64(m_phase.timeBoxMinutes) + m_phase.timerExtraMinutes;
    return multiplySaturated<qint64>(minutes, 60 * 1000);
}

qint64 PhaseTimer::elapsedMs(qint64 nowMs) const
{
    qint64 elapsed = std::max<qint64>(0, m_phase.timerElapsedMs);
    // A clock set back while running must not make time run backwards.
    if (isRunning())
        elapsed = addSaturated(elapsed, std::max<qint64>(
                                            0, subtractSaturated(nowMs, m_phase.timerStartedAtMs)));
    return elapsed;
}

qint64 PhaseTimer::remainingMs(qint64 nowMs) const
{
    return subtractSaturated(durationMs(), elapsedMs(nowMs));
}

Phase PhaseTimer::started(qint64 nowMs) const
{
    Phase phase = m_phase;
    if (!isRunning())
        phase.timerStartedAtMs = nowMs;
    if (phase.state == PhaseState::Planned)
        phase.state = PhaseState::Running;
    return phase;
}

Phase PhaseTimer::paused(qint64 nowMs) const
{
    Phase phase = m_phase;
    phase.timerElapsedMs = std::min(elapsedMs(nowMs), limits::MaxTimeMs);
    phase.timerStartedAtMs = 0;
    return phase;
}

Phase PhaseTimer::extended(int minutes) const
{
    Phase phase = m_phase;
    phase.timerExtraMinutes = int(std::clamp<qint64>(qint64(phase.timerExtraMinutes) + minutes, 0,
                                                     limits::MaxMinutes));
    return phase;
}

Phase PhaseTimer::reset() const
{
    Phase phase = m_phase;
    phase.timerElapsedMs = 0;
    phase.timerStartedAtMs = 0;
    phase.timerExtraMinutes = 0;
    return phase;
}

QString PhaseTimer::format(qint64 remainingMs)
{
    const bool over = remainingMs < 0;
    // Round towards "more time left", so that 0:00 shows only when the time is really up.
    const qint64 seconds = over ? -(remainingMs / 1000) : remainingMs / 1000 + (remainingMs % 1000 != 0);
    const QString clock = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10,
                                                                         QLatin1Char('0'));
    return over ? QStringLiteral("−") + clock : clock;
}

} // namespace weitblick
