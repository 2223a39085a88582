#include "phasetimer.h"

#include <QString>

namespace weitblick {

qint64 PhaseTimer::durationMs() const
{
    return qint64(m_phase.timeBoxMinutes + m_phase.timerExtraMinutes) * 60 * 1000;
}

qint64 PhaseTimer::elapsedMs(qint64 nowMs) const
{
    qint64 elapsed = m_phase.timerElapsedMs;
    // A clock set back while running must not make time run backwards.
    if (isRunning())
        elapsed += std::max<qint64>(0, nowMs - m_phase.timerStartedAtMs);
    return elapsed;
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
    phase.timerElapsedMs = elapsedMs(nowMs);
    phase.timerStartedAtMs = 0;
    return phase;
}

Phase PhaseTimer::extended(int minutes) const
{
    Phase phase = m_phase;
    phase.timerExtraMinutes += minutes;
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
    const qint64 seconds = over ? (-remainingMs) / 1000 : (remainingMs + 999) / 1000;
    const QString clock = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10,
                                                                         QLatin1Char('0'));
    return over ? QStringLiteral("−") + clock : clock;
}

} // namespace weitblick
