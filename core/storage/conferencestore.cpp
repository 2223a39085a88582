#include "conferencestore.h"

#include "connection.h"
#include "entitycolumns.h"
#include "filelock.h"
#include "schema.h"
#include "statement.h"
#include "transaction.h"
#include "errortext.h"
#include "core/model/references.h"
#include "core/model/validation.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <limits>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace weitblick {

using namespace storage;

namespace {

// What SQLite and the system said behind a message the moderator reads, for whoever looks into
// a failure: QT_LOGGING_RULES="weitblick.storage.info=true". Off by default, so that the
// command line says each failure once, in the interface's language.
Q_LOGGING_CATEGORY(lcStorage, "weitblick.storage", QtWarningMsg)

constexpr int SqliteHeaderSize = 100;
constexpr int ApplicationIdOffset = 68;
// Bytes 18 and 19 of the header are 2 in WAL mode, which Weitblick never writes.
constexpr int WriteVersionOffset = 18;
constexpr int ChangeCounterOffset = 24;
// Details list at most this many lines of what SQLite said.
constexpr int MaxDetailLines = 20;
// Files that keep changing while they are opened are checked this many times.
constexpr int OpenAttempts = 3;

enum Operation { Insert, Update, Delete };

// The path as a person reads it, on one line: a file name may hold line breaks.
QString displayName(const QString &path)
{
    QString name = QDir::toNativeSeparators(path);
    for (QChar &c : name) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xfffd);
    }
    return name;
}

std::optional<qint64> pragmaValue(sqlite3 *db, const char *sql)
{
    Statement query(db, sql);
    if (!query.next())
        return std::nullopt;
    return query.int64(0);
}

// Makes a rename durable: on POSIX the new name is only safe once its folder is synced.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

mode_t permissionsFor(const QString &path)
{
    struct stat existing {};
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0)
        return existing.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

QString uniqueBackupPath(const QString &path, int version)
{
    const QString base = path + QStringLiteral(".v%1.bak").arg(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QString::number(n);
    return candidate;
}

// The files SQLite keeps beside a database while it writes it.
QStringList companionsOf(const QString &path)
{
    return {path + QLatin1String("-journal"), path + QLatin1String("-wal")};
}

// What a file looks like from outside: enough to notice that another program wrote to it
// between its check and the moment Weitblick took the lock.
struct FileStamp
{
    qint64 size = -1;
    QDateTime modified;
    QByteArray changeCounter;
    QList<qint64> companionSizes;

    bool operator==(const FileStamp &) const = default;
};

FileStamp stampOf(const QString &path)
{
    FileStamp stamp;
    const QFileInfo info(path);
    stamp.size = info.size();
    stamp.modified = info.lastModified();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.seek(ChangeCounterOffset))
        stamp.changeCounter = file.read(4);
    for (const QString &companion : companionsOf(path))
        stamp.companionSizes << (QFileInfo::exists(companion) ? QFileInfo(companion).size() : -1);
    return stamp;
}

// A file in WAL mode, or with a journal or log beside it, cannot be read without SQLite
// writing (it would roll back the journal, or make a -shm file). It is checked on a copy.
bool needsPrivateCopy(const QString &path, const QByteArray &header)
{
    if (header.at(WriteVersionOffset) != 1 || header.at(WriteVersionOffset + 1) != 1)
        return true;
    const QStringList companions = companionsOf(path);
    return std::any_of(companions.begin(), companions.end(),
                       [](const QString &c) { return QFileInfo(c).size() > 0; });
}

