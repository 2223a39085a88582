#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace weitblick {

// Dates as the moderator reads and types them, in one place: the interface language's short
// format with the full year ("31.07.2026", "31/07/2026"), and typed dates in German, English
// or ISO form. Files and exports keep ISO dates; this is for the screen and the printed page.
namespace DateText {

// The locale's short date format with a four-digit year: "dd.MM.yyyy" in German.
QString shortFormat(const QLocale &locale = QLocale());

// The date in shortFormat(); empty for no date.
QString format(QDate date, const QLocale &locale = QLocale());

// The days from first to last: "07.–09.12.2026" within a month (where the day comes first),
// else "30.11.2026 – 02.12.2026"; the one day when they are the same or there is no last;
// empty for no first day.
QString formatRange(QDate first, QDate last, const QLocale &locale = QLocale());

// Reads a typed date: the locale's own format, German "1.4.2027" or "01.04.27", English
// "01/04/2027" (day first unless the locale puts the month first) and ISO "2027-04-01".
// Empty text is no date, and *ok stays true; text that is no date gives *ok = false.
QDate parse(const QString &text, const QLocale &locale = QLocale(), bool *ok = nullptr);

} // namespace DateText

} // namespace weitblick
