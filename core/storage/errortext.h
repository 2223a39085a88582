#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace weitblick::storage {

// Causes of failures in words a moderator can act on: a full disk, a read-only drive, a file
// in use, a damaged file. Everything else is "an unexpected error" with its code; SQLite's and
// the system's own (English) texts go into details and the log, never into a message.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // For an SQLite result code (extended or primary).
    static QString sqliteCause(int code);
    // For an errno value of the system.
    static QString systemCause(int errnum);
    // SQLite's own words about the last error of db, for details.
    static QString sqliteDetails(sqlite3 *db);
    static QString sqliteDetails(int code);
};

} // namespace weitblick::storage