// Copies the file with its journal or log to a temporary folder, lets SQLite finish there
// what the journal or log holds, and returns an in-memory database with the result. The file
// itself stays exactly as it is.
std::unique_ptr<Connection> openPrivateCopy(const QString &path, QString *error)
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("checking.weitblick"));
    bool copied = folder.isValid() && QFile::copy(path, copy);
    const QStringList companions = companionsOf(path);
    for (qsizetype i = 0; copied && i < companions.size(); ++i) {
        if (QFileInfo::exists(companions.at(i)))
            copied = QFile::copy(companions.at(i), companionsOf(copy).at(i));
    }
    if (!copied) {
        *error = QStringLiteral("The file could not be copied to %1 to be checked.")
                     .arg(folder.path());
        return nullptr;
    }
    auto recovered = Connection::open(copy, Connection::Mode::ReadWrite, error);
    auto memory = Connection::open(QStringLiteral(":memory:"), Connection::Mode::ReadWrite, error);
    if (!recovered || !memory)
        return nullptr;
    sqlite3_backup *backup = sqlite3_backup_init(memory->handle(), "main", recovered->handle(),
                                                 "main");
    const int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(memory->handle());
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = ErrorText::sqliteDetails(rc);
        return nullptr;
    }
    return memory;
}

// An upgrade first writes a backup as large as the file, then changes the file in place with a
// rollback journal of up to its size again. The margin is room for the schema's new tables and
// for the first edits after opening, often an import: 1,000 participants or 20,000 cards write
// a few megabytes, journal included. 16 MiB is nothing on a disk, and enough for those.
constexpr qint64 UpgradeMarginBytes = 16 * 1024 * 1024;

// The bytes this process can still write into a file in folder: the disk's free space, and no
// more than its file size limit (RLIMIT_FSIZE). -1 when the disk cannot tell.
qint64 roomIn(const QString &folder)
{
    const QStorageInfo disk(folder);
    qint64 room = disk.isValid() ? disk.bytesAvailable() : -1;
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        room = room < 0 ? qint64(limit.rlim_cur) : std::min(room, qint64(limit.rlim_cur));
    return room;
}

// Why the disk beside path has no room to upgrade it (empty when it has): checked before anything
// is written, so that an old file stays as it is when its upgrade could not finish.
QString lackOfRoomToUpgrade(const QString &path)
{
    const QFileInfo file(path);
    const qint64 needed = 2 * file.size() + UpgradeMarginBytes;
    const qint64 room = roomIn(file.absolutePath());
    if (room < 0 || room >= needed)
        return QString();
    const QLocale locale;
    return ConferenceStore::tr("%1 must be upgraded for this Weitblick, which needs %2 of free "
                               "space on its disk (for a backup and the upgrade), but only %3 are "
                               "free. Nothing in it was changed; it is open read-only. Free some "
                               "space and open it again.")
        .arg(displayName(path), locale.formattedDataSize(needed), locale.formattedDataSize(room));
}

OpenOutcome outcomeOf(OpenOutcome::Status status, OpenOutcome::Reason reason,
                      const QString &message, const QString &details = {})
{
    OpenOutcome outcome;
    outcome.status = status;
    outcome.reason = reason;
    outcome.message = message;
    outcome.details = details;
    return outcome;
}

} // namespace

ConferenceStore::~ConferenceStore() = default;

std::unique_ptr<ConferenceStore> ConferenceStore::open(const QString &path, Access access,
                                                       Conference *conference,
                                                       OpenOutcome *outcome)
{
    for (int attempt = 1;; ++attempt) {
        bool changed = false;
        auto store = openOnce(path, access, conference, outcome,
                              attempt < OpenAttempts ? &changed : nullptr);
        if (!changed)
            return store;
    }
}

