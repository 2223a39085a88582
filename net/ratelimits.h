#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace weitblick {

// At most `limit` events per key within a sliding window, such as wrong access codes per
// address per minute. Keys without an event in the window are forgotten.
class WindowLimiter
{
public:
    WindowLimiter(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}

    // True when the key already had `limit` events within the window before nowMs.
    bool isLimited(const QString &key, qint64 nowMs);
    void record(const QString &key, qint64 nowMs);
    // Milliseconds until the key may have another event; 0 when it may now.
    qint64 retryAfterMs(const QString &key, qint64 nowMs);

private:
    void forgetOld(QList<qint64> &times, qint64 nowMs) const;
    void pruneIfLarge(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, QList<qint64>> m_events; // per key, oldest first, at most m_limit
};

// A token bucket per key: up to `burst` events at once, then one every intervalMs, such as one
// card a second with a burst of five. Kept as the time at which each key's bucket would be
// empty again (the generic cell rate algorithm), in whole milliseconds, so it is exact.
class TokenBuckets
{
public:
    TokenBuckets(int burst, qint64 intervalMs) : m_burst(burst), m_intervalMs(intervalMs) {}

    // Takes a token when there is one.
    bool take(const QString &key, qint64 nowMs);
    // Milliseconds until the key has a token again; 0 when it has one now.
    qint64 retryAfterMs(const QString &key, qint64 nowMs) const;

private:
    qint64 m_burst;
    qint64 m_intervalMs;
    QHash<QString, qint64> m_full; // per key: when its bucket is full again
};

} // namespace weitblick
