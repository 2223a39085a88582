#include <catch2/catch.hpp>

#include "core/io/csvreader.h"
#include "testfiles.h"

using namespace weitblick;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(WEITBLICK_IO_TESTDATA "/") + QLatin1String(name);
}

CsvTable readOk(const QByteArray &bytes)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader::read(bytes, &error);
    INFO(error.toStdString());
    REQUIRE(table);
    return *table;
}

QString readError(const QByteArray &bytes)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader::read(bytes, &error);
    REQUIRE_FALSE(table);
    REQUIRE_FALSE(error.isEmpty());
    return error;
}

QStringList cells(std::initializer_list<const char *> utf8)
{
    QStringList list;
    for (const char *cell : utf8)
        list.append(QString::fromUtf8(cell));
    return list;
}

} // namespace

TEST_CASE("CsvReader reads German Excel CSV in Windows-1252", "[io]")
{
    QString error;
    const std::optional<CsvTable> table =
        CsvReader::readFile(dataFile("teilnehmende_excel_de.csv"), &error);
    INFO(error.toStdString());
    REQUIRE(table);
    CHECK(table->separator == u';');
    CHECK(table->encodingName == QStringLiteral("Windows-1252"));
    CHECK(table->header == cells({"Name", "Organisation", "Gruppe", "Tisch", "Steuerkreis"}));
    REQUIRE(table->rows.size() == 7);
    CHECK(table->rows.at(0) == cells({"Jürgen Müller", "Bäckerei Müller", "Handel und Gewerbe",
                                      "1", "ja"}));
    CHECK(table->rows.at(1).at(1) == QString::fromUtf8("Anwohnerin Lindenstraße"));
    // A separator inside quotes belongs to the cell.
    CHECK(table->rows.at(2).at(1)
          == QString::fromUtf8("Sportverein Grün-Weiß 1908 e.V.; Abteilung Fußball"));
    // "" inside quotes is one quote, and a CRLF inside quotes a line break of the cell.
    CHECK(table->rows.at(5).at(0) == QString::fromUtf8("Renate \"Reni\" Straße"));
    CHECK(table->rows.at(5).at(1)
          == QString::fromUtf8("Ordnungsamt\nAbteilung Straßenverkehr"));
    // 0x96 is the en dash in Windows-1252 (a C1 control in Latin-1).
    CHECK(table->rows.at(6).at(1) == QString::fromUtf8("Café Crème – Inh. F. Lefèvre"));
    CHECK(table->rows.at(4) == cells({"Ömer Aydemir", "", "Bürgerinnen und Bürger", "", ""}));
    // The record after the two-line cell starts on line 9.
    CHECK(table->lineNumbers == QList<int>{2, 3, 4, 5, 6, 7, 9});
}

TEST_CASE("CsvReader reads comma-separated UTF-8 with and without BOM", "[io]")
{
    QString error;
    const std::optional<CsvTable> bom =
        CsvReader::readFile(dataFile("participants_utf8_bom_en.csv"), &error);
    REQUIRE(bom);
    CHECK(bom->separator == u',');
    CHECK(bom->encodingName == QStringLiteral("UTF-8"));
    CHECK(bom->header.first() == QStringLiteral("Participant")); // no BOM in the first cell
    REQUIRE(bom->rows.size() == 4);
    CHECK(bom->rows.at(0).at(1) == QStringLiteral("Schmidt, Meier & Partner"));
    CHECK(bom->rows.at(1).at(0) == QString::fromUtf8("Łukasz Nowak"));
    CHECK(bom->rows.at(2).at(0) == QString::fromUtf8("Zoë Ångström"));
    CHECK(bom->rows.at(3).at(0) == QStringLiteral("Karl \"Charly\" Brandt"));

    const std::optional<CsvTable> plain =
        CsvReader::readFile(dataFile("teilnehmende_libreoffice.csv"), &error);
    REQUIRE(plain);
    CHECK(plain->separator == u',');
    CHECK(plain->encodingName == QStringLiteral("UTF-8"));
    CHECK(plain->header == cells({"Vorname", "Nachname", "Institution", "Stakeholdergruppe",
                                  "Tisch-Nr."}));
    REQUIRE(plain->rows.size() == 3);
    CHECK(plain->rows.at(2).at(1) == QString::fromUtf8("Köhler-Nußbaum"));
    CHECK(plain->lineNumbers == QList<int>{2, 3, 4});

    // The same text in UTF-8 without a BOM and with one reads the same.
    const QByteArray text = QString::fromUtf8("Name;Ort\nMüller;Straße\n").toUtf8();
    CHECK(readOk(text).rows == readOk("\xEF\xBB\xBF" + text).rows);
    CHECK(readOk(text).rows.at(0) == cells({"Müller", "Straße"}));
}

