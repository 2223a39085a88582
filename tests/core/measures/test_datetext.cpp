#include <catch2/catch.hpp>

#include "core/measures/datetext.h"

using namespace weitblick;

namespace {

const QLocale german(QLocale::German, QLocale::Germany);
const QLocale british(QLocale::English, QLocale::UnitedKingdom);
const QLocale american(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST_CASE("Dates are shown in the interface language's short format with the full year",
          "[measures][dates]")
{
    const QDate date(2026, 7, 31);
    CHECK(DateText::format(date, german) == QStringLiteral("31.07.2026"));
    CHECK(DateText::format(date, british) == QStringLiteral("31/07/2026"));
    CHECK(DateText::format(date, american) == QStringLiteral("7/31/2026"));
    CHECK(DateText::format(QDate(), german).isEmpty());
}

TEST_CASE("A span of days is shown from the first to the last", "[measures][dates]")
{
    const QDate first(2026, 12, 7);
    CHECK(DateText::formatRange(first, QDate(2026, 12, 9), german)
          == QStringLiteral("07.–09.12.2026"));
    CHECK(DateText::formatRange(first, QDate(2026, 12, 9), british)
          == QStringLiteral("07–09/12/2026"));
    CHECK(DateText::formatRange(QDate(2026, 11, 30), QDate(2026, 12, 2), german)
          == QStringLiteral("30.11.2026 – 02.12.2026"));
    CHECK(DateText::formatRange(first, QDate(2026, 12, 9), american)
          == QStringLiteral("12/7/2026 – 12/9/2026"));
    CHECK(DateText::formatRange(first, first, german) == QStringLiteral("07.12.2026"));
    CHECK(DateText::formatRange(first, QDate(), german) == QStringLiteral("07.12.2026"));
    CHECK(DateText::formatRange(QDate(), QDate(2026, 12, 9), german).isEmpty());
    // A last day before the first is no span; a dash between the parts is no short form.
    CHECK(DateText::formatRange(QDate(2026, 12, 9), first, german) == QStringLiteral("09.12.2026"));
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    CHECK(DateText::formatRange(first, QDate(2026, 12, 9), dutch)
          == DateText::format(first, dutch) + QStringLiteral(" – ")
                 + DateText::format(QDate(2026, 12, 9), dutch));
}

TEST_CASE("Typed German, English and ISO dates are read", "[measures][dates]")
{
    const QDate april(2027, 4, 1);
    for (const QLocale &locale : {german, british}) {
        INFO(locale.name().toStdString());
        for (const char *typed : {"01.04.2027", "1.4.2027", "01.04.27", " 1. 4. 2027 ",
                                  "2027-04-01", "01/04/2027", "1/4/27"}) {
            INFO(typed);
            bool ok = false;
            CHECK(DateText::parse(QString::fromLatin1(typed), locale, &ok) == april);
            CHECK(ok);
        }
    }
    // The month first where the language writes it first.
    CHECK(DateText::parse(QStringLiteral("4/1/2027"), american) == april);
    // What the screen shows reads back.
    for (const QLocale &locale : {german, british, american, QLocale::c()})
        CHECK(DateText::parse(DateText::format(april, locale), locale) == april);
}

TEST_CASE("Empty text is no date, and no date is refused", "[measures][dates]")
{
    bool ok = false;
    CHECK_FALSE(DateText::parse(QStringLiteral("  "), german, &ok).isValid());
    CHECK(ok);
    for (const char *typed : {"n1.04.2027", "31.02.2027", "01.04.2", "morgen", "2027-13-01",
                              "1.4."}) {
        INFO(typed);
        CHECK_FALSE(DateText::parse(QString::fromLatin1(typed), german, &ok).isValid());
        CHECK_FALSE(ok);
    }
}
