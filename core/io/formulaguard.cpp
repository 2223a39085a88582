#include "formulaguard.h"

#include <QRegularExpression>

namespace weitblick::formulaguard {

namespace {

// OWASP's characters, and the line feed: a reader turns a leading carriage return into one.
bool startsFormula(QStringView text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r\n").contains(text.front());
}

// Apostrophes, then a character that starts a formula.
bool needsGuardAfterApostrophes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return startsFormula(text.mid(i));
}

bool isPlainNumber(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(?:[.,][0-9]+)?$"));
    return number.match(cell).hasMatch();
}

} // namespace

QString guarded(const QString &cell)
{
    if (isPlainNumber(cell) || !needsGuardAfterApostrophes(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString unguarded(const QString &cell)
{
    if (cell.startsWith(u'\'') && needsGuardAfterApostrophes(cell))
        return cell.mid(1);
    return cell;
}

} // namespace weitblick::formulaguard
