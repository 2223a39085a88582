// Follow-up benchmark (issue 12: the timing that used to sit in the unit tests): the measures
// logic on the stress conference (500 measures with their reviews and indicator values):
// progress roll-up, the overdue and at-risk filter, the sorted list, the history of every
// measure and the calendar. The baseline of the same run is one plain pass over the measures
// that reads what each of these reads.
// Usage: bench_measures [RUNS] (default 7).

#include "benchutil.h"

#include "core/measures/icalendar.h"
#include "core/measures/measurefilter.h"
#include "core/measures/measurehistory.h"
#include "core/measures/progressrollup.h"
#include "core/sample/stressconference.h"

#include <QCoreApplication>

using namespace weitblick;
using namespace weitblick::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 7;
    const Conference c = makeStressConference();
    const QDate today(2027, 6, 1);

    qint64 sink = 0;
    const auto pass = [&] {
        for (const Measure &m : c.all<Measure>())
            sink += m.progress + m.title.size() + m.deadline.toJulianDay();
    };
    const double rawMs = medianMs(runs, pass);

    printHeader();
    printRow(QStringLiteral("roll-up: conference and every sub-project"), medianMs(runs, [&] {
                 sink += ProgressRollup::ofConference(c).counted;
                 sink += ProgressRollup::bySubProject(c).size();
             }),
             rawMs, QStringLiteral("50"));
    printRow(QStringLiteral("filter: overdue and at risk"), medianMs(runs, [&] {
                 MeasureFilter filter;
                 filter.needsAttentionOnly = true;
                 filter.today = today;
                 sink += filter.apply(c).size();
             }),
             rawMs, QStringLiteral("50"));
    printRow(QStringLiteral("the whole list sorted"),
             medianMs(runs, [&] { sink += MeasureFilter().apply(c).size(); }), rawMs,
             QStringLiteral("-"));
    printRow(QStringLiteral("history of all %1 measures").arg(c.all<Measure>().size()),
             medianMs(runs, [&] {
                 for (const Measure &m : c.all<Measure>())
                     MeasureHistory::of(c, m.id);
             }),
             rawMs, QStringLiteral("-"));
    printRow(QStringLiteral("calendar of deadlines and reviews"), medianMs(runs, [&] {
                 sink += ICalendar::fromConference(c, QDateTime(today, QTime(12, 0), Qt::UTC))
                             .size();
             }),
             rawMs, QStringLiteral("500"));
    return sink == 0 ? 1 : 0;
}
