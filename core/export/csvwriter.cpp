#include "csvwriter.h"

#include "core/io/formulaguard.h"

namespace weitblick {

CsvWriter::CsvWriter(const QLocale &locale) : m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
    m_separator = m_locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';')
                                                                 : QLatin1Char(',');
}

void CsvWriter::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString CsvWriter::number(int value) const
{
    return m_locale.toString(value);
}

QString CsvWriter::number(double value) const
{
    return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString CsvWriter::number(const std::optional<double> &value) const
{
    return value ? number(*value) : QString();
}

QString CsvWriter::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString CsvWriter::field(const QString &text) const
{
    const QString cell = formulaguard::guarded(text);
    // Either separator is quoted: a reader that detects the separator by counting them outside
    // quotes must not take a text's semicolon for the separator of a comma-separated file.
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char(';'))
        || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
        || cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '))
        || cell.startsWith(QLatin1Char('\t')) || cell.endsWith(QLatin1Char('\t'))
        // A reader takes U+FEFF at the start of a file for a second byte order mark and drops
        // it; behind a quote it is text.
        || cell.startsWith(QChar(0xFEFF));
    if (!quote)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::bytes() const
{
    QString text;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text.append(m_separator);
            text.append(field(row.at(i)));
        }
        text.append(QLatin1String("\r\n"));
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace weitblick
