#pragma once

#include <QList>
#include <QString>

struct sqlite3;

namespace weitblick::storage {

// PRAGMA application_id of every Weitblick file: "WBLK".
constexpr int ApplicationId = 0x57424C4B;

// One step of the schema history. Steps run in order, each in its own transaction.
struct Migration
{
    int toVersion;
    QList<const char *> statements;
};

// The whole schema history, oldest first. A new file is created by running all of it, so a
// file of any version has exactly the schema the same steps give on an empty database.
const QList<Migration> &migrations();

// Replaces the schema history while it lives. Only for tests, which must upgrade files across
// versions that this build does not have yet.
class ScopedMigrationsForTesting
{
public:
    explicit ScopedMigrationsForTesting(QList<Migration> steps);
    ~ScopedMigrationsForTesting();
};

// The schema version this build writes.
int currentSchemaVersion();

// Runs the steps after `fromVersion` up to and including `toVersion`, each in one transaction
// that also sets user_version. Returns false and the SQLite message when a step fails; the
// file then stays at the last version that committed.
bool migrate(sqlite3 *db, int fromVersion, int toVersion, QString *error);

// The rows of sqlite_schema (type, name, table, sql) a file of the given version must have,
// one string per row, sorted.
QStringList expectedSchema(int version);

// The same rows, read from an open database (only its text: nothing of it is run). The tables
// SQLite adds itself (sqlite_stat1, sqlite_stat4, sqlite_sequence) are left out.
QStringList actualSchema(sqlite3 *db);

// True when the database has a trigger or a view, or its schema cannot be read. A newer
// Weitblick may add tables and columns, but never these.
bool hasTriggersOrViews(sqlite3 *db);

} // namespace weitblick::storage
