#include "ratelimits.h"

#include <algorithm>

namespace weitblick {

// Rate limits keep state per client address. A flood of addresses must not grow them without
// end: beyond this many keys, the idle ones are dropped.
constexpr int MaxKeys = 10000;

void WindowLimiter::forgetOld(QList<qint64> &times, qint64 nowMs) const
{
    while (!times.isEmpty() && times.constFirst() <= nowMs - m_windowMs)
        times.removeFirst();
}

bool WindowLimiter::isLimited(const QString &key, qint64 nowMs)
{
    const auto it = m_events.find(key);
    if (it == m_events.end())
        return false;
    forgetOld(*it, nowMs);
    return it->size() >= m_limit;
}

void WindowLimiter::record(const QString &key, qint64 nowMs)
{
    pruneIfLarge(nowMs);
    QList<qint64> &times = m_events[key];
    forgetOld(times, nowMs);
    times.append(nowMs);
    while (times.size() > m_limit)
        times.removeFirst();
}

qint64 WindowLimiter::retryAfterMs(const QString &key, qint64 nowMs)
{
    if (!isLimited(key, nowMs))
        return 0;
    return m_events.value(key).constFirst() + m_windowMs - nowMs;
}

void WindowLimiter::pruneIfLarge(qint64 nowMs)
{
    if (m_events.size() < MaxKeys)
        return;
    for (auto it = m_events.begin(); it != m_events.end();) {
        forgetOld(*it, nowMs);
        it = it->isEmpty() ? m_events.erase(it) : std::next(it);
    }
}

bool TokenBuckets::take(const QString &key, qint64 nowMs)
{
    if (m_full.size() >= MaxKeys) {
        // A full bucket is the same as no bucket.
        for (auto it = m_full.begin(); it != m_full.end();)
            it = *it <= nowMs ? m_full.erase(it) : std::next(it);
    }
    // Taking a token moves the moment the bucket is full again one interval later; it may lie
    // at most burst − 1 intervals ahead.
    const qint64 full = std::max(m_full.value(key, nowMs), nowMs);
    if (full - nowMs > (m_burst - 1) * m_intervalMs)
        return false;
    m_full.insert(key, full + m_intervalMs);
    return true;
}

qint64 TokenBuckets::retryAfterMs(const QString &key, qint64 nowMs) const
{
    const qint64 full = std::max(m_full.value(key, nowMs), nowMs);
    return std::max<qint64>(0, full - nowMs - (m_burst - 1) * m_intervalMs);
}

} // namespace weitblick
