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
    CHECK(csv.field(QStringLiteral("a, b")) == QStringLiteral("\"a, b\""));
    CHECK(csv.field(QStringLiteral("a b")) == QStringLiteral("a b"));
    CHECK(csv.field(QStringLiteral("a; b")) == QStringLiteral("\"a; b\""));
    CHECK(csv.field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(csv.field(QStringLiteral("a\nb")) == QStringLiteral("\"a\nb\""));
}

// Issue 12, item 15: "=HYPERLINK(…)" was written as it stood, and a spreadsheet ran it.
TEST_CASE("Texts that a spreadsheet would run are written with an apostrophe and read back exactly",
          "[csvexport]")
{
    const QStringList texts{QStringLiteral("=HYPERLINK(\"http://x.example\",\"Klick\")"),
                            QStringLiteral("+49 30 1234"),
                            QStringLiteral("-Mehr Radwege"),
                            QStringLiteral("@SUM(A1)"),
                            QStringLiteral("\tTabulator"),
                            QStringLiteral("'=schon mit Apostroph"),
                            QStringLiteral("''+zwei"),
                            QStringLiteral("'Zitat"),
                            QStringLiteral("-3"),
                            QStringLiteral("-2,5")};
    CsvWriter csv(QLocale(QLocale::German, QLocale::Germany));
    QStringList header;
    for (qsizetype i = 0; i < texts.size(); ++i)
        header.append(QString::number(i));
    csv.addRow(header);
    csv.addRow(texts);
    const QString line = QString::fromUtf8(csv.bytes()).split(QStringLiteral("\r\n")).at(1);
    CHECK(line
          == QStringLiteral("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Klick\"\")\";'+49 30 1234;"
                            "'-Mehr Radwege;'@SUM(A1);'\tTabulator;''=schon mit Apostroph;"
                            "'''+zwei;'Zitat;-3;\"-2,5\""));
    const auto table = CsvReader::read(csv.bytes(), nullptr);
    REQUIRE(table);
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows.first() == texts);
}

TEST_CASE("Reading takes off exactly the apostrophe that guards a formula", "[csvexport]")
{
    const auto table = CsvReader::read("Name,Notiz\n'=1+2,'Hallo\n''@x,'\n", nullptr);
    REQUIRE(table);
    CHECK(table->rows.at(0) == QStringList{QStringLiteral("=1+2"), QStringLiteral("'Hallo")});
    CHECK(table->rows.at(1) == QStringList{QStringLiteral("'@x"), QStringLiteral("'")});
}

// Found by fuzz_csvwriter (fuzz/corpus/csvwriter/semicolon-in-english-header): a semicolon in a
// text of a comma-separated file was counted as a separator, and the file read as one column.
TEST_CASE("A text with the other separator leaves the separator as written", "[csvexport]")
{
    CsvWriter csv(QLocale(QLocale::English, QLocale::UnitedStates));
    csv.addRow({QString::fromUtf8("Mehr Grün; weniger Autos"), QStringLiteral("Notes")});
    csv.addRow({QStringLiteral("x"), QString()});
    const auto table = CsvReader::read(csv.bytes(), nullptr);
    REQUIRE(table);
    CHECK(table->separator == QLatin1Char(','));
    CHECK(table->header
          == QStringList{QString::fromUtf8("Mehr Grün; weniger Autos"), QStringLiteral("Notes")});
}

// fuzz_csvwriter: a header whose first cell began with U+FEFF came back without it, because the
// reader took that character for a second byte order mark.
TEST_CASE("A first cell that starts with U+FEFF reads back unchanged", "[csvexport]")
{
    const QString zeroWidth(QChar(0xFEFF));
    for (const QLocale &locale : {QLocale(QLocale::German, QLocale::Germany),
                                  QLocale(QLocale::English, QLocale::UnitedStates)}) {
        CAPTURE(locale.name());
        CsvWriter csv(locale);
        const QStringList header{zeroWidth + QStringLiteral("Name"), QStringLiteral("Gruppe")};
        const QStringList row{zeroWidth, zeroWidth + zeroWidth + QStringLiteral("x")};
        csv.addRow(header);
        csv.addRow(row);
        QString error;
        const auto table = CsvReader::read(csv.bytes(), &error);
        REQUIRE(table);
        CHECK(table->header == header);
        REQUIRE(table->rows.size() == 1);
        CHECK(table->rows.first() == row);
    }
}
