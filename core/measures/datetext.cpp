#include "datetext.h"

#include <QRegularExpression>

namespace weitblick::DateText {

QString shortFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // "dd.MM.yy" reads 26 as a year of which century? The full year is unambiguous.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString format(QDate date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortFormat(locale)) : QString();
}

QString formatRange(QDate first, QDate last, const QLocale &locale)
{
    if (!first.isValid())
        return {};
    if (!last.isValid() || last <= first) // a last day before the first is no span
        return format(first, locale);
    // Days of one month, where the day comes first, as people write them on a poster:
    // "20.–22.03.2026" in German, "20–22/03/2026" in British English.
    const QString pattern = shortFormat(locale);
    const QString day = pattern.startsWith(QLatin1String("dd")) ? QStringLiteral("dd")
                                                                 : QStringLiteral("d");
    const QChar separator = pattern.size() > day.size() ? pattern.at(day.size()) : QChar();
    if (pattern.startsWith(QLatin1Char('d'))
        && (separator == QLatin1Char('.') || separator == QLatin1Char('/'))
        && first.year() == last.year() && first.month() == last.month()) {
        const bool ordinalDot = separator == QLatin1Char('.');
        return locale.toString(first, day)
               + (ordinalDot ? QStringLiteral(".–") : QStringLiteral("–")) + format(last, locale);
    }
    return format(first, locale) + QStringLiteral(" – ") + format(last, locale);
}

namespace {

// A year typed with two digits is in this century: deadlines lie ahead, not in 1927.
int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    return digits.size() <= 2 ? 2000 + year : year;
}

} // namespace

QDate parse(const QString &text, const QLocale &locale, bool *ok)
{
    const QString typed = text.trimmed();
    if (ok)
        *ok = true;
    if (typed.isEmpty())
        return {};

    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dotted(
        QStringLiteral("^(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4}|\\d{2})$"));
    static const QRegularExpression slashed(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})$"));
    QDate date;
    if (const auto m = iso.match(typed); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto m = dotted.match(typed); m.hasMatch()) {
        date = QDate(fullYear(m.captured(3)), m.captured(2).toInt(), m.captured(1).toInt());
    } else if (const auto m = slashed.match(typed); m.hasMatch()) {
        const bool monthFirst =
            locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('M'));
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        date = QDate(fullYear(m.captured(3)), monthFirst ? first : second,
                     monthFirst ? second : first);
    } else {
        // What format() shows, e.g. with a month name, and the locale's long form.
        date = locale.toDate(typed, shortFormat(locale));
        if (!date.isValid())
            date = locale.toDate(typed, QLocale::LongFormat);
    }
    if (ok)
        *ok = date.isValid();
    return date;
}

} // namespace weitblick::DateText
