#include "conferencestore.h"

#include "connection.h"
#include "entitycolumns.h"
#include "filelock.h"
#include "schema.h"
#include "statement.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace weitblick {

using namespace storage;

namespace {

constexpr int SqliteHeaderSize = 100;
constexpr int ApplicationIdOffset = 68;

enum Operation { Insert, Update, Delete };

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
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

// Copies the file and its journal to a temporary folder, lets SQLite roll the journal back
// there, and returns an in-memory database with the result.
std::unique_ptr<Connection> openRecoveredCopy(const QString &path, const QString &journal,
                                              QString *error)
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("recovering.weitblick"));
    if (!folder.isValid() || !QFile::copy(path, copy)
        || !QFile::copy(journal, copy + QLatin1String("-journal"))) {
        *error = ConferenceStore::tr("an interrupted edit could not be rolled back");
        return nullptr;
    }
    auto recovered = Connection::open(copy, Connection::Mode::ReadWrite, error);
    auto memory = Connection::open(QStringLiteral(":memory:"), Connection::Mode::ReadWrite, error);
    if (!recovered || !memory)
        return nullptr;
    sqlite3_backup *backup = sqlite3_backup_init(memory->handle(), "main", recovered->handle(),
                                                 "main");
    const int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return nullptr;
    }
    return memory;
}

} // namespace

ConferenceStore::~ConferenceStore() = default;

std::unique_ptr<ConferenceStore> ConferenceStore::open(const QString &path, Access access,
                                                       OpenOutcome *outcome)
{
    using Reason = OpenOutcome::Reason;
    const auto reject = [&](Reason reason, const QString &message) {
        *outcome = {OpenOutcome::Status::Rejected, reason, message, {}};
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

    std::unique_ptr<FileLock> lock;
    if (access == Access::ReadWrite) {
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            access = Access::ReadOnly;
            *outcome = {OpenOutcome::Status::ReadOnly, Reason::NotWritable,
                        tr("You may only read %1 or its folder, so it is open read-only.")
                            .arg(name), {}};
        } else {
            lock = std::make_unique<FileLock>(path);
            if (!lock->tryLock()) {
                access = Access::ReadOnly;
                *outcome = {OpenOutcome::Status::ReadOnly, Reason::LockedByOther,
                            tr("%1 is already open in %2. It is open here read-only, so that "
                               "the two cannot overwrite each other.")
                                .arg(name, lock->holderDescription()), {}};
                lock.reset();
            }
        }
    } else {
        *outcome = {OpenOutcome::Status::ReadOnly, Reason::ReadOnlyRequested,
                    tr("%1 is open read-only.").arg(name), {}};
    }
    if (access == Access::ReadWrite)
        *outcome = {OpenOutcome::Status::Opened, Reason::None, {}, {}};
    return openChecked(path, access, std::move(lock), outcome);
}

