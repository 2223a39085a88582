#pragma once

#include <QLocale>
#include <QString>

namespace weitblick {

// The interface language: German or English, following the system unless the moderator chose
// one in the settings.
namespace language {

// "de", "en", or empty for the system's language.
QString chosen();
void setChosen(const QString &code);

// The language in effect: the chosen one, else German for German-speaking systems, else English.
QString effective(const QString &override = QString());

// The locale of the language: numbers, dates and plurals as its speakers write them.
QLocale locale(const QString &code);

// Loads Weitblick's translation (and Qt's own, where installed) for the language.
void install(const QString &code);

} // namespace language
} // namespace weitblick
