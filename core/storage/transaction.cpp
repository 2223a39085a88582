#include "transaction.h"

#include <sqlite3.h>

namespace weitblick::storage {

Transaction::Transaction(sqlite3 *db) : m_db(db)
{
    m_active = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
}

Transaction::~Transaction()
{
    if (m_active)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace weitblick::storage
