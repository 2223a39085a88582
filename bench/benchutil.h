#pragma once

// Small helpers shared by the benchmark programs: timing, medians and a printed table.

#include <QElapsedTimer>
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace weitblick::bench {

// Ends the benchmark with a message when an operation failed. Q_ASSERT is compiled out in a
// release build, and a figure must never measure a failure: check every timed operation.
inline void require(bool ok, const QString &what)
{
    if (ok)
        return;
    QTextStream(stderr) << "benchmark stopped: " << what << " failed" << Qt::endl;
    std::exit(1);
}

// Runs f `runs` times and returns the median wall time in milliseconds.
inline double medianMs(int runs, const std::function<void()> &f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Runs the baseline and the measured code alternately, `runs` times each, so that a noisy
// neighbour on the machine slows both alike. Returns the two medians in milliseconds.
// `between` runs untimed after each pair, to tidy up what a run left behind.
inline std::pair<double, double> interleavedMediansMs(int runs, const std::function<void()> &raw,
                                                      const std::function<void()> &measured,
                                                      const std::function<void()> &between = {})
{
    QList<double> rawTimes;
    QList<double> measuredTimes;
    for (int i = 0; i < runs; ++i) {
        rawTimes << medianMs(1, raw);
        measuredTimes << medianMs(1, measured);
        if (between)
            between();
    }
    std::sort(rawTimes.begin(), rawTimes.end());
    std::sort(measuredTimes.begin(), measuredTimes.end());
    return {rawTimes.at(runs / 2), measuredTimes.at(runs / 2)};
}

inline void printHeader()
{
    QTextStream(stdout) << QStringLiteral("%1 %2 %3 %4 %5\n")
                               .arg(QStringLiteral("figure"), -44)
                               .arg(QStringLiteral("weitblick ms"), 13)
                               .arg(QStringLiteral("raw ms"), 10)
                               .arg(QStringLiteral("ratio"), 7)
                               .arg(QStringLiteral("target"), 8);
}

// One line: the figure, the raw baseline measured in the same run, and their ratio.
inline void printRow(const QString &name, double ms, double rawMs, const QString &target)
{
    QTextStream(stdout) << QStringLiteral("%1 %2 %3 %4 %5\n")
                               .arg(name, -44)
                               .arg(ms, 13, 'f', 2)
                               .arg(rawMs > 0 ? QString::number(rawMs, 'f', 2) : QStringLiteral("-"), 10)
                               .arg(rawMs > 0 ? QString::number(ms / rawMs, 'f', 2) : QStringLiteral("-"), 7)
                               .arg(target, 8);
}

} // namespace weitblick::bench
