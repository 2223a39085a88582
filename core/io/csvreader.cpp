#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace weitblick {

namespace {

// A spreadsheet of participants or cards is a few hundred kilobytes; anything far larger is
// almost certainly the wrong file, and reading it whole would only make the application hang.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. The five bytes Windows leaves undefined
// map to the C1 controls of the same value, as Windows itself does.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

// The 1-based line of a byte offset, for messages about bytes that are no text.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Control characters other than tab and line breaks do not occur in spreadsheet text; they
// mean UTF-16, a workbook (.xlsx, .ods, .xls) or some other binary file.
qsizetype firstControlByte(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F)
            return i;
    }
    return -1;
}

// Counts the separator candidates outside quotes in the first record that is not blank.
QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    bool content = false;
    for (const QChar c : text) {
        if (!c.isSpace())
            content = true;
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if ((c == u'\n' || c == u'\r') && content)
                break;
            if (c == u',')
                ++commas;
            else if (c == u';')
                ++semicolons;
        }
    }
    // German Excel and LibreOffice save with semicolons; a header without either is a single
    // column, where the choice does not matter.
    return commas > semicolons ? QChar(u',') : QChar(u';');
}

bool isBlank(const QStringList &record)
{
    for (const QString &field : record) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

std::optional<CsvTable> CsvReader::read(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(tr("The file is saved as UTF-16 (\"Unicode text\"). Save it as \"CSV UTF-8\" "
                       "or \"CSV (semicolon-separated)\" and try again."));

    CsvTable table;
    QByteArrayView body = bytes;
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    if (hasBom)
        body = body.sliced(3);

    if (const qsizetype at = firstControlByte(bytes); at >= 0) {
        // UTF-16 without a byte order mark has a zero byte beside every ASCII letter.
        if (bytes.at(at) == '\0' && bytes.size() >= 2
            && (bytes.at(0) == '\0' || bytes.at(1) == '\0'))
            return fail(tr("The file is saved as UTF-16 (\"Unicode text\"). Save it as "
                           "\"CSV UTF-8\" or \"CSV (semicolon-separated)\" and try again."));
        return fail(tr("Line %1: the file holds bytes that are not text. It is not a CSV file; "
                       "a spreadsheet must be saved as CSV first.")
                        .arg(lineAt(bytes, at)));
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (utf8.hasError()) {
        if (hasBom)
            return fail(tr("The file says it is UTF-8 but holds bytes that are not UTF-8."));
        text = decodeWindows1252(body);
        table.encodingName = QStringLiteral("Windows-1252");
    } else {
        table.encodingName = QStringLiteral("UTF-8");
    }

    if (text.trimmed().isEmpty())
        return fail(tr("The file is empty."));

    const QChar separator = detectSeparator(text);
    table.separator = separator;

    // A small state machine over the characters: Excel's and LibreOffice's dialect of RFC 4180.
    QList<QStringList> records;
    QList<int> recordLines;
    QStringList record;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;          // the line where an open quoted field began
    bool inQuotes = false;
    bool afterClosingQuote = false;
    bool fieldStarted = false;  // anything of the current record read yet

    auto endField = [&] {
        record.append(field);
        field.clear();
        afterClosingQuote = false;
    };
    auto endRecord = [&] {
        endField();
        records.append(record);
        recordLines.append(recordLine);
        record.clear();
        fieldStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else if (c == u'\r') {
                // A line break inside a field is kept as a plain "\n", whatever the file used.
                if (i + 1 < n && text.at(i + 1) == u'\n')
                    ++i;
                field.append(u'\n');
                ++line;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == separator) {
            fieldStarted = true;
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.isEmpty())
                endRecord();
            ++line;
            recordLine = line;
        } else if (afterClosingQuote) {
            // Spaces after a closing quote are harmless; anything else means the quotes are
            // not where the writer meant them to be.
            if (c != u' ' && c != u'\t')
                return fail(tr("Line %1: unexpected text after a closing quote.").arg(line));
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
            fieldStarted = true;
        } else {
            // A quote inside an unquoted field (5" monitor) is taken literally, as Excel does.
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return fail(tr("Line %1: a quoted field is never closed.").arg(quoteLine));
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();

    // Spreadsheets write rows of bare separators for formatted but empty rows; they hold nothing.
    bool haveHeader = false;
    for (qsizetype r = 0; r < records.size(); ++r) {
        if (isBlank(records.at(r)))
            continue;
        if (!haveHeader) {
            table.header = records.at(r);
            haveHeader = true;
        } else {
            table.rows.append(records.at(r));
            table.lineNumbers.append(recordLines.at(r));
        }
    }
    if (!haveHeader)
        return fail(tr("The file is empty."));
    return table;
}

std::optional<CsvTable> CsvReader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        if (error)
            *error = tr("%1 is too large for a CSV file of participants or cards.")
                         .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    return read(bytes, error);
}

} // namespace weitblick