std::unique_ptr<ConferenceStore> ConferenceStore::openOnce(const QString &path, Access access,
                                                           Conference *conference,
                                                           OpenOutcome *outcome, bool *changed)
{
    using Reason = OpenOutcome::Reason;
    using Status = OpenOutcome::Status;
    const auto reject = [&](Reason reason, const QString &message, const QString &details = {}) {
        *outcome = outcomeOf(Status::Rejected, reason, message, details);
        return nullptr;
    };
    const QString name = displayName(path);
    const QFileInfo info(path);
    if (!info.exists())
        return reject(Reason::Missing, tr("The file %1 does not exist (any more).").arg(name));
    if (!info.isFile())
        return reject(Reason::NotAFile, tr("%1 is a folder, not a conference file.").arg(name));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reject(Reason::NoPermission, tr("You have no permission to read %1.").arg(name));
    // Look at the header before SQLite touches the file, so a foreign file is never opened.
    const QByteArray header = file.read(SqliteHeaderSize);
    file.close();
    if (header.isEmpty())
        return reject(Reason::NotWeitblick,
                      tr("%1 is empty. It is not a Weitblick conference.").arg(name));
    if (header.size() < SqliteHeaderSize
        || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))
        || qFromBigEndian<quint32>(header.constData() + ApplicationIdOffset)
            != quint32(ApplicationId))
        return reject(Reason::NotWeitblick,
                      tr("%1 is not a Weitblick conference.").arg(name));

    const FileStamp stamp = stampOf(path);
    std::unique_ptr<ConferenceStore> store(new ConferenceStore);
    store->m_path = path;
    int version = 0;
    if (!store->openForChecking(needsPrivateCopy(path, header), &version, outcome))
        return nullptr;

    QString error;
    QString details;
    if (!store->load(conference, &error, &details)) {
        if (version > currentSchemaVersion())
            return reject(Reason::NewerVersion,
                          tr("%1 was saved by a newer Weitblick (file version %2) in a way this "
                             "one cannot read. Open it with the newer Weitblick.")
                              .arg(name).arg(version),
                          details);
        return reject(Reason::Damaged,
                      tr("%1 is damaged and cannot be opened (%2).").arg(name, error), details);
    }
    const QStringList badValues = findValueProblems(*conference, MaxDetailLines);
    if (!badValues.isEmpty()) {
        reject(Reason::Damaged, tr("%1 is damaged and cannot be opened (%2).")
                                    .arg(name, badValues.constFirst()),
               badValues.join(QLatin1Char('\n')));
        outcome->problems = badValues;
        return nullptr;
    }

    const auto readOnly = [&](Reason reason, const QString &message) {
        *outcome = outcomeOf(Status::ReadOnly, reason, message);
        return std::move(store);
    };
    const QStringList problems = findProblems(*conference, MaxDetailLines);
    if (!problems.isEmpty()) {
        auto inconsistent = readOnly(
            Reason::Inconsistent,
            tr("%1 has broken references (%2). It is open read-only; a repaired copy can be "
               "saved.").arg(name, problems.constFirst()));
        outcome->problems = problems;
        outcome->details = problems.join(QLatin1Char('\n'));
        return inconsistent;
    }
    const int current = currentSchemaVersion();
    if (version > current)
        return readOnly(Reason::NewerVersion,
                        tr("%1 was saved by a newer Weitblick (file version %2; this one knows "
                           "up to %3). It is open read-only so that nothing in it is lost.")
                            .arg(name).arg(version).arg(current));
    if (access == Access::ReadOnly)
        return readOnly(Reason::ReadOnlyRequested, tr("%1 is open read-only.").arg(name));
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return readOnly(Reason::NotWritable,
                        tr("You may only read %1 or its folder, so it is open read-only.")
                            .arg(name));

    // An upgrade is written first of all: only when the disk has room for all of it.
    if (version < current) {
        if (const QString lack = lackOfRoomToUpgrade(path); !lack.isEmpty())
            return readOnly(Reason::NotWritable, lack);
    }
    // Accepted: from here on Weitblick may write, beginning with its lock.
    auto lock = std::make_unique<FileLock>(path);
    if (!lock->tryLock() && lock->isHeldByOther())
        return readOnly(Reason::LockedByOther,
                        tr("%1 is already open in %2. It is open here read-only, so that the "
                           "two cannot overwrite each other.")
                            .arg(name, lock->holderDescription()));
    if (!lock->isLocked())
        return readOnly(Reason::NotWritable,
                        tr("Weitblick cannot write its lock file beside %1: %2. It is open "
                           "read-only.")
                            .arg(name, lock->failureCause()));
    if (changed && stampOf(path) != stamp) {
        *changed = true; // another program wrote to it meanwhile: check it again
        return nullptr;
    }
    if (!store->startWriting(std::move(lock), &details)) {
        auto kept = readOnly(Reason::NotWritable,
                             tr("Weitblick cannot make each edit of %1 durable on its own (is "
                                "another program using it?). It is open read-only.")
                                 .arg(name));
        outcome->details = details;
        return kept;
    }
    *outcome = outcomeOf(Status::Opened, Reason::None, {});
    if (version < current && !store->upgrade(version, outcome))
        return nullptr;
    return store;
}

