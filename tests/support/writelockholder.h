#pragma once

#include <QString>

struct sqlite3;

namespace weitblick::test {

// Another program that holds a conference file's write lock, as a backup tool or a second
// SQLite client may: Weitblick's writes to it wait, up to SQLite's busy timeout, until
// release().
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString &path);
    ~WriteLockHolder();
    void release();

    WriteLockHolder(const WriteLockHolder &) = delete;
    WriteLockHolder &operator=(const WriteLockHolder &) = delete;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace weitblick::test
