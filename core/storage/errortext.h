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
    // Whether an errno value means that the bytes did not fit on the disk.
    static bool isNoSpace(int errnum);
    // SQLite reports only ENOSPC as SQLITE_FULL; a quota (EDQUOT) or a file size limit (EFBIG)
    // is an I/O error. Returns SQLITE_FULL for those too, from the system's error behind db's
    // last failure; otherwise code.
    static int withFullDisk(sqlite3 *db, int code);
    // SQLite's own words about the last error of db, for details.
    static QString sqliteDetails(sqlite3 *db);
    static QString sqliteDetails(int code);
};

} // namespace weitblick::storage
