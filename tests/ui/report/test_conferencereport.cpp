#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "testfiles.h"
#include "ui/report/conferencereport.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QtEndian>

using namespace weitblick;

namespace {

std::unique_ptr<ConferenceDocument> documentOf(const test::TempDir &dir, const Conference &conference)
{
    QString error;
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("c.weitblick")), conference,
                                               &error);
    INFO(error.toStdString());
    REQUIRE(document);
    return document;
}

// The text of a PDF, or of one page of it in its layout, with all runs of white space as one space.
QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    // One page is read with its layout, so that a row of the contents stays one line.
    if (page > 0)
        arguments << QStringLiteral("-layout") << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// The names of the files in a zip archive, read from its central directory.
QStringList zipEntries(const QByteArray &zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(zip.constData());
    const int entries = qFromLittleEndian<quint16>(bytes + end + 10);
    qsizetype offset = qFromLittleEndian<quint32>(bytes + end + 16);
    QStringList names;
    for (int i = 0; i < entries; ++i) {
        if (offset + 46 > zip.size() || zip.mid(offset, 4) != QByteArray("PK\x01\x02", 4))
            return {};
        const int nameLength = qFromLittleEndian<quint16>(bytes + offset + 28);
        const int extraLength = qFromLittleEndian<quint16>(bytes + offset + 30);
        const int commentLength = qFromLittleEndian<quint16>(bytes + offset + 32);
        names << QString::fromUtf8(zip.mid(offset + 46, nameLength));
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}

// How many pixels of the image are not white.
int inkedPixels(const QImage &image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            inked += qGray(line[x]) < 240 ? 1 : 0;
    }
    return inked;
}

QString cardWithUmlaut(const Conference &conference)
{
    for (const Card &card : conference.all<Card>()) {
        // DejaVu sets ff, fi and fl as ligatures, which pdftotext gives back as one character.
        if (card.text.contains(QRegularExpression(QString::fromUtf8("[äöüß]")))
            && !card.text.contains(QRegularExpression(QStringLiteral("f[fil]")))
            && card.text.size() < 60)
            return card.text;
    }
    return {};
}

} // namespace

TEST_CASE("A report renders into an image", "[report]")
{
    test::TempDir dir;
    auto document = documentOf(dir, makeSampleConference());
    ConferenceReport report(document.get(), {});
    REQUIRE(report.build());
    const int pages = report.pageCount();
    CHECK(pages > 8);

    const QSize size = ConferenceReport::pageSize().toSize();
    for (int page : {0, 1, pages - 1}) {
        CAPTURE(page);
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::red);
        QPainter painter(&image);
        report.paintPage(&painter, page);
        painter.end();
        CHECK(image.pixel(2, 2) == qRgb(255, 255, 255)); // a white page
        CHECK(inkedPixels(image) > 2000);                // with something on it
    }
    const QString plain = report.textDocument()->toPlainText();
    CHECK(plain.contains(cardWithUmlaut(document->conference())));
    for (const Phase &phase : document->conference().all<Phase>())
        CHECK(plain.contains(phase.guidingQuestion));
}

TEST_CASE("The report marks the measures that are overdue on the day it is written",
          "[report]")
{
    test::TempDir dir;
    Conference conference = makeSampleConference();
    Measure measure = *conference.all<Measure>().begin();
    measure.deadline = QDate(2027, 3, 31);
    measure.status = MeasureStatus::InProgress;
    measure.team = QStringLiteral("Werbegemeinschaft");
    measure.description = QStringLiteral("Eine Börse für leere Läden");
    conference.all<Measure>().put(measure);
    auto document = documentOf(dir, conference);

    ReportOptions before;
    before.today = QDate(2020, 1, 10); // before every deadline of the sample
    ConferenceReport early(document.get(), before);
    REQUIRE(early.build());
    const QString earlyText = early.textDocument()->toPlainText();
    CHECK(earlyText.contains(QStringLiteral("The status as of")));
    CHECK(earlyText.contains(QStringLiteral("Team: Werbegemeinschaft")));
    CHECK(earlyText.contains(QStringLiteral("Eine Börse für leere Läden")));
    CHECK_FALSE(earlyText.contains(QStringLiteral("Overdue")));

    ReportOptions after;
    after.today = QDate(2027, 4, 1);
    ConferenceReport late(document.get(), after);
    REQUIRE(late.build());
    CHECK(late.textDocument()->toPlainText().contains(QStringLiteral("Overdue")));
}