TEST_CASE("CsvReader takes Windows-1252 when the bytes are not UTF-8", "[io]")
{
    const CsvTable table = readOk("Name;Stra\xDF" "e\r\nM\xFCller;\x80 5\r\n");
    CHECK(table.encodingName == QStringLiteral("Windows-1252"));
    CHECK(table.header == cells({"Name", "Straße"}));
    CHECK(table.rows.at(0) == cells({"Müller", "€ 5"}));
}

TEST_CASE("CsvReader handles line endings quoting and blank rows", "[io]")
{
    const CsvTable lf = readOk("a;b\n1;2\n3;4\n");
    const CsvTable crlf = readOk("a;b\r\n1;2\r\n3;4\r\n");
    const CsvTable cr = readOk("a;b\r1;2\r3;4\r");
    const CsvTable noFinalBreak = readOk("a;b\n1;2\n3;4");
    for (const CsvTable *t : {&lf, &crlf, &cr, &noFinalBreak}) {
        CHECK(t->header == cells({"a", "b"}));
        CHECK(t->rows == QList<QStringList>{cells({"1", "2"}), cells({"3", "4"})});
        CHECK(t->lineNumbers == QList<int>{2, 3});
    }

    // Empty lines and rows of bare separators (formatted empty rows in Excel) are skipped, but
    // the line numbers still count them.
    const CsvTable blanks = readOk("\r\na;b;c\r\n;;\r\n1;2;3\r\n\r\n;;\r\n4;5;6\r\n;;\r\n");
    CHECK(blanks.header == cells({"a", "b", "c"}));
    CHECK(blanks.rows == QList<QStringList>{cells({"1", "2", "3"}), cells({"4", "5", "6"})});
    CHECK(blanks.lineNumbers == QList<int>{4, 7});

    // Empty cells, empty quoted cells, a quote inside an unquoted cell, spaces kept.
    const CsvTable mixed = readOk("a,b,c,d\n,\"\",5\" Monitor, x \n");
    CHECK(mixed.rows.at(0) == cells({"", "", "5\" Monitor", " x "}));

    // A header with commas inside quotes and semicolons outside is semicolon-separated.
    const CsvTable quotedComma = readOk("\"Name, Vorname\";Gruppe\n\"Berg, Olaf\";Vereine\n");
    CHECK(quotedComma.separator == u';');
    CHECK(quotedComma.rows.at(0) == cells({"Berg, Olaf", "Vereine"}));

    // Blank lines before the header do not hide its separator.
    const CsvTable leadingBlank = readOk("\r\n\r\nName,Ort\nAnna,Berg\n");
    CHECK(leadingBlank.separator == u',');
    CHECK(leadingBlank.lineNumbers == QList<int>{4});

    // A one-column file.
    const CsvTable single = readOk("Name\nAnna\nBert\n");
    CHECK(single.rows == QList<QStringList>{cells({"Anna"}), cells({"Bert"})});

    // A quoted cell with several line breaks of all kinds.
    const CsvTable breaks = readOk("t;n\r\n\"eins\r\nzwei\ndrei\rvier\";1\r\n2;2\r\n");
    CHECK(breaks.rows.at(0).at(0) == QStringLiteral("eins\nzwei\ndrei\nvier"));
    CHECK(breaks.lineNumbers == QList<int>{2, 6});
}

TEST_CASE("CsvReader refuses an empty file", "[io]")
{
    CHECK(readError(QByteArray()).contains(QStringLiteral("empty")));
    CHECK(readError("\xEF\xBB\xBF").contains(QStringLiteral("empty")));
    CHECK(readError("\r\n  \r\n").contains(QStringLiteral("empty")));
    CHECK(readError(";;;\r\n;;;\r\n").contains(QStringLiteral("empty")));

    QString error;
    CHECK_FALSE(CsvReader::readFile(dataFile("leer.csv"), &error));
    CHECK(error.contains(QStringLiteral("empty")));
}

TEST_CASE("CsvReader refuses broken quoting with its line number", "[io]")
{
    const QString open = readError("Name;Ort\nAnna;Berg\n\"Bert;Tal\nCarla;See\n");
    CHECK(open.contains(QStringLiteral("Line 3")));
    const QString after = readError("Name;Ort\nAnna;Berg\nBert;\"Tal\"x\n");
    CHECK(after.contains(QStringLiteral("Line 3")));
    // Spaces after the closing quote are harmless.
    CHECK(readOk("a;b\n\"x\" ;y\n").rows.at(0) == cells({"x", "y"}));
}

