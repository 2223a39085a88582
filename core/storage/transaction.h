#pragma once

struct sqlite3;

namespace weitblick::storage {

// An IMMEDIATE transaction that rolls back unless commit() succeeded (mixxx's SqlTransaction).
class Transaction
{
public:
    explicit Transaction(sqlite3 *db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    sqlite3 *m_db;
    bool m_active = false;
};

} // namespace weitblick::storage
