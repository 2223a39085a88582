#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace weitblick::language {

namespace {
const QString SettingsKey = QStringLiteral("language");
}

QString chosen()
{
    const QString code = QSettings().value(SettingsKey).toString();
    return code == QLatin1String("de") || code == QLatin1String("en") ? code : QString();
}

void setChosen(const QString &code)
{
    QSettings().setValue(SettingsKey, code);
}

QString effective(const QString &override)
{
    const QString code = override.isEmpty() ? chosen() : override;
    if (!code.isEmpty())
        return code;
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

void install(const QString &code)
{
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/weitblick_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    // Qt's standard dialogs and buttons, where the Qt translations are installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale(code));
}

QLocale locale(const QString &code)
{
    return code == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace weitblick::language