std::unique_ptr<ConferenceStore> ConferenceStore::openChecked(const QString &path, Access access,
                                                              std::unique_ptr<FileLock> lock,
                                                              OpenOutcome *outcome)
{
    using Reason = OpenOutcome::Reason;
    const QString name = displayName(path);
    const auto reject = [&](Reason reason, const QString &message) {
        *outcome = {OpenOutcome::Status::Rejected, reason, message, {}};
        return nullptr;
    };
    const auto damaged = [&](const QString &detail) {
        return reject(Reason::Damaged,
                      tr("%1 is damaged and cannot be opened (%2).").arg(name, detail));
    };

    std::unique_ptr<ConferenceStore> store(new ConferenceStore);
    store->m_path = path;
    store->m_readOnly = access == Access::ReadOnly;
    store->m_lock = std::move(lock);
    const auto mode = store->m_readOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite;
    QString error;
    // A crash in the middle of an edit leaves a "hot" journal that only a writer may roll
    // back. A reader rolls it back on a private copy: it sees the last committed state, and
    // the file stays exactly as it is.
    const QString journal = path + QLatin1String("-journal");
    if (store->m_readOnly && QFileInfo(journal).size() > 0)
        store->m_connection = openRecoveredCopy(path, journal, &error);
    else
        store->m_connection = Connection::open(path, mode, &error);
    if (!store->m_connection)
        return damaged(error);
    sqlite3 *db = store->m_connection->handle();
    if (!store->m_connection->applySafetySettings(mode))
        return damaged(QString::fromUtf8(sqlite3_errmsg(db)));

    const auto applicationId = pragmaValue(db, "PRAGMA application_id");
    const auto version = pragmaValue(db, "PRAGMA user_version");
    if (!applicationId || !version)
        return damaged(QString::fromUtf8(sqlite3_errmsg(db)));
    if (*applicationId != ApplicationId)
        return reject(Reason::NotWeitblick, tr("%1 is not a Weitblick conference.").arg(name));

    Statement quickCheck(db, "PRAGMA quick_check");
    if (!quickCheck.next() || quickCheck.text(0) != QLatin1String("ok"))
        return damaged(quickCheck.failed() ? QString::fromUtf8(sqlite3_errmsg(db))
                                           : quickCheck.text(0));

    const int current = currentSchemaVersion();
    if (*version > current) {
        // A newer Weitblick may have added tables, but never triggers or views.
        Statement foreign(db, "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')");
        if (!foreign.next() || foreign.int64(0) != 0)
            return reject(Reason::Damaged, tr("%1 contains parts that Weitblick did not create "
                                              "and is not opened.").arg(name));
        store->m_readOnly = true;
        store->m_lock.reset();
        *outcome = {OpenOutcome::Status::ReadOnly, Reason::NewerVersion,
                    tr("%1 was saved by a newer Weitblick (file version %2; this one knows up to "
                       "%3). It is open read-only so that nothing in it is lost.")
                        .arg(name).arg(*version).arg(current), {}};
        return store;
    }
    if (*version < 1)
        return damaged(tr("no schema version"));
    if (actualSchema(db) != expectedSchema(int(*version)))
        return reject(Reason::Damaged, tr("%1 contains tables, views or triggers that Weitblick "
                                          "did not create. It is not opened.").arg(name));

    if (*version < current) {
        if (!store->m_readOnly) {
            if (!store->upgrade(int(*version), outcome))
                return nullptr;
        } else if (!store->loadIntoMemoryAndUpgrade(int(*version), &error)) {
            return damaged(error);
        }
    }
    return store;
}

bool ConferenceStore::upgrade(int fromVersion, OpenOutcome *outcome)
{
    const QString backup = uniqueBackupPath(m_path, fromVersion);
    QString error;
    if (!writeCopy(m_connection->handle(), backup, false, &error)) {
        *outcome = {OpenOutcome::Status::Rejected, OpenOutcome::Reason::UpgradeFailed,
                    tr("%1 needs an upgrade, but no backup could be written first: %2")
                        .arg(displayName(m_path), error), {}};
        return false;
    }
    if (!migrate(m_connection->handle(), fromVersion, currentSchemaVersion(), &error)) {
        *outcome = {OpenOutcome::Status::Rejected, OpenOutcome::Reason::UpgradeFailed,
                    tr("%1 could not be upgraded (%2). The original is kept as %3.")
                        .arg(displayName(m_path), error, displayName(backup)), backup};
        return false;
    }
    *outcome = {OpenOutcome::Status::Upgraded, OpenOutcome::Reason::None,
                tr("%1 was upgraded from file version %2 to %3. The original is kept as %4.")
                    .arg(displayName(m_path)).arg(fromVersion).arg(currentSchemaVersion())
                    .arg(displayName(backup)), backup};
    return true;
}

// A read-only file of an older version is upgraded in memory only, so it can be read without
// being changed.
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
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    if (!migrate(memory->handle(), fromVersion, currentSchemaVersion(), error))
        return false;
    m_connection = std::move(memory);
    return true;
}

