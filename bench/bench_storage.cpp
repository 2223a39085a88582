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

// The tables of the file, read from the file itself, so that the baseline reads every table
// the schema has (those of schema v3 included) and no more.
QList<QByteArray> tablesOf(sqlite3 *db)
{
    QList<QByteArray> tables;
    sqlite3_stmt *stmt = nullptr;
    require(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table'", -1,
                               &stmt, nullptr) == SQLITE_OK,
            QStringLiteral("listing the tables"));
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables << reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return tables;
}

// The baseline for loading: a plain SELECT of every row of every table, touching each value.
// Returns the number of rows read.
qint64 rawSelectAll(const QString &path)
{
    sqlite3 *db = openRaw(path);
    qint64 rows = 0;
    qint64 touched = 0;
    for (const QByteArray &table : tablesOf(db)) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = "SELECT * FROM \"" + table + '"';
        require(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK,
                QStringLiteral("reading table %1").arg(QString::fromUtf8(table)));
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
            ++rows;
            for (int c = 0, n = sqlite3_column_count(stmt); c < n; ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_TEXT)
                    touched += sqlite3_column_bytes(stmt, c);
                else
                    touched += sqlite3_column_int64(stmt, c);
            }
        }
        require(step == SQLITE_DONE, QStringLiteral("reading table %1").arg(QString::fromUtf8(table)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return touched != 0 ? rows : 0;
}

// The baseline for one durable edit: the same UPDATE of a card's text that an edit makes, on
// the same file, through a statement prepared once, in a transaction of its own.
class RawCardUpdate
{
public:
    RawCardUpdate(const QString &path, Id cardId) : m_cardId(cardId)
    {
        m_db = openRaw(path, SQLITE_OPEN_READWRITE);
        require(sqlite3_exec(m_db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;",
                             nullptr, nullptr, nullptr)
                    == SQLITE_OK,
                QStringLiteral("setting up the raw connection"));
        require(sqlite3_prepare_v2(m_db, "UPDATE card SET text = ? WHERE id = ?", -1, &m_update,
                                   nullptr)
                    == SQLITE_OK,
                QStringLiteral("preparing the raw UPDATE"));
    }
    ~RawCardUpdate()
    {
        sqlite3_finalize(m_update);
        sqlite3_close(m_db);
    }

    void run(int n)
    {
        const QByteArray text = "Roh bearbeitet " + QByteArray::number(n);
        require(sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK,
                QStringLiteral("raw BEGIN"));
        sqlite3_reset(m_update);
        sqlite3_bind_text(m_update, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_update, 2, m_cardId);
        require(sqlite3_step(m_update) == SQLITE_DONE && sqlite3_changes(m_db) == 1,
                QStringLiteral("raw UPDATE of a card"));
        require(sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK,
                QStringLiteral("raw COMMIT"));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_update = nullptr;
    Id m_cardId;
};

void rawBackup(const QString &from, const QString &to)
{
    QFile::remove(to);
    sqlite3 *source = openRaw(from);
    sqlite3 *target = openRaw(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    require(backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE
                && sqlite3_backup_finish(backup) == SQLITE_OK,
            QStringLiteral("raw backup"));
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
    require(ConferenceStore::create(stress, makeStressConference(), &error),
            QStringLiteral("writing the stress file: %1").arg(error));
    QTextStream(stdout) << "stress file written in " << timer.elapsed() << " ms, "
                        << QFileInfo(stress).size() / 1024 << " KiB; median of " << runs
                        << " runs\n";
    printHeader();

    // Closing a document is not part of opening it: each one is closed after its run, untimed.
    std::unique_ptr<ConferenceDocument> opened;
    const auto [raw, load] = interleavedMediansMs(runs, [&] {
        require(rawSelectAll(stress) > 0, QStringLiteral("reading every table"));
    }, [&] {
        OpenOutcome outcome;
        opened = ConferenceDocument::open(stress, ConferenceStore::Access::ReadWrite, &outcome);
        require(opened != nullptr, QStringLiteral("opening the stress file"));
    }, [&] { opened.reset(); });
    printRow(QStringLiteral("open + load stress file"), load, raw, QStringLiteral("<= 2x"));

    // Durable edits: a card text edit through the undo command, against the same UPDATE of
    // another card of the same file, raw.
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(stress, ConferenceStore::Access::ReadWrite, &outcome);
    require(document != nullptr, QStringLiteral("opening the stress file"));
    auto card = document->conference().all<Card>().begin();
    const Id cardId = card->id;
    RawCardUpdate rawUpdate(stress, (++card)->id);
    int n = 0;
    const auto edit = [&] {
        require(commands::editCardText(document.get(), cardId,
                                       QStringLiteral("Bearbeitet %1").arg(++n)),
                QStringLiteral("a card edit"));
    };
    const int editRuns = qMax(runs, 101);
    const auto [rawEdit, oneEdit] = interleavedMediansMs(editRuns, [&] { rawUpdate.run(++n); },
                                                         edit);
    printRow(QStringLiteral("one durable card edit"), oneEdit, rawEdit, QStringLiteral("<= 1.5x"));

    const auto [rawThousand, thousand] = interleavedMediansMs(runs, [&] {
        for (int i = 0; i < 1000; ++i)
            rawUpdate.run(++n);
    }, [&] {
        for (int i = 0; i < 1000; ++i)
            edit();
    });
    printRow(QStringLiteral("1,000 durable edits in a row"), thousand, rawThousand, QString());

    const QString copy = dir.filePath(QStringLiteral("copy.weitblick"));
    int saveRound = 0;
    const auto [rawCopy, saveAs] = interleavedMediansMs(runs, [&] {
        rawBackup(stress, dir.filePath(QStringLiteral("rawcopy.sqlite")));
    }, [&] {
        QString saveError;
        require(document->saveAs(copy + QString::number(++saveRound), &saveError),
                QStringLiteral("Save As: %1").arg(saveError));
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
        require(WIFEXITED(status) && WEXITSTATUS(status) == 0, QStringLiteral("weitblick --check"));
        peakKiB = qMax(peakKiB, usage.ru_maxrss);
    });
    printRow(QStringLiteral("weitblick --check stress file"), check, 0, QStringLiteral("< 1000"));
    QTextStream(stdout) << QStringLiteral("%1 %2 MB (target < 150 MB)\n")
                               .arg(QStringLiteral("peak RSS, stress file loaded (--check)"), -44)
                               .arg(peakKiB / 1024.0, 13, 'f', 1);
    return 0;
}
