// Start-up benchmark (issue 3): from `weitblick FILE` to the first painted window, with the
// stress conference. It runs `weitblick --screenshot` on the stress file, which starts the
// program, opens the file, lays out and paints the main window at 1920×1080 and then also
// encodes a PNG: an upper bound of the time to the first painted window. Baselines from the
// same run: the bare process start (`--version`) and loading without a window (`--check`).
// Usage: bench_startup [RUNS] (default 5).

#include "benchutil.h"

#include "core/sample/stressconference.h"
#include "core/storage/conferencestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

void run(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(WEITBLICK_BINARY), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("weitblick %s failed", qPrintable(arguments.join(QLatin1Char(' '))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(5, argc > 1 ? QByteArray(argv[1]).toInt() : 5);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    const QString stress = dir.filePath(QStringLiteral("stress.weitblick"));
    QString error;
    if (!ConferenceStore::create(stress, makeStressConference(), &error))
        qFatal("%s", qPrintable(error));
    const QString png = dir.filePath(QStringLiteral("shot.png"));

    QTextStream(stdout) << "median of " << runs << " runs, stress conference\n";
    printHeader();
    const double start = medianMs(runs, [] { run({QStringLiteral("--version")}); });
    printRow(QStringLiteral("process start (--version)"), start, 0, QString());
    const double load = medianMs(runs, [&] { run({QStringLiteral("--check"), stress}); });
    printRow(QStringLiteral("start + open + check (--check)"), load, start, QString());
    for (int phase : {1, 3}) {
        const double shown = medianMs(runs, [&] {
            run({QStringLiteral("--screenshot"), png, QStringLiteral("--phase"),
                 QString::number(phase), stress});
        });
        printRow(QStringLiteral("to painted window + PNG, phase %1").arg(phase), shown, start,
                 QStringLiteral("< 1000"));
    }
    return 0;
}
