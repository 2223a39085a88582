#include "csvreader.h"

#include "formulaguard.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

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

// Where a byte is, as a person finds it in a text editor: the 1-based line (CRLF, LF and CR
// each end one) and the 1-based column in characters. Only the bytes before it are decoded,
// and those are text.
struct Position
{
    int line = 1;
    int column = 1;
};

Position positionOf(const QByteArray &bytes, qsizetype offset)
{
    Position position;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))) {
            ++position.line;
            lineStart = i + 1;
        }
    }
    const QByteArrayView before = QByteArrayView(bytes).sliced(lineStart, offset - lineStart);
    position.column = int(QString::fromUtf8(before).toUcs4().size()) + 1;
    return position;
}

// What a scan of the bytes as UTF-8 found: the first byte that is not part of a well-formed
// sequence (-1: none), and whether there is any well-formed sequence of more than one byte.
struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    bool hasMultibyte = false;
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        // The length of the sequence and the range of its second byte (RFC 3629, table 3-7 of
        // Unicode): no overlong forms, no surrogates, nothing above U+10FFFF.
        int length = 1;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else if (b >= 0x80) {
            length = 0;
        }
        bool wellFormed = length > 0 && i + length <= n;
        for (int k = 1; wellFormed && k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes.at(i + k));
            wellFormed = k == 1 ? (next >= low && next <= high) : (next >= 0x80 && next <= 0xBF);
        }
        if (!wellFormed) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++i;
            continue;
        }
        scan.hasMultibyte = scan.hasMultibyte || length > 1;
        i += length;
    }
    return scan;
}

// UTF-16 and UTF-32 without a byte order mark: ASCII text with zero bytes beside every
// character, in a fixed pattern. Returns 16, 32 or 0.
int wideEncodingOf(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64) / 4 * 4;
    if (n == 0)
        return 0;
    // zeros[k]: how many of the bytes at positions k, k + 4, k + 8, ... are zero.
    int zeros[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < n; ++i)
        zeros[i % 4] += bytes.at(i) == '\0' ? 1 : 0;
    const int perColumn = int(n / 4);
    const auto all = [perColumn](int count) { return count == perColumn; };
    const auto none = [](int count) { return count == 0; };
    if ((all(zeros[1]) && all(zeros[2]) && all(zeros[3]) && none(zeros[0]))
        || (all(zeros[0]) && all(zeros[1]) && all(zeros[2]) && none(zeros[3])))
        return 32;
    if ((all(zeros[1]) && all(zeros[3]) && none(zeros[0]) && none(zeros[2]))
        || (all(zeros[0]) && all(zeros[2]) && none(zeros[1]) && none(zeros[3])))
        return 16;
    return 0;
}

// Control characters other than tab and line breaks do not occur in spreadsheet text; they
// mean a workbook (.xlsx, .ods, .xls) or some other binary file.
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

    const QString saveAsUtf8 = tr("Save it as \"CSV UTF-8\" or \"CSV (semicolon-separated)\" "
                                  "and try again.");
    const bool utf32Bom = bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4))
                          || bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
    const bool utf16Bom = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    const int wide = utf32Bom ? 32 : utf16Bom ? 16 : wideEncodingOf(bytes);
    if (wide == 32)
        return fail(tr("The file is saved as UTF-32. %1").arg(saveAsUtf8));
    if (wide == 16)
        return fail(tr("The file is saved as UTF-16 (\"Unicode text\"). %1").arg(saveAsUtf8));

    CsvTable table;
    QByteArrayView body = bytes;
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    if (hasBom)
        body = body.sliced(3);

    if (const qsizetype at = firstControlByte(bytes); at >= 0) {
        const Position where = positionOf(bytes, at);
        return fail(tr("Line %1, column %2: the file holds bytes that are not text. It is not a "
                       "CSV file; a spreadsheet must be saved as CSV first.")
                        .arg(where.line)
                        .arg(where.column));
    }

    // Windows-1252 only when nothing in the file is UTF-8: a file with both was edited with
    // two programs, and guessing either way garbles some of its names.
    const Utf8Scan scan = scanUtf8(body);
    QString text;
    if (scan.firstInvalid < 0) {
        text = QString::fromUtf8(body);
        table.encodingName = QStringLiteral("UTF-8");
    } else if (hasBom || scan.hasMultibyte) {
        const Position where = positionOf(bytes, scan.firstInvalid + (hasBom ? 3 : 0));
        return fail(tr("Line %1, column %2: a character that is not UTF-8, in a file that is "
                       "otherwise UTF-8. Correct it, then save the file again as \"CSV UTF-8\".")
                        .arg(where.line)
                        .arg(where.column));
    } else {
        text = decodeWindows1252(body);
        table.encodingName = QStringLiteral("Windows-1252");
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
        record.append(formulaguard::unguarded(field));
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
    std::optional<CsvTable> table = read(bytes, error);
    if (!table && error)
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), *error);
    return table;
}

} // namespace weitblick
