#pragma once

#include "core/model/changeset.h"
#include "core/model/conference.h"
#include "connection.h"
#include "openoutcome.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace weitblick {

namespace storage {
class FileLock;
class Statement;
} // namespace storage

// The one place that speaks SQL: reads a conference file, writes every edit to it in its own
// transaction, and writes consistent copies of it (Save As, backups before an upgrade).
class ConferenceStore
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceStore)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens an existing file and reads it into *conference. The whole check comes first and is
    // the same for every access: the header, the schema (its text only, before SQLite runs
    // anything of the file's own), SQLite's quick check, every value against limits.h and every
    // reference. Until the file passed it, nothing is written to it and nothing is created
    // beside it (no lock, journal, -wal or -shm). Only then, for ReadWrite, the lock is taken
    // and an older file upgraded. A file with broken references opens read-only (Inconsistent,
    // its problems listed). Returns null and a Rejected outcome when it cannot be opened.
    static std::unique_ptr<ConferenceStore> open(const QString &path, Access access,
                                                 Conference *conference, OpenOutcome *outcome);

    enum class Existing { Refuse, Replace };
    // Writes a new file holding the conference. Refuses a conference that the check of open()
    // would refuse or open read-only, and to overwrite an existing file, unless told to replace
    // it (a template saved again): then the new file takes its place whole.
    static bool create(const QString &path, const Conference &conference, QString *error,
                       Existing existing = Existing::Refuse);

    ~ConferenceStore();

    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // Writes the change sets in one transaction: all of them are durable, or none.
    bool apply(const QList<ChangeSet> &batch, QString *error);

    // Called when another Weitblick took over the lock; the store is read-only from then on.
    void setLockLostHandler(std::function<void()> handler);

    // The result of PRAGMA integrity_check; "ok" when the file is sound.
    QString integrityCheck();

    // What the connection does on a commit, for tests: PRAGMA synchronous and journal_mode.
    storage::Connection::Durability durability() const;

    // Writes a consistent copy to path (through a temporary file beside it that is synced and
    // renamed into place) and continues on the copy. The current file is left as it is.
    bool saveAs(const QString &path, QString *error);

private:
    ConferenceStore() = default;

    // Writes a consistent copy of this database to path, replacing what is there. *error is
    // one line; *details what SQLite or the system said.
    static bool writeCopy(sqlite3 *source, const QString &path, bool mayReplace, QString *error,
                          QString *details = nullptr);
    // One attempt of open(); sets *changed (when given) instead of writing when the file
    // changed between its check and the lock, so that it is checked again.
    static std::unique_ptr<ConferenceStore> openOnce(const QString &path, Access access,
                                                     Conference *conference,
                                                     OpenOutcome *outcome, bool *changed);
    // Opens the connection that the check reads through and checks the file's identity, schema
    // and pages; an older file is upgraded in memory. Writes nothing.
    bool openForChecking(bool needsPrivateCopy, int *version, OpenOutcome *outcome);
    // Reads every entity; *error says in words why it could not, *details what SQLite said.
    bool load(Conference *conference, QString *error, QString *details);
    // Continues on a read-write connection to m_path that holds the lock.
    bool startWriting(std::unique_ptr<storage::FileLock> lock, QString *details);
    bool upgrade(int fromVersion, OpenOutcome *outcome);
    bool loadIntoMemoryAndUpgrade(int fromVersion, QString *error);
    QString describeError(int sqliteCode) const;
    template<class T>
    bool write(const EntityChange &change);
    void watchLock();

    QString m_path;
    // Set by the lock's watch on the GUI thread, read by the document's writer thread.
    std::atomic<bool> m_readOnly = true;
    std::unique_ptr<storage::FileLock> m_lock;
    std::function<void()> m_lockLost;
    std::unique_ptr<storage::Connection> m_connection;
    // Prepared INSERT, UPDATE and DELETE per entity kind, made on first use and kept: preparing
    // costs more than running them.
    std::array<std::array<std::unique_ptr<storage::Statement>, 3>, EntityKindCount> m_statements;
};

} // namespace weitblick
