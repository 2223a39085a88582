#pragma once

#include "ui/mainwindow/language.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace weitblick::test {

// The interface in one language for the length of a test, as Settings › Language sets it,
// from the translations the program embeds (English has the plural forms).
class InterfaceLanguage
{
public:
    explicit InterfaceLanguage(const QString &code)
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/weitblick_%1.qm").arg(code)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(language::locale(code));
    }
    ~InterfaceLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    InterfaceLanguage(const InterfaceLanguage &) = delete;
    InterfaceLanguage &operator=(const InterfaceLanguage &) = delete;

private:
    QTranslator m_translator;
};

} // namespace weitblick::test