bool ConferenceStore::load(Conference *conference, QString *error)
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
            bool valid = true;
            const T entity = readEntity<T>(query, valid);
            if (!valid || map.contains(entity.id)) {
                *error = tr("The table %1 holds a value that Weitblick does not write (row %2).")
                             .arg(QLatin1String(TableOf<T>::name)).arg(entity.id);
                ok = false;
            }
            map.put(entity);
        }
        if (ok && query.failed()) {
            *error = describeError(query.resultCode());
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

bool ConferenceStore::apply(const ChangeSet &changes, QString *error)
{
    if (m_readOnly) {
        *error = tr("The file is open read-only.");
        return false;
    }
    sqlite3 *db = m_connection->handle();
    Transaction transaction(db);
    bool ok = transaction.isActive();
    for (const EntityChange &change : changes.changes()) {
        if (!ok)
            break;
        forEachEntityType([&]<class T>() {
            if (kindOf<T> == change.kind())
                ok = write<T>(change);
        });
    }
    if (ok && transaction.commit())
        return true;
    const int code = sqlite3_extended_errcode(db);
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
        return describeError(check.resultCode());
    return lines.join(QLatin1String("; "));
}

bool ConferenceStore::create(const QString &path, const Conference &conference, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists and is not overwritten.").arg(displayName(path));
        return false;
    }
    ConferenceStore memory;
    memory.m_readOnly = false;
    memory.m_connection = Connection::open(QStringLiteral(":memory:"),
                                           Connection::Mode::ReadWrite, error);
    if (!memory.m_connection || !migrate(memory.m_connection->handle(), 0,
                                         currentSchemaVersion(), error))
        return false;

    Transaction transaction(memory.m_connection->handle());
    bool ok = transaction.isActive();
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
    if (!ok || !transaction.commit()) {
        *error = QString::fromUtf8(sqlite3_errmsg(memory.m_connection->handle()));
        return false;
    }
    return writeCopy(memory.m_connection->handle(), path, false, error);
}

bool ConferenceStore::writeCopy(sqlite3 *source, const QString &path, bool mayReplace,
                                QString *error)
{
    const QFileInfo target(path);
    if (!mayReplace && target.exists()) {
        *error = tr("%1 already exists and is not overwritten.").arg(displayName(path));
        return false;
    }
    QTemporaryFile temp(target.absolutePath() + QLatin1String("/.") + target.fileName()
                        + QLatin1String(".XXXXXX"));
    if (!temp.open()) {
        *error = tr("Weitblick cannot write in the folder %1 (%2).")
                     .arg(displayName(target.absolutePath()), temp.errorString());
        return false;
    }
    temp.close();
    {
        auto copy = Connection::open(temp.fileName(), Connection::Mode::ReadWrite, error);
        if (!copy)
            return false;
        sqlite3_backup *backup = sqlite3_backup_init(copy->handle(), "main", source, "main");
        const int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(copy->handle());
        const int finish = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE || finish != SQLITE_OK) {
            *error = tr("The copy could not be written: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finish)));
            return false;
        }
    }
    // A temporary file is private (0600); the conference gets the permissions of the file it
    // replaces, or the usual ones for a new file.
    QFile written(temp.fileName());
    if (!written.open(QIODevice::ReadWrite) || ::fchmod(written.handle(), permissionsFor(path)) != 0
        || ::fsync(written.handle()) != 0) {
        *error = tr("The copy could not be written to the disk: %1").arg(written.errorString());
        return false;
    }
    written.close();
    if (std::rename(QFile::encodeName(temp.fileName()).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        *error = tr("The copy could not be put in place as %1: %2")
                     .arg(displayName(path), QString::fromLocal8Bit(std::strerror(errno)));
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
        *error = tr("%1 is open in %2 and cannot be replaced.")
                     .arg(displayName(path), lock->holderDescription());
        return false;
    }
    if (!writeCopy(m_connection->handle(), path, true, error))
        return false;
    OpenOutcome outcome;
    std::unique_ptr<ConferenceStore> copy = openChecked(path, Access::ReadWrite, std::move(lock),
                                                        &outcome);
    if (!copy) {
        *error = outcome.message;
        return false;
    }
    // Continue on the copy. The old statements and connection leave with `copy`, statements
    // first, because members are destroyed in reverse order.
    std::swap(m_path, copy->m_path);
    std::swap(m_readOnly, copy->m_readOnly);
    std::swap(m_lock, copy->m_lock);
    std::swap(m_connection, copy->m_connection);
    std::swap(m_statements, copy->m_statements);
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
        return QString::fromUtf8(sqlite3_errstr(sqliteCode));
    }
}

} // namespace weitblick
