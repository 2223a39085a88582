#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace weitblick {

// The cells of a CSV file: its header row and the rows below it.
struct CsvTable
{
    QStringList header;      // first row
    QList<QStringList> rows; // the other rows
    QList<int> lineNumbers;  // the 1-based line in the file where each row starts
    QChar separator;         // ',' or ';'
    QString encodingName;    // "UTF-8" or "Windows-1252"
};

// A row of an import that cannot be taken over, with the reason in words for the moderator.
struct ImportProblem
{
    int line = 0; // 1-based line in the file; 0 when the problem is not tied to one line
    QString message;
    int column = 0; // 1-based column of the cell; 0 when the problem is not tied to one cell

    bool operator==(const ImportProblem &) const = default;
};

// Reads CSV files the way Excel and LibreOffice save them.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Reads CSV as Excel and LibreOffice save it: comma- or semicolon-separated (detected),
    // quoted fields with "" escapes and line breaks inside quotes, CRLF, LF or CR, UTF-8 with
    // or without BOM, or Windows-1252 (when nothing in the file is UTF-8). nullopt + a
    // one-line message that says what to do, with line and column where there is one, for an
    // empty file, broken quoting, a mix of UTF-8 and another encoding, or bytes that are no
    // text (UTF-16, UTF-32, binary).
    static std::optional<CsvTable> read(const QByteArray &bytes, QString *error);
    // The same for a file; every message starts with the file's name.
    static std::optional<CsvTable> readFile(const QString &path, QString *error);
};

} // namespace weitblick
