#include "writelockholder.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

namespace weitblick::test {

WriteLockHolder::WriteLockHolder(const QString &path)
{
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK);
    REQUIRE(sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
}

WriteLockHolder::~WriteLockHolder()
{
    release();
    sqlite3_close(m_db);
}

void WriteLockHolder::release()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace weitblick::test