bool ConferenceStore::openForChecking(bool needsPrivateCopy, int *version, OpenOutcome *outcome)
{
    using Reason = OpenOutcome::Reason;
    const QString name = displayName(m_path);
    const auto reject = [&](Reason reason, const QString &message, const QString &details) {
        *outcome = outcomeOf(OpenOutcome::Status::Rejected, reason, message, details);
        m_connection.reset();
        return false;
    };
    const auto unreadable = [&](int code, const QString &details) {
        return reject(Reason::Damaged, tr("%1 cannot be opened: %2.")
                                           .arg(name, ErrorText::sqliteCause(code)),
                      details);
    };
    QString error;
    m_connection = needsPrivateCopy ? openPrivateCopy(m_path, &error)
                                    : Connection::open(m_path, Connection::Mode::ReadOnly, &error);
    if (!m_connection)
        return unreadable(SQLITE_CANTOPEN, error);
    sqlite3 *db = m_connection->handle();
    if (!m_connection->applySafetySettings(Connection::Mode::ReadOnly, &error))
        return unreadable(sqlite3_extended_errcode(db), error);

    const auto applicationId = pragmaValue(db, "PRAGMA application_id");
    const auto fileVersion = pragmaValue(db, "PRAGMA user_version");
    if (!applicationId || !fileVersion)
        return unreadable(sqlite3_extended_errcode(db), ErrorText::sqliteDetails(db));
    if (*applicationId != ApplicationId)
        return reject(Reason::NotWeitblick, tr("%1 is not a Weitblick conference.").arg(name),
                      {});

    // The schema's text first: SQLite's quick check would run what the file defines (CHECK
    // constraints of a foreign table), so a foreign schema must be refused before it.
    const int current = currentSchemaVersion();
    if (*fileVersion < 1 || *fileVersion > std::numeric_limits<int>::max())
        return reject(Reason::Damaged,
                      tr("%1 is damaged and cannot be opened (%2).").arg(name, tr("no schema version")),
                      QStringLiteral("user_version = %1").arg(*fileVersion));
    *version = int(*fileVersion);
    const bool newer = *version > current;
    const bool foreign = newer ? hasTriggersOrViews(db) : actualSchema(db) != expectedSchema(*version);
    if (foreign)
        return reject(Reason::Damaged, tr("%1 contains tables, views or triggers that Weitblick "
                                          "did not create. It is not opened.").arg(name), {});

    // A newer Weitblick may have added constraints of its own; the values that this one reads
    // are checked by its own rules instead.
    if (newer)
        sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
    QStringList report;
    bool intact = false;
    int code = SQLITE_OK;
    // The quick check does not compare an index with its table. Weitblick's own indexes (the
    // UNIQUE token hash and client id of version 4) are checked in full with their tables, so
    // that a damaged index never lets a card in twice. Their names come from the schema that
    // was just found to be exactly Weitblick's.
    QList<QByteArray> checks = {"PRAGMA quick_check"};
    if (!newer) {
        Statement indexed(db, "SELECT DISTINCT tbl_name FROM sqlite_schema WHERE type = 'index'"
                              " AND sql IS NOT NULL ORDER BY tbl_name");
        while (indexed.next())
            checks << "PRAGMA integrity_check(\"" + indexed.text(0).toUtf8() + "\")";
    }
    for (const QByteArray &sql : std::as_const(checks)) {
        QStringList lines;
        Statement check(db, sql.constData());
        while (check.next() && lines.size() < MaxDetailLines)
            lines << check.text(0);
        intact = !check.failed() && lines == QStringList{QStringLiteral("ok")};
        code = check.failed() ? sqlite3_extended_errcode(db) : SQLITE_CORRUPT;
        report = lines;
        if (check.failed())
            report << ErrorText::sqliteDetails(db);
        if (!intact)
            break;
    }
    if (newer)
        sqlite3_exec(db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    if (!intact) {
        const int primary = code & 0xff;
        return reject(Reason::Damaged,
                      primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB
                          ? tr("%1 is damaged and cannot be opened.").arg(name)
                          : tr("%1 cannot be opened: %2.").arg(name, ErrorText::sqliteCause(code)),
                      report.join(QLatin1Char('\n')));
    }
    if (*version < current && !loadIntoMemoryAndUpgrade(*version, &error))
        return reject(Reason::Damaged, tr("%1 is damaged and cannot be opened.").arg(name), error);
    return true;
}

bool ConferenceStore::startWriting(std::unique_ptr<FileLock> lock, QString *details)
{
    auto connection = Connection::open(m_path, Connection::Mode::ReadWrite, details);
    if (!connection || !connection->applySafetySettings(Connection::Mode::ReadWrite, details))
        return false;
    m_statements = {};
    m_connection = std::move(connection);
    m_lock = std::move(lock);
    m_readOnly = false;
    return true;
}

bool ConferenceStore::upgrade(int fromVersion, OpenOutcome *outcome)
{
    const QString backup = uniqueBackupPath(m_path, fromVersion);
    QString error;
    QString details;
    if (!writeCopy(m_connection->handle(), backup, false, &error, &details)) {
        *outcome = outcomeOf(OpenOutcome::Status::Rejected, OpenOutcome::Reason::UpgradeFailed,
                             tr("%1 needs an upgrade, but no backup could be written first: %2")
                                 .arg(displayName(m_path), error),
                             details);
        return false;
    }
    if (!migrate(m_connection->handle(), fromVersion, currentSchemaVersion(), &details)) {
        *outcome = outcomeOf(OpenOutcome::Status::Rejected, OpenOutcome::Reason::UpgradeFailed,
                             tr("%1 could not be upgraded (%2). The original is kept as %3.")
                                 .arg(displayName(m_path),
                                      ErrorText::sqliteCause(ErrorText::withFullDisk(
                                          m_connection->handle(),
                                          sqlite3_extended_errcode(m_connection->handle()))),
                                      displayName(backup)),
                             details);
        outcome->backupPath = backup;
        return false;
    }
    *outcome = outcomeOf(OpenOutcome::Status::Upgraded, OpenOutcome::Reason::None,
                         tr("%1 was upgraded from file version %2 to %3. The original is kept "
                            "as %4.")
                             .arg(displayName(m_path)).arg(fromVersion)
                             .arg(currentSchemaVersion()).arg(displayName(backup)));
    outcome->backupPath = backup;
    return true;
}

// A file of an older version is upgraded in memory to be checked and read, so that it is not
// changed before it was accepted (and never, when it is only read).
bool ConferenceStore::loadIntoMemoryAndUpgrade(int fromVersion, QString *error)
{
    auto memory = Connection::open(QStringLiteral(":memory:"), Connection::Mode::ReadWrite, error);
    if (!memory)
        return false;
    sqlite3_backup *backup = sqlite3_backup_init(memory->handle(), "main",
                                                 m_connection->handle(), "main");
    const int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = ErrorText::sqliteDetails(rc);
        return false;
    }
    if (!migrate(memory->handle(), fromVersion, currentSchemaVersion(), error))
        return false;
    m_connection = std::move(memory);
    return true;
}

