#pragma once

#include <QString>

#include <memory>

struct sqlite3;

namespace weitblick::storage {

// One open SQLite database, through Qt's QSQLITE driver, with the raw handle that the storage
// code uses for prepared statements, defensive settings and the backup API.
class Connection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    // Opens an existing file, or ":memory:" for a private in-memory database.
    static std::unique_ptr<Connection> open(const QString &path, Mode mode, QString *error);
    ~Connection();

    sqlite3 *handle() const { return m_handle; }

    // Applies the settings every Weitblick connection uses (defensive mode, untrusted schema,
    // value size limit) and, for writing, a rollback journal with full sync, read back to be
    // sure. False, with SQLite's words in *error, when one cannot be applied. Reading writes
    // nothing.
    bool applySafetySettings(Mode mode, QString *error = nullptr);

    // What the connection does on a commit: PRAGMA synchronous (2 = FULL) and journal_mode.
    struct Durability
    {
        int synchronous = -1;
        QString journalMode;
    };
    Durability durability() const;

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

private:
    Connection() = default;
    QString m_name;
    sqlite3 *m_handle = nullptr;
};

} // namespace weitblick::storage