TEST_CASE("CsvReader refuses UTF-16 and binary files with a message", "[io]")
{
    QString error;
    CHECK_FALSE(CsvReader::readFile(dataFile("teilnehmende_utf16.txt"), &error));
    CHECK(error.contains(QStringLiteral("UTF-16")));

    // UTF-16 without a byte order mark.
    const QString noBom = QStringLiteral("Name;Gruppe\r\nAnna;Vereine\r\n");
    const QByteArray utf16(reinterpret_cast<const char *>(noBom.utf16()),
                           noBom.size() * 2);
    CHECK(readError(utf16).contains(QStringLiteral("UTF-16")));

    // An .xlsx is a zip file.
    const QByteArray zip("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14);
    CHECK(readError(zip).contains(QStringLiteral("not text")));
    // A stray control byte in an otherwise plain file names its line.
    CHECK(readError("a;b\n1;2\n3;\x01\n").contains(QStringLiteral("Line 3")));
    // A BOM promises UTF-8; bytes that are not UTF-8 after it are refused, not guessed.
    CHECK(readError("\xEF\xBB\xBF" "a;b\nM\xFCller;1\n").contains(QStringLiteral("UTF-8")));

    CHECK_FALSE(CsvReader::readFile(dataFile("does-not-exist.csv"), &error));
    CHECK(error.contains(QStringLiteral("does-not-exist.csv")));
}

// Issue 12, item 13: one Windows-1252 byte in a UTF-8 file switched the whole file to
// Windows-1252, and "Jürgen" became "JÃ¼rgen" without a word.
TEST_CASE("CsvReader refuses a file that mixes UTF-8 and Windows-1252", "[io]")
{
    const QString mixed = readError("Name;Ort\nJ\xC3\xBCrgen;K\xC3\xB6ln\nM\xFCller;Bonn\n");
    CHECK(mixed.contains(QStringLiteral("Line 3, column 2")));
    CHECK(mixed.contains(QStringLiteral("UTF-8")));
    // The column counts characters, not bytes: "Jürgen" is six.
    CHECK(readError("Name;Ort\nJ\xC3\xBCrgen\xFC;Bonn\n").contains(QStringLiteral("Line 2, column 7")));
    // Old Mac line ends count as lines too.
    CHECK(readError("Name;Ort\rJ\xC3\xBCrgen;x\rM\xFCller;y\r").contains(QStringLiteral("Line 3")));
    // A file without any UTF-8 is still read as Windows-1252.
    CHECK(readOk("Name;Ort\nM\xFCller;K\xF6ln\n").encodingName == QStringLiteral("Windows-1252"));
}

// Issue 12, item 13: UTF-32 and a single leading NUL were reported as UTF-16.
TEST_CASE("CsvReader tells UTF-32 and stray zero bytes from UTF-16", "[io]")
{
    const QString text = QStringLiteral("Name;Gruppe\r\nAnna;Vereine\r\n");
    const QList<uint> ucs4 = text.toUcs4();
    QByteArray utf32le;
    QByteArray utf32be;
    for (const uint c : ucs4) {
        for (int shift : {0, 8, 16, 24})
            utf32le.append(char((c >> shift) & 0xFF));
        for (int shift : {24, 16, 8, 0})
            utf32be.append(char((c >> shift) & 0xFF));
    }
    CHECK(readError(utf32le).contains(QStringLiteral("UTF-32")));
    CHECK(readError(utf32be).contains(QStringLiteral("UTF-32")));
    CHECK(readError(QByteArray("\xFF\xFE\0\0", 4) + utf32le).contains(QStringLiteral("UTF-32")));
    CHECK(readError(QByteArray("\0\0\xFE\xFF", 4) + utf32be).contains(QStringLiteral("UTF-32")));

    const QString nul = readError(QByteArray("\0Name;Ort\nAnna;Berg\n", 20));
    CHECK_FALSE(nul.contains(QStringLiteral("UTF-16")));
    CHECK(nul.contains(QStringLiteral("Line 1, column 1")));
}

// Issue 12, item 13: every message names the file and says what to do.
TEST_CASE("CsvReader names the file in every refusal", "[io]")
{
    test::TempDir dir;
    const auto refusalOf = [&dir](const QByteArray &bytes) {
        const QString path = dir.path(QStringLiteral("liste.csv"));
        test::writeAll(path, bytes);
        QString error;
        REQUIRE_FALSE(CsvReader::readFile(path, &error));
        return error;
    };
    for (const QByteArray &bytes :
         {QByteArray(), QByteArray("a;b\n\"c;d\n"), QByteArray("\xFF\xFEN\0", 4),
          QByteArray("a;b\nJ\xC3\xBC;\xFC\n")}) {
        const QString error = refusalOf(bytes);
        CAPTURE(error);
        CHECK(error.startsWith(QStringLiteral("liste.csv: ")));
        CHECK(error.count(u'\n') == 0);
    }
    CHECK(refusalOf("a;b\nJ\xC3\xBC;\xFC\n").contains(QStringLiteral("save"), Qt::CaseInsensitive));
}