bool ConferenceStore::load(Conference *conference, QString *error, QString *details)
{
    *conference = Conference();
    bool ok = true;
    forEachEntityType([&]<class T>() {
        if (!ok)
            return;
        EntityMap<T> &map = conference->all<T>();
        map.clear();
        Statement query(m_connection->handle(), selectSql<T>().constData());
        while (ok && query.next()) {
            ReadCheck check;
            const T entity = readEntity<T>(query, check);
            if (check.badColumn) {
                *error = tr("%1 %2 holds a value that Weitblick does not write (column %3)")
                             .arg(kindName(kindOf<T>)).arg(entity.id)
                             .arg(QLatin1String(check.badColumn));
                ok = false;
            }
            map.put(entity);
        }
        if (ok && query.failed()) {
            *error = ErrorText::sqliteCause(query.resultCode());
            if (details)
                *details = ErrorText::sqliteDetails(m_connection->handle());
            ok = false;
        }
    });
    return ok;
}

template<class T>
bool ConferenceStore::write(const EntityChange &change)
{
    const Operation op = !change.before ? Insert : !change.after ? Delete : Update;
    std::unique_ptr<Statement> &statement = m_statements[int(kindOf<T>)][op];
    if (!statement) {
        const QByteArray sql = op == Insert ? insertSql<T>()
            : op == Update                  ? updateSql<T>()
                                            : deleteSql<T>();
        statement = std::make_unique<Statement>(m_connection->handle(), sql.constData());
    }
    if (op == Delete)
        statement->bind(1, change.id());
    else
        bindEntity(*statement, std::get<T>(*change.after));
    // An update or delete that finds no row means the file and the model disagree: stop.
    return statement->exec() && sqlite3_changes(m_connection->handle()) == 1;
}

