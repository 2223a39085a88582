#pragma once

// The raw SQLite baselines shared by the benchmarks: what the same work costs without Weitblick.

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace weitblick::bench {

inline sqlite3 *openRaw(const QString &path, int flags = SQLITE_OPEN_READONLY)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    return db;
}

// A scratch database for durable-edit baselines: rollback journal, synchronous=FULL.
inline sqlite3 *openRawScratch(const QString &path)
{
    sqlite3 *db = openRaw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;"
                 "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)",
                 nullptr, nullptr, nullptr);
    return db;
}

// The baseline for one durable edit: one INSERT and COMMIT with synchronous=FULL. False when
// any step failed.
inline bool rawInsertCommit(sqlite3 *db, int n)
{
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t (text) VALUES (?)", -1, &stmt, nullptr);
    const QByteArray text = QByteArray("Karte ") + QByteArray::number(n);
    sqlite3_bind_text(stmt, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    const bool inserted = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK && inserted;
}

} // namespace weitblick::bench
