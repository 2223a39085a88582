// Storage benchmark (issue 2): loading, durable edits and Save As of the stress conference,
// each beside the raw SQLite figure for the same rows, measured in the same run.
// Usage: bench_storage [RUNS] (default 5). Files go to a temporary folder in the current
// directory, on a real disk, because durability costs are what is measured.

#include "benchutil.h"
#include "rawsqlite.h"

#include "core/commands/commands.h"
#include "core/sample/stressconference.h"
#include "core/storage/conferencestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <sys/wait.h>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

const char *const Tables[] = {"conference", "stakeholder_group", "hall_table", "phase",
                              "sub_project", "participant", "cluster", "card",
                              "vote_session", "dot", "measure", "criterion"};

// The baseline for loading: a plain SELECT of every row of every table, touching each value.
qint64 rawSelectAll(const QString &path)
{
    sqlite3 *db = openRaw(path);
    qint64 touched = 0;
    for (const char *table : Tables) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = QByteArray("SELECT * FROM ") + table;
        sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0, n = sqlite3_column_count(stmt); c < n; ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_TEXT)
                    touched += sqlite3_column_bytes(stmt, c);
                else
                    touched += sqlite3_column_int64(stmt, c);
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return touched;
}

void rawBackup(const QString &from, const QString &to)
{
    QFile::remove(to);
    sqlite3 *source = openRaw(from);
    sqlite3 *target = openRaw(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    sqlite3_close(target);
    sqlite3_close(source);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(5, argc > 1 ? QByteArray(argv[1]).toInt() : 5);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    const QString stress = dir.filePath(QStringLiteral("stress.weitblick"));

    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!ConferenceStore::create(stress, makeStressConference(), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "stress file written in " << timer.elapsed() << " ms, "
                        << QFileInfo(stress).size() / 1024 << " KiB; median of " << runs
                        << " runs\n";
    printHeader();

    // Closing a document is not part of opening it: each one is closed after its run, untimed.
    std::unique_ptr<ConferenceDocument> opened;
    const auto [raw, load] = interleavedMediansMs(runs, [&] { rawSelectAll(stress); }, [&] {
        OpenOutcome outcome;
        opened = ConferenceDocument::open(stress, ConferenceStore::Access::ReadWrite, &outcome);
        Q_ASSERT(opened);
    }, [&] { opened.reset(); });
    printRow(QStringLiteral("open + load stress file"), load, raw, QStringLiteral("<= 2x"));

    // Durable edits: a card text edit through the undo command, against a raw INSERT + COMMIT
    // on a file in the same folder.
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(stress, ConferenceStore::Access::ReadWrite, &outcome);
    const Id cardId = document->conference().all<Card>().begin()->id;
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    sqlite3 *rawDb = openRawScratch(rawPath);
    int n = 0;
    const int editRuns = qMax(runs, 101);
    const auto [rawEdit, edit] = interleavedMediansMs(
        editRuns, [&] { rawInsertCommit(rawDb, ++n); }, [&] {
            commands::editCardText(document.get(), cardId,
                                   QStringLiteral("Bearbeitet %1").arg(++n));
        });
    printRow(QStringLiteral("one durable card edit"), edit, rawEdit, QStringLiteral("<= 1.5x"));

    const auto [rawThousand, thousand] = interleavedMediansMs(runs, [&] {
        for (int i = 0; i < 1000; ++i)
            rawInsertCommit(rawDb, ++n);
    }, [&] {
        for (int i = 0; i < 1000; ++i)
            commands::editCardText(document.get(), cardId, QStringLiteral("Serie %1").arg(++n));
    });
    printRow(QStringLiteral("1,000 durable edits in a row"), thousand, rawThousand, QString());
    sqlite3_close(rawDb);

    const QString copy = dir.filePath(QStringLiteral("copy.weitblick"));
    int saveRound = 0;
    const auto [rawCopy, saveAs] = interleavedMediansMs(runs, [&] {
        rawBackup(stress, dir.filePath(QStringLiteral("rawcopy.sqlite")));
    }, [&] {
        QString saveError;
        document->saveAs(copy + QString::number(++saveRound), &saveError);
    });
    printRow(QStringLiteral("Save As of the stress file"), saveAs, rawCopy, QString());
    document.reset();

    // --check and peak memory, each in a fresh process as a user would run them.
    long peakKiB = 0;
    const double check = medianMs(runs, [&] {
        const pid_t pid = fork();
        if (pid == 0) {
            const int devNull = ::open("/dev/null", O_WRONLY);
            dup2(devNull, STDOUT_FILENO);
            execl(WEITBLICK_BINARY, WEITBLICK_BINARY, "--check", stress.toLocal8Bit().constData(),
                  static_cast<char *>(nullptr));
            _exit(127);
        }
        int status = 0;
        struct rusage usage {};
        wait4(pid, &status, 0, &usage);
        peakKiB = qMax(peakKiB, usage.ru_maxrss);
    });
    printRow(QStringLiteral("weitblick --check stress file"), check, 0, QStringLiteral("< 1000"));
    QTextStream(stdout) << QStringLiteral("%1 %2 MB (target < 150 MB)\n")
                               .arg(QStringLiteral("peak RSS, stress file loaded (--check)"), -44)
                               .arg(peakKiB / 1024.0, 13, 'f', 1);
    return 0;
}