bool ConferenceStore::apply(const QList<ChangeSet> &batch, QString *error)
{
    if (m_readOnly) {
        *error = tr("The file is open read-only.");
        return false;
    }
    sqlite3 *db = m_connection->handle();
    Transaction transaction(db);
    bool ok = transaction.isActive();
    for (const ChangeSet &changes : batch) {
        for (const EntityChange &change : changes.changes()) {
            if (!ok)
                break;
            forEachEntityType([&]<class T>() {
                if (kindOf<T> == change.kind())
                    ok = write<T>(change);
            });
        }
    }
    if (ok && transaction.commit())
        return true;
    const int code = ErrorText::withFullDisk(db, sqlite3_extended_errcode(db));
    if (code != SQLITE_OK)
        qCInfo(lcStorage, "an edit of %s was not saved: %s", qPrintable(m_path),
               qPrintable(ErrorText::sqliteDetails(db)));
    *error = code == SQLITE_OK ? tr("The file no longer matches what Weitblick shows.")
                               : describeError(code);
    return false;
}

void ConferenceStore::setLockLostHandler(std::function<void()> handler)
{
    m_lockLost = std::move(handler);
    watchLock();
}

void ConferenceStore::watchLock()
{
    if (!m_lock)
        return;
    QObject::connect(m_lock.get(), &FileLock::lost, m_lock.get(), [this] {
        m_readOnly = true;
        if (m_lockLost)
            m_lockLost();
    });
}

QString ConferenceStore::integrityCheck()
{
    Statement check(m_connection->handle(), "PRAGMA integrity_check");
    QStringList lines;
    while (check.next())
        lines << check.text(0);
    if (check.failed())
        return ErrorText::sqliteDetails(m_connection->handle());
    return lines.join(QLatin1String("; "));
}

Connection::Durability ConferenceStore::durability() const
{
    return m_connection->durability();
}

