#pragma once

#include "core/model/changeset.h"
#include "core/model/conference.h"
#include "openoutcome.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <functional>
#include <memory>

struct sqlite3;

namespace weitblick {

namespace storage {
class Connection;
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

    // Opens an existing file. Returns null and a Rejected outcome when it cannot be opened.
    static std::unique_ptr<ConferenceStore> open(const QString &path, Access access,
                                                 OpenOutcome *outcome);

    // Writes a new file holding the conference. Refuses to overwrite an existing file.
    static bool create(const QString &path, const Conference &conference, QString *error);

    ~ConferenceStore();

    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // Reads every entity. Clears the conference first.
    bool load(Conference *conference, QString *error);

    // Writes the changes in one transaction: all of them are durable, or none.
    bool apply(const ChangeSet &changes, QString *error);

    // Called when another Weitblick took over the lock; the store is read-only from then on.
    void setLockLostHandler(std::function<void()> handler);

    // The result of PRAGMA integrity_check; "ok" when the file is sound.
    QString integrityCheck();

    // Writes a consistent copy to path (through a temporary file beside it that is synced and
    // renamed into place) and continues on the copy. The current file is left as it is.
    bool saveAs(const QString &path, QString *error);

private:
    ConferenceStore() = default;

    // Writes a consistent copy of this database to path, replacing what is there.
    static bool writeCopy(sqlite3 *source, const QString &path, bool mayReplace, QString *error);
    static std::unique_ptr<ConferenceStore> openChecked(const QString &path, Access access,
                                                        std::unique_ptr<storage::FileLock> lock,
                                                        OpenOutcome *outcome);
    bool upgrade(int fromVersion, OpenOutcome *outcome);
    bool loadIntoMemoryAndUpgrade(int fromVersion, QString *error);
    QString describeError(int sqliteCode) const;
    template<class T>
    bool write(const EntityChange &change);
    void watchLock();

    QString m_path;
    bool m_readOnly = true;
    std::unique_ptr<storage::FileLock> m_lock;
    std::function<void()> m_lockLost;
    std::unique_ptr<storage::Connection> m_connection;
    // Prepared INSERT, UPDATE and DELETE per entity kind, made on first use and kept: preparing
    // costs more than running them.
    std::array<std::array<std::unique_ptr<storage::Statement>, 3>, EntityKindCount> m_statements;
};

} // namespace weitblick
