#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace weitblick::storage {

// A prepared SQLite statement, finalised when it goes out of scope. Parameters are bound by
// position from 1; columns are read by position from 0. Storage code never builds SQL from data.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value); // a null QString binds ''
    void bindOptional(int index, const QString &value); // a null QString binds NULL
    void bind(int index, std::optional<double> value);
    void bindNull(int index);

    // Steps once. Returns true while a row is available. Check error() afterwards.
    bool next();
    // Runs a statement that returns no rows; resets it so it can run again.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The text, with *valid cleared when it is not well-formed UTF-8 (which Weitblick always
    // writes); the invalid bytes then read as U+FFFD.
    QString strictText(int column, bool *valid) const;
    bool isNull(int column) const;
    std::optional<double> optionalReal(int column) const;

    int resultCode() const { return m_result; }
    bool failed() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_result = 0;
};

} // namespace weitblick::storage
