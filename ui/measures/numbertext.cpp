#include "numbertext.h"

#include <QLocale>

namespace weitblick {

QString NumberText::format(double value)
{
    return QLocale().toString(value, 'g', 12);
}

std::optional<double> NumberText::parse(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Group separators are refused: "10,5" must never become 105.
    QLocale locale;
    locale.setNumberOptions(QLocale::RejectGroupSeparator);
    double value = locale.toDouble(t, ok);
    if (!*ok) {
        QString c = t;
        if (!c.contains(QLatin1Char('.')) && c.count(QLatin1Char(',')) == 1)
            c.replace(QLatin1Char(','), QLatin1Char('.'));
        QLocale plain = QLocale::c();
        plain.setNumberOptions(QLocale::RejectGroupSeparator);
        value = plain.toDouble(c, ok);
    }
    return *ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace weitblick