bool ConferenceStore::create(const QString &path, const Conference &conference, QString *error,
                             Existing existing)
{
    const bool mayReplace = existing == Existing::Replace;
    if (!mayReplace && QFileInfo::exists(path)) {
        *error = tr("%1 already exists and is not overwritten.").arg(displayName(path));
        return false;
    }
    // Never a file that its own check would refuse.
    const QStringList problems = findProblems(conference, 1);
    if (!problems.isEmpty()) {
        *error = tr("%1 was not written (%2).").arg(displayName(path), problems.constFirst());
        return false;
    }
    ConferenceStore memory;
    memory.m_readOnly = false;
    QString details;
    memory.m_connection = Connection::open(QStringLiteral(":memory:"),
                                           Connection::Mode::ReadWrite, &details);
    bool ok = memory.m_connection
        && migrate(memory.m_connection->handle(), 0, currentSchemaVersion(), &details);
    if (ok) {
        Transaction transaction(memory.m_connection->handle());
        ok = transaction.isActive();
        forEachEntityType([&]<class T>() {
            for (const T &entity : conference.all<T>()) {
                if (!ok)
                    return;
                // The schema creates the conference row; everything else is new.
                EntityChange change{std::nullopt, AnyEntity(entity)};
                if constexpr (std::is_same_v<T, ConferenceInfo>)
                    change.before = AnyEntity(ConferenceInfo());
                ok = memory.write<T>(change);
            }
        });
        ok = ok && transaction.commit();
    }
    if (!ok) {
        const int code = memory.m_connection ? sqlite3_extended_errcode(memory.m_connection->handle())
                                             : SQLITE_NOMEM;
        qCInfo(lcStorage, "%s was not written: %s %s", qPrintable(path), qPrintable(details),
               memory.m_connection
                   ? qPrintable(ErrorText::sqliteDetails(memory.m_connection->handle()))
                   : "");
        *error = tr("%1 could not be written: %2.")
                     .arg(displayName(path), ErrorText::sqliteCause(code));
        return false;
    }
    if (writeCopy(memory.m_connection->handle(), path, mayReplace, error, &details))
        return true;
    qCInfo(lcStorage, "%s was not written: %s", qPrintable(path), qPrintable(details));
    return false;
}

bool ConferenceStore::writeCopy(sqlite3 *source, const QString &path, bool mayReplace,
                                QString *error, QString *details)
{
    QString ignored;
    if (!details)
        details = &ignored;
    const QFileInfo target(path);
    if (!mayReplace && target.exists()) {
        *error = tr("%1 already exists and is not overwritten.").arg(displayName(path));
        return false;
    }
    // SQLite may leave a journal beside a copy that failed half-way (a full disk stops its
    // rollback too); it goes with the temporary file. Declared first, so it runs last.
    struct CompanionsRemover
    {
        QString path;
        ~CompanionsRemover()
        {
            for (const QString &companion : companionsOf(path))
                QFile::remove(companion);
        }
    } companions;
    // The file is first written under a hidden name eight bytes longer, so a name of the last
    // eight bytes a folder holds is refused too. Beyond that, QTemporaryFile would only warn of
    // an empty name.
    const QString tempName = QLatin1String(".") + target.fileName() + QLatin1String(".XXXXXX");
    if (QFile::encodeName(tempName).size() > NAME_MAX) {
        *details = QString::fromLocal8Bit(std::strerror(ENAMETOOLONG));
        *error = tr("%1 could not be written: %2.")
                     .arg(displayName(path), ErrorText::systemCause(ENAMETOOLONG));
        return false;
    }
    QTemporaryFile temp(target.absolutePath() + QLatin1Char('/') + tempName);
    if (!temp.open()) {
        const int errnum = errno;
        *details = temp.errorString();
        *error = tr("Weitblick cannot write in the folder %1: %2.")
                     .arg(displayName(target.absolutePath()), ErrorText::systemCause(errnum));
        return false;
    }
    temp.close();
    companions.path = temp.fileName();
    {
        auto copy = Connection::open(temp.fileName(), Connection::Mode::ReadWrite, details);
        if (!copy || !copy->applySafetySettings(Connection::Mode::ReadWrite, details)) {
            *error = tr("%1 could not be written: %2.")
                         .arg(displayName(path), ErrorText::sqliteCause(SQLITE_CANTOPEN));
            return false;
        }
        sqlite3_backup *backup = sqlite3_backup_init(copy->handle(), "main", source, "main");
        const int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(copy->handle());
        const int finish = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE || finish != SQLITE_OK) {
            const int code = ErrorText::withFullDisk(copy->handle(),
                                                     rc != SQLITE_DONE ? rc : finish);
            *details = ErrorText::sqliteDetails(code);
            *error = tr("%1 could not be written: %2.")
                         .arg(displayName(path), ErrorText::sqliteCause(code));
            return false;
        }
    }
    // A temporary file is private (0600); the conference gets the permissions of the file it
    // replaces, or the usual ones for a new file.
    QFile written(temp.fileName());
    if (!written.open(QIODevice::ReadWrite) || ::fchmod(written.handle(), permissionsFor(path)) != 0
        || ::fsync(written.handle()) != 0) {
        const int errnum = errno;
        *details = QString::fromLocal8Bit(std::strerror(errnum));
        *error = tr("%1 could not be written: %2.")
                     .arg(displayName(path), ErrorText::systemCause(errnum));
        return false;
    }
    written.close();
    if (std::rename(QFile::encodeName(temp.fileName()).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const int errnum = errno;
        *details = QString::fromLocal8Bit(std::strerror(errnum));
        *error = tr("The copy could not be put in place as %1: %2.")
                     .arg(displayName(path), ErrorText::systemCause(errnum));
        return false;
    }
    temp.setAutoRemove(false);
    syncFolder(target.absolutePath());
    return true;
}

