// The CSV writer as a round trip: any table of texts, written as Excel expects it and read
// back by the CSV reader, gives the same texts.
#include "fuzzsupport.h"

#include "core/export/csvwriter.h"
#include "core/io/csvreader.h"

using namespace weitblick;

namespace {

// The input is the table: the first byte picks the locale (German writes semicolons, English
// commas), 0x1E ends a row and 0x1F a cell. Other control characters are left out: no text of
// a conference holds them, and the reader refuses them as binary.
QList<QStringList> tableOf(const QString &text)
{
    QList<QStringList> rows;
    for (const QString &line : text.split(QChar(0x1E))) {
        QStringList cells;
        for (QString cell : line.split(QChar(0x1F))) {
            cell.removeIf([](QChar c) {
                return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                       || c.unicode() == 0x7F;
            });
            cells.append(cell);
        }
        rows.append(cells);
    }
    // Exports are rectangular with at least two columns (a single column gives the reader no
    // separator to detect).
    qsizetype columns = 2;
    for (const QStringList &row : rows)
        columns = std::max(columns, row.size());
    for (QStringList &row : rows) {
        while (row.size() < columns)
            row.append(QString());
    }
    return rows;
}

bool isBlank(const QStringList &row)
{
    return std::all_of(row.cbegin(), row.cend(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

// What the reader gives back: line breaks inside a cell as "\n", and rows that hold nothing
// but spaces left out (spreadsheets write them for formatted empty rows).
QList<QStringList> expectedRead(const QList<QStringList> &written)
{
    QList<QStringList> rows;
    for (QStringList row : written) {
        if (isBlank(row))
            continue;
        for (QString &cell : row)
            cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        rows.append(row);
    }
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QLocale locale(data[0] & 1 ? QLocale::German : QLocale::English);
    const QList<QStringList> written = tableOf(QString::fromUtf8(fuzz::bytesOf(data + 1, size - 1)));
    CsvWriter writer(locale);
    for (const QStringList &row : written)
        writer.addRow(row);

    const QList<QStringList> expected = expectedRead(written);
    QString error;
    const std::optional<CsvTable> read = CsvReader::read(writer.bytes(), &error);
    if (expected.isEmpty()) {
        fuzz::require(!read, "an empty table read as a table");
        return 0;
    }
    if (!read)
        fuzz::fail(QStringLiteral("the reader refuses the writer's file: ") + error);
    fuzz::require(read->separator == writer.separator(), "another separator detected");
    fuzz::require(read->header == expected.first(), "the header row changed");
    fuzz::require(read->rows == expected.mid(1), "a row changed");
    return 0;
}
