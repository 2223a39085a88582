#include <catch2/catch.hpp>

#include "core/export/csvwriter.h"
#include "core/io/csvreader.h"

using namespace weitblick;

TEST_CASE("A CSV table reads back unchanged in either separator", "[csvexport]")
{
    const QStringList awkward{
        QString::fromUtf8("Grüße aus Gießen 🙂"),
        QStringLiteral("\"quoted\" and \"\""),
        QStringLiteral("semi;colon, comma"),
        QStringLiteral("line one\nline two"),
        QStringLiteral("<b>x</b>"),
        QStringLiteral(" padded "),
        QString(),
        QStringLiteral("5\" monitor")};
    for (const QLocale &locale : {QLocale(QLocale::German, QLocale::Germany),
                                  QLocale(QLocale::English, QLocale::UnitedStates)}) {
        CAPTURE(locale.name());
        CsvWriter csv(locale);
        csv.addRow({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                    QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"),
                    QStringLiteral("g"), QStringLiteral("h")});
        csv.addRow(awkward);
        const QByteArray bytes = csv.bytes();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.endsWith("\r\n"));
        QString error;
        const auto table = CsvReader::read(bytes, &error);
        REQUIRE(table);
        CHECK(table->separator == csv.separator());
        CHECK(table->encodingName == QStringLiteral("UTF-8"));
        REQUIRE(table->rows.size() == 1);
        CHECK(table->rows.first() == awkward);
    }
}

TEST_CASE("The separator and the numbers follow the locale", "[csvexport]")
{
    const CsvWriter german(QLocale(QLocale::German, QLocale::Germany));
    CHECK(german.separator() == QLatin1Char(';'));
    CHECK(german.number(12.5) == QStringLiteral("12,5"));
    CHECK(german.number(1e9) == QStringLiteral("1000000000"));
    CHECK(german.number(12345) == QStringLiteral("12345"));
    CHECK(german.number(std::optional<double>()).isEmpty());

    const CsvWriter english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(english.separator() == QLatin1Char(','));
    CHECK(english.number(9.75) == QStringLiteral("9.75"));
    CHECK(english.number(12345) == QStringLiteral("12345"));

    CHECK(CsvWriter::date(QDate(2027, 6, 30)) == QStringLiteral("2027-06-30"));
    CHECK(CsvWriter::date(QDate()).isEmpty());
}

TEST_CASE("Only fields that need it are quoted", "[csvexport]")
{
    const CsvWriter csv(QLocale(QLocale::German, QLocale::Germany));
    CHECK(csv.field(QStringLiteral("a, b")) == QStringLiteral("a, b"));
    CHECK(csv.field(QStringLiteral("a; b")) == QStringLiteral("\"a; b\""));
    CHECK(csv.field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(csv.field(QStringLiteral("a\nb")) == QStringLiteral("\"a\nb\""));
}