bool ConferenceStore::saveAs(const QString &path, QString *error)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error = tr("The conference is already saved as %1.").arg(displayName(path));
        return false;
    }
    auto lock = std::make_unique<FileLock>(path);
    if (!lock->tryLock()) {
        *error = lock->isHeldByOther()
                     ? tr("%1 is open in %2 and cannot be replaced.")
                           .arg(displayName(path), lock->holderDescription())
                     : tr("%1 could not be written: %2.").arg(displayName(path),
                                                              lock->failureCause());
        return false;
    }
    QString details;
    if (!writeCopy(m_connection->handle(), path, true, error, &details)) {
        qCInfo(lcStorage, "Save As %s failed: %s", qPrintable(path), qPrintable(details));
        return false;
    }
    // The copy holds what this store holds, so it needs no check: it continues as it is.
    ConferenceStore copy;
    copy.m_path = path;
    if (!copy.startWriting(std::move(lock), &details)) {
        qCInfo(lcStorage, "Save As %s failed: %s", qPrintable(path), qPrintable(details));
        *error = tr("%1 was written but cannot be edited: %2.")
                     .arg(displayName(path), ErrorText::sqliteCause(SQLITE_CANTOPEN));
        return false;
    }
    // Continue on the copy. The old statements and connection leave with `copy`, statements
    // first, because members are destroyed in reverse order.
    std::swap(m_path, copy.m_path);
    const bool wasReadOnly = m_readOnly;
    m_readOnly = copy.m_readOnly.load();
    copy.m_readOnly = wasReadOnly;
    std::swap(m_lock, copy.m_lock);
    std::swap(m_connection, copy.m_connection);
    std::swap(m_statements, copy.m_statements);
    watchLock();
    return true;
}

QString ConferenceStore::describeError(int sqliteCode) const
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return tr("The disk is full. The last change was not saved; everything before it is "
                  "safe in the file.");
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return tr("The file can no longer be written (it became read-only or its drive was "
                  "removed). The last change was not saved.");
    case SQLITE_IOERR:
        return tr("The file could not be written (was its drive removed?). The last change "
                  "was not saved.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The file is busy in another program. The last change was not saved.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("The file is damaged.");
    case SQLITE_TOOBIG:
        return tr("The file holds a value that is far larger than Weitblick writes.");
    default:
        return tr("The last change was not saved: %1.").arg(ErrorText::sqliteCause(sqliteCode));
    }
}

} // namespace weitblick
