#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace weitblick {

// One CSV table as Excel expects it in the given locale: UTF-8 with a byte order mark, CRLF
// line ends, fields quoted where needed, semicolons where the locale writes a decimal comma
// (Excel uses the list separator there) and commas elsewhere, numbers in the locale's format
// and dates as ISO 8601.
class CsvWriter
{
public:
    explicit CsvWriter(const QLocale &locale);

    QChar separator() const { return m_separator; }
    const QLocale &locale() const { return m_locale; }

    void addRow(const QStringList &cells);
    const QList<QStringList> &rows() const { return m_rows; }

    // Numbers the way the locale writes them, without thousands separators, which Excel
    // would take for another column or a date.
    QString number(int value) const;
    QString number(double value) const;
    QString number(const std::optional<double> &value) const;
    static QString date(const QDate &date);

    // The whole table: BOM, then one CRLF-terminated line per row.
    QByteArray bytes() const;
    // A field as it appears between separators: guarded against formula injection
    // (formulaguard.h), and quoted when it holds a comma or a semicolon, a quote, a line break,
    // leading or trailing spaces, or a leading U+FEFF (which would read as a byte order mark).
    QString field(const QString &text) const;

private:
    QLocale m_locale;
    QChar m_separator;
    QList<QStringList> m_rows;
};

} // namespace weitblick