TEST_CASE("The report names the participants only when asked", "[report]")
{
    test::TempDir dir;
    auto document = documentOf(dir, test::awkwardConference());
    const QString name = QString::fromUtf8("Ümit Öztürk");
    ConferenceReport withNames(document.get(), {true, false});
    REQUIRE(withNames.build());
    CHECK(withNames.textDocument()->toPlainText().contains(name));
    ConferenceReport withoutNames(document.get(), {false, false});
    REQUIRE(withoutNames.build());
    CHECK_FALSE(withoutNames.textDocument()->toPlainText().contains(name));
    // Markup in user text stays text.
    CHECK(withoutNames.textDocument()->toPlainText().contains(QStringLiteral("<b>x</b>")));
}

TEST_CASE("The PDF report holds the card texts and finds its chapters", "[report]")
{
    test::TempDir dir;
    auto document = documentOf(dir, makeSampleConference());
    const QString pdf = dir.path(QStringLiteral("Dokumentation.pdf"));
    QString error;
    REQUIRE(ConferenceReport::exportTo(document.get(), pdf, true, {}, &error));
    CHECK(test::readAll(pdf).startsWith("%PDF"));

    const QString text = pdfText(pdf);
    const QString card = cardWithUmlaut(document->conference());
    REQUIRE_FALSE(card.isEmpty());
    CHECK(text.contains(card.simplified()));

    // The contents name the page of the measures, and that page starts with them.
    const QRegularExpression measuresEntry(QStringLiteral("Measures (\\d+)"));
    const QRegularExpressionMatch match = measuresEntry.match(pdfText(pdf, 2));
    REQUIRE(match.hasMatch());
    const int page = match.captured(1).toInt();
    CHECK(pdfText(pdf, page).startsWith(QStringLiteral("Measures")));
    CHECK(pdfText(pdf, page).contains(QStringLiteral("Page %1 of").arg(page)));
}

TEST_CASE("The ODT report is a zip holding content.xml", "[report]")
{
    test::TempDir dir;
    auto document = documentOf(dir, test::awkwardConference());
    const QString odt = dir.path(QStringLiteral("Dokumentation.odt"));
    QString error;
    REQUIRE(ConferenceReport::exportTo(document.get(), odt, false, {}, &error));
    const QByteArray zip = test::readAll(odt);
    CHECK(zip.startsWith("PK"));
    const QStringList entries = zipEntries(zip);
    CHECK(entries.contains(QStringLiteral("content.xml")));
    CHECK(entries.contains(QStringLiteral("mimetype")));
    CHECK(zip.contains("application/vnd.oasis.opendocument.text"));
}

TEST_CASE("A report that cannot be written leaves no file", "[report]")
{
    test::TempDir dir;
    auto document = documentOf(dir, test::awkwardConference());
    QString error;

    SECTION("a missing folder is named")
    {
        const QString pdf = dir.path(QStringLiteral("gone/report.pdf"));
        CHECK_FALSE(ConferenceReport::exportTo(document.get(), pdf, true, {}, &error));
        CHECK(error.contains(QStringLiteral("gone")));
        CHECK_FALSE(QFile::exists(pdf));
    }
    SECTION("cancelling gives no message and no file")
    {
        const QString pdf = dir.path(QStringLiteral("report.pdf"));
        int calls = 0;
        const ReportProgress cancelLate = [&calls](int, int) { return ++calls < 12; };
        CHECK_FALSE(ConferenceReport::exportTo(document.get(), pdf, true, cancelLate, &error));
        CHECK(error.isEmpty());
        CHECK(calls == 12);
        CHECK_FALSE(QFile::exists(pdf));
        CHECK(QDir(dir.path(QString())).entryList({QStringLiteral("report*")}, QDir::Files | QDir::Hidden).isEmpty());
    }
}

// Issue 12, item 3: 50,000 participants made --export-report run for many minutes. Qt marks
// every item of a QTextList dirty when one is added, so one list of n names took time n²; the
// report keeps each list short, and every name is still in it, in order, as a bullet.
TEST_CASE("A long list of names is laid out in lists that stay short", "[report]")
{
    test::TempDir dir;
    Conference conference = makeSampleConference();
    const Id first = conference.all<Participant>().nextId();
    for (int i = 0; i < 1000; ++i)
        conference.all<Participant>().put({first + i, QStringLiteral("Person %1").arg(i, 4, 10,
                                                                              QLatin1Char('0')),
                                           QString(), NoId, NoId, false});
    auto document = documentOf(dir, conference);
    ConferenceReport report(document.get(), {});
    REQUIRE(report.build());

    QStringList listed;
    for (QTextBlock block = report.textDocument()->begin(); block.isValid(); block = block.next()) {
        if (!block.text().startsWith(QStringLiteral("Person ")))
            continue;
        REQUIRE(block.textList());
        CHECK(block.textList()->format().style() == QTextListFormat::ListDisc);
        CHECK(block.textList()->count() <= 100);
        listed << block.text();
    }
    REQUIRE(listed.size() == 1000);
    CHECK(std::is_sorted(listed.begin(), listed.end()));
}
