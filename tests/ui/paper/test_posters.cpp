#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/io/outputfile.h"
#include "core/measures/datetext.h"
#include "core/model/newconference.h"
#include "core/sample/sampleconference.h"
#include "testfiles.h"
#include "../screens/textfit.h"
#include "ui/paper/actionplanpainter.h"
#include "ui/paper/posterdialog.h"
#include "ui/paper/posterprinter.h"
#include "ui/paper/postersources.h"
#include "ui/paper/tableplanpainter.h"
#include "ui/paper/tilegrid.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace weitblick;
using test::TempDir;

namespace {

constexpr double PointsPerMm = 72.0 / 25.4;

std::unique_ptr<ConferenceDocument> openDocument(const TempDir &dir, const Conference &conference)
{
    const QString path = dir.path(QStringLiteral("posters.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, conference, &error));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(document);
    return document;
}

Id phaseOfKind(const Conference &conference, PhaseKind kind)
{
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.kind == kind)
            return phase.id;
    }
    return NoId;
}

// A new conference with a cluster of two cards, one with umlauts, on the Future wall.
Conference umlautConference()
{
    Conference conference = newConference();
    const Id future = phaseOfKind(conference, PhaseKind::Future);
    Cluster cluster;
    cluster.id = 1;
    cluster.phaseId = future;
    cluster.heading = QStringLiteral("Grün in der Stadt");
    cluster.pos = QPointF(100, 100);
    conference.all<Cluster>().put(cluster);
    const QStringList texts{QStringLiteral("Grünfläche für Bürger"),
                            QStringLiteral("Schöne Plätze <b>für</b> alle")};
    for (int i = 0; i < texts.size(); ++i) {
        Card card;
        card.id = i + 1;
        card.phaseId = future;
        card.clusterId = 1;
        card.text = texts.at(i);
        card.pos = QPointF(120 + 260 * i, 160);
        conference.all<Card>().put(card);
    }
    return conference;
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The size of each page of a PDF in points, read back with pdfinfo.
QList<QSizeF> pageSizes(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                          .match(info)
                          .captured(1)
                          .toInt();
    const QString sizes = runTool(QStringLiteral("pdfinfo"),
                                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QString::number(pages), pdf});
    QList<QSizeF> result;
    const QRegularExpression line(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    for (auto it = line.globalMatch(sizes); it.hasNext();) {
        const auto match = it.next();
        result << QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
    }
    return result;
}

// The text of a PDF. Qt sets "fi" and "fl" as ligatures; NFKC gives the letters back, as the
// search of a PDF viewer does.
QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                 pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

bool writePdf(const QString &path, const PosterPrinter &printer, const QList<Poster> &posters,
              const PosterPrinter::Progress &progress = {})
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QPdfWriter writer(&file);
    return printer.print(&writer, posters, progress);
}

bool near(QSizeF a, QSizeF b)
{
    return std::abs(a.width() - b.width()) <= 1 && std::abs(a.height() - b.height()) <= 1;
}

// A scene item that counts how often it is painted.
class ProbeItem : public QGraphicsItem
{
public:
    explicit ProbeItem(int *paints) : m_paints(paints) {}
    QRectF boundingRect() const override { return QRectF(0, 0, 100, 100); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        ++*m_paints;
        painter->fillRect(boundingRect(), Qt::darkCyan);
    }

private:
    int *m_paints;
};

} // namespace

TEST_CASE("The tile grid of an A1 poster on A4 sheets", "[paper]")
{
    // A1 is 594 x 841 mm; an A4 sheet with 10 mm margins prints 190 x 277 mm.
    const TileGrid portrait(QSizeF(594, 841), QSizeF(190, 277), 10);
    CHECK(portrait.columns() == 4); // 190 + 3 * 180 = 730 >= 594; 190 + 2 * 180 = 550 is short
    CHECK(portrait.rows() == 4);    // 277 + 2 * 267 = 811 < 841
    CHECK(portrait.sheetCount() == 16);
    const TileGrid landscape(QSizeF(594, 841), QSizeF(277, 190), 10);
    CHECK(landscape.columns() == 3);
    CHECK(landscape.rows() == 5);
    CHECK(landscape.sheetCount() == 15);

    CHECK(portrait.sourceRect(1, 2) == QRectF(360, 267, 190, 277));
    // Neighbours share exactly the overlap, across and down.
    CHECK((portrait.sourceRect(0, 0) & portrait.sourceRect(0, 1)).width() == Approx(10));
    CHECK((portrait.sourceRect(0, 0) & portrait.sourceRect(1, 0)).height() == Approx(10));
    CHECK((portrait.sourceRect(2, 1) & portrait.sourceRect(2, 2)).width() == Approx(10));
    // The last sheets reach the poster's far edges; the ones before them do not.
    CHECK(portrait.sourceRect(3, 3).right() >= 594);
    CHECK(portrait.sourceRect(3, 3).bottom() >= 841);
    CHECK(portrait.sourceRect(2, 2).right() < 594);

    // A poster that fits exactly takes no extra sheet; one a millimetre larger does.
    CHECK(TileGrid(QSizeF(370, 277), QSizeF(190, 277), 10).columns() == 2);
    CHECK(TileGrid(QSizeF(371, 277), QSizeF(190, 277), 10).columns() == 3);
    CHECK(TileGrid(QSizeF(100, 100), QSizeF(190, 277), 10).sheetCount() == 1);

    CHECK(TileGrid::label(0, 0) == QStringLiteral("A/1"));
    CHECK(TileGrid::label(1, 2) == QStringLiteral("B/3"));
    CHECK(TileGrid::label(25, 0) == QStringLiteral("Z/1"));
    CHECK(TileGrid::label(26, 9) == QStringLiteral("AA/10"));
}

TEST_CASE("A tiled poster starts with its overview and takes the fewest sheets", "[paper]")
{
    PosterOptions options;
    options.paper = QPageSize::A1;
    options.orientation = PosterOptions::Orientation::Portrait;
    options.tile = QPageSize::A4;
    const PosterPrinter printer(options);
    Poster poster;
    poster.title = QStringLiteral("Wand");
    poster.bounds = QRectF(0, 0, 600, 800);
    poster.paint = [](QPainter *, const QRectF &) {};

    QPageLayout sheet;
    const TileGrid grid = printer.tileGrid(poster, &sheet);
    CHECK(grid.sheetCount() == 15);
    CHECK(sheet.orientation() == QPageLayout::Landscape);
    CHECK(grid.overlap() == Approx(10 * PointsPerMm));
    const QList<PosterPrinter::Page> pages = printer.pages({poster, poster});
    REQUIRE(pages.size() == 2 * 16);
    CHECK(pages.at(0).kind == PosterPrinter::Page::Kind::Overview);
    CHECK(pages.at(1).kind == PosterPrinter::Page::Kind::Sheet);
    CHECK(pages.at(16).kind == PosterPrinter::Page::Kind::Overview);
    CHECK(pages.at(16).poster == 1);
    CHECK(pages.at(15).row == 4);
    CHECK(pages.at(15).column == 2);

    // The poster is trimmed to its content: as wide as A1 (594 mm), less high than 841 mm.
    const QSizeF trimmed = printer.tiledPosterSize(poster) / PointsPerMm;
    CHECK(trimmed.width() == Approx(594).margin(0.5));
    CHECK(trimmed.height() < 841);
    CHECK(trimmed.height() > 790);
    // A3 sheets print 400 x 277 mm lying down: 2 across, 4 down.
    options.tile = QPageSize::A3;
    CHECK(PosterPrinter(options).tileGrid(poster).sheetCount() == 8);
    options.overlapMm = 30;
    CHECK(PosterPrinter(options).tileGrid(poster).overlap() == Approx(30 * PointsPerMm));
}

TEST_CASE("Posters come out at the ISO 216 sizes A0 to A4", "[paper]")
{
    TempDir dir;
    const auto document = openDocument(dir, makeSampleConference());
    PosterSources sources(document.get());
    const QList<Poster> posters = sources.posters(PosterSources::Kind::Actions);
    REQUIRE(posters.size() == 1);
    const QList<std::pair<QPageSize::PageSizeId, QSizeF>> iso{
        {QPageSize::A0, {841, 1189}}, {QPageSize::A1, {594, 841}}, {QPageSize::A2, {420, 594}},
        {QPageSize::A3, {297, 420}},  {QPageSize::A4, {210, 297}}};
    for (const auto &[id, mm] : iso) {
        for (const auto orientation :
             {PosterOptions::Orientation::Portrait, PosterOptions::Orientation::Landscape}) {
            PosterOptions options;
            options.paper = id;
            options.orientation = orientation;
            const QString pdf = dir.path(QStringLiteral("%1-%2.pdf")
                                             .arg(QPageSize::name(id))
                                             .arg(int(orientation)));
            REQUIRE(writePdf(pdf, PosterPrinter(options), posters));
            const QList<QSizeF> sizes = pageSizes(pdf);
            REQUIRE(sizes.size() == 1);
            const QSizeF expected = orientation == PosterOptions::Orientation::Portrait
                                        ? mm * PointsPerMm
                                        : mm.transposed() * PointsPerMm;
            INFO(QPageSize::name(id).toStdString() << " " << sizes.first().width() << " x "
                                                   << sizes.first().height());
            CHECK(near(sizes.first(), expected));
        }
    }
}

TEST_CASE("Tiled sheets and their overview come out at the sheet size", "[paper]")
{
    TempDir dir;
    const auto document = openDocument(dir, makeSampleConference());
    PosterSources sources(document.get());
    const QList<Poster> posters = sources.posters(PosterSources::Kind::Actions);
    PosterOptions options;
    options.paper = QPageSize::A2;
    options.tile = QPageSize::A3;
    const PosterPrinter printer(options);
    const QString pdf = dir.path(QStringLiteral("tiled.pdf"));
    REQUIRE(writePdf(pdf, printer, posters));
    const QList<QSizeF> sizes = pageSizes(pdf);
    REQUIRE(sizes.size() == printer.pages(posters).size());
    REQUIRE(sizes.size() == 1 + printer.tileGrid(posters.first()).sheetCount());
    const QSizeF a3 = QSizeF(297, 420) * PointsPerMm;
    for (const QSizeF &size : sizes)
        CHECK((near(size, a3) || near(size, a3.transposed())));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("How the sheets fit together")));
    CHECK(text.contains(QStringLiteral("A/1")));
    CHECK(text.contains(QStringLiteral("Row A / Column 1")));
}

TEST_CASE("Card texts with umlauts stay text in a wall poster", "[paper]")
{
    TempDir dir;
    const auto document = openDocument(dir, umlautConference());
    PosterSources sources(document.get());
    const Id future = phaseOfKind(document->conference(), PhaseKind::Future);
    const Poster wall = sources.wallPoster(future);
    PosterOptions options;
    options.paper = QPageSize::A3;
    const QString pdf = dir.path(QStringLiteral("wall.pdf"));
    REQUIRE(writePdf(pdf, PosterPrinter(options), {wall}));
    // The card breaks its text into lines; the words are all there, in order.
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Grünfläche für Bürger")));
    // Plain text: the markup is printed as typed.
    CHECK(text.contains(QStringLiteral("<b>für</b>")));
    CHECK(text.contains(QStringLiteral("Grün in der Stadt")));

    // The cluster poster holds the same cards.
    const QList<Poster> clusters = sources.posters(PosterSources::Kind::Clusters);
    REQUIRE(clusters.size() == 1);
    CHECK(clusters.first().title.contains(QStringLiteral("Grün in der Stadt")));
    const QString clusterPdf = dir.path(QStringLiteral("cluster.pdf"));
    REQUIRE(writePdf(clusterPdf, PosterPrinter(options), clusters));
    CHECK(pdfText(clusterPdf).contains(QStringLiteral("Grünfläche")));
}

TEST_CASE("Each tiled sheet paints only the items on its part of the poster", "[paper]")
{
    // 20 x 20 probe items of 100 x 100 on a 4,000 x 4,000 scene.
    QGraphicsScene scene;
    int paints = 0;
    constexpr int Side = 20;
    for (int row = 0; row < Side; ++row) {
        for (int column = 0; column < Side; ++column) {
            auto *item = new ProbeItem(&paints);
            item->setPos(column * 200 + 50, row * 200 + 50);
            scene.addItem(item);
        }
    }
    const Poster poster = PosterSources::scenePoster(&scene, QRectF(0, 0, 4000, 4000),
                                                     QStringLiteral("Proben"));
    PosterOptions options;
    options.paper = QPageSize::A0;
    options.tile = QPageSize::A4;
    const PosterPrinter printer(options);
    const TileGrid grid = printer.tileGrid(poster);
    REQUIRE(grid.sheetCount() >= 20);

    QList<int> perPage;
    int before = 0;
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    REQUIRE(printer.print(&writer, {poster}, [&](int, int) {
        perPage << paints - before;
        before = paints;
        return true;
    }));
    REQUIRE(perPage.size() == 1 + grid.sheetCount());
    // The overview shows the whole poster once.
    CHECK(perPage.first() == Side * Side);
    int sheetPaints = 0;
    for (int i = 1; i < perPage.size(); ++i) {
        INFO("sheet " << i);
        // An A4 sheet holds about a twentieth of an A0 poster: nowhere near all of it.
        CHECK(perPage.at(i) < Side * Side / 8);
        sheetPaints += perPage.at(i);
    }
    // Every item is on some sheet; only those on the overlaps are painted twice (or four
    // times at a corner). Rendering the whole poster per sheet would paint 400 per sheet.
    CHECK(sheetPaints >= Side * Side);
    CHECK(sheetPaints < Side * Side * 3 / 2);
}

TEST_CASE("Table tents are A4 landscape sheets with the name on both halves", "[paper]")
{
    TempDir dir;
    const auto document = openDocument(dir, makeSampleConference());
    const Conference &conference = document->conference();
    PosterSources sources(document.get());
    const QList<Poster> posters = sources.posters(PosterSources::Kind::Tables);
    REQUIRE(posters.size() == 1 + conference.all<Table>().size()
                                  + conference.all<Participant>().size());
    CHECK_FALSE(posters.first().fixedA4Landscape);
    CHECK(posters.last().fixedA4Landscape);

    // Tiling leaves the tents alone: one A4 sheet each.
    PosterOptions options;
    options.paper = QPageSize::A2;
    options.tile = QPageSize::A4;
    const PosterPrinter printer(options);
    const QString pdf = dir.path(QStringLiteral("tables.pdf"));
    REQUIRE(writePdf(pdf, printer, posters));
    const QList<QSizeF> sizes = pageSizes(pdf);
    const int planPages = 1 + printer.tileGrid(posters.first()).sheetCount();
    REQUIRE(sizes.size() == planPages + posters.size() - 1);
    for (int i = planPages; i < sizes.size(); ++i)
        CHECK(near(sizes.at(i), QSizeF(297, 210) * PointsPerMm));

    const Participant &someone = *conference.all<Participant>().begin();
    const QString text = pdfText(pdf);
    CHECK(text.count(someone.name) >= 3); // the plan and both halves of the tent
    CHECK(text.contains(QStringLiteral("Table 1")));

    // The upper half is the lower half turned round: the tent's ink is point-symmetric.
    QImage image(594, 420, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(594.0 / posters.last().bounds.width(),
                      420.0 / posters.last().bounds.height());
        posters.last().paint(&painter, posters.last().bounds);
    }
    int inkTop = 0;
    int inkBottom = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++(y < image.height() / 2 ? inkTop : inkBottom);
        }
    }
    CHECK(inkTop > 500);
    CHECK(std::abs(inkTop - inkBottom) < inkTop / 10);
}

TEST_CASE("The action plan lists every measure under its sub-project", "[paper]")
{
    const Conference conference = makeSampleConference();
    const ActionPlanPainter plan(conference);
    CHECK(plan.measureCount() == conference.all<Measure>().size());
    REQUIRE(plan.measureCount() > 0);
    QImage image(plan.bounds().size().toSize() / 2, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    painter.scale(0.5, 0.5);
    plan.paint(&painter, plan.bounds());
    painter.end();
    CHECK(image.pixel(5, 5) == qRgb(255, 255, 255));

    TempDir dir;
    const auto document = openDocument(dir, conference);
    PosterSources sources(document.get());
    const QString pdf = dir.path(QStringLiteral("actions.pdf"));
    REQUIRE(writePdf(pdf, PosterPrinter(PosterOptions()),
                     sources.posters(PosterSources::Kind::Actions)));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Action plan")));
    for (const SubProject &subProject : conference.all<SubProject>())
        CHECK(text.contains(subProject.name.left(12)));
}

TEST_CASE("Every kind of poster of the sample can be printed", "[paper]")
{
    TempDir dir;
    const auto document = openDocument(dir, makeSampleConference());
    const Conference &conference = document->conference();
    PosterSources sources(document.get());
    CHECK(sources.posters(PosterSources::Kind::Walls).size() == conference.all<Phase>().size());
    CHECK(sources.posters(PosterSources::Kind::Timeline).size() == 1);
    CHECK(sources.posters(PosterSources::Kind::Ranking).size()
          == conference.all<VoteSession>().size());
    CHECK(sources.posters(PosterSources::Kind::Clusters).size()
          == conference.all<Cluster>().size());
    CHECK(PosterSources::kindNamed(QStringLiteral("tables")) == PosterSources::Kind::Tables);
    CHECK_FALSE(PosterSources::kindNamed(QStringLiteral("walls ")));
    for (const auto kind : {PosterSources::Kind::Walls, PosterSources::Kind::Ranking}) {
        const QList<Poster> posters = sources.posters(kind);
        const QString pdf = dir.path(PosterSources::kindName(kind) + QStringLiteral(".pdf"));
        REQUIRE(writePdf(pdf, PosterPrinter(PosterOptions()), posters));
        CHECK(pageSizes(pdf).size() == posters.size());
        const QString text = pdfText(pdf);
        for (const Poster &poster : posters)
            CHECK(text.contains(poster.title.left(10)));
    }
}

TEST_CASE("The poster dialog plans pages and exports a PDF", "[paper]")
{
    TempDir dir;
    const auto document = openDocument(dir, makeSampleConference());
    const Id future = phaseOfKind(document->conference(), PhaseKind::Future);
    PosterDialog dialog(document.get(), future, nullptr);
    CHECK(dialog.whatBox()->count() == 7);
    CHECK(dialog.posters().size() == 1); // the wall of the phase on screen
    CHECK(dialog.summaryLabel()->textFormat() == Qt::PlainText);
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("1 page")));
    CHECK_FALSE(dialog.overlapBox()->isEnabled());

    dialog.paperBox()->setCurrentIndex(0); // A0
    dialog.tileCheck()->setChecked(true);
    CHECK(dialog.overlapBox()->isEnabled());
    CHECK(dialog.options().tile == QPageSize::A4);
    CHECK(dialog.options().paper == QPageSize::A0);
    const int pages = int(PosterPrinter(dialog.options()).pages(dialog.posters()).size());
    CHECK(pages > 20);
    CHECK(dialog.summaryLabel()->text().contains(QString::number(pages)));

    const QString pdf = dir.path(QStringLiteral("dialog.pdf"));
    QString error;
    REQUIRE(dialog.exportTo(pdf, &error));
    CHECK(pageSizes(pdf).size() == pages);
    // The dialog says where the posters went, until the choice changes.
    CHECK(dialog.writtenLabel()->isVisibleTo(&dialog));
    CHECK(dialog.writtenLabel()->text().contains(QDir::toNativeSeparators(pdf)));
    dialog.tileCheck()->toggle();
    CHECK_FALSE(dialog.writtenLabel()->isVisibleTo(&dialog));

    const QString nowhere = dir.path(QStringLiteral("missing/posters.pdf"));
    CHECK_FALSE(dialog.exportTo(nowhere, &error));
    CHECK(error.contains(QStringLiteral("missing")));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("A cancelled poster export stops and leaves no file", "[paper]")
{
    TempDir dir;
    const auto document = openDocument(dir, makeSampleConference());
    PosterSources sources(document.get());
    const QList<Poster> posters = sources.posters(PosterSources::Kind::Tables);
    const PosterPrinter printer{PosterOptions()};
    const QString pdf = dir.path(QStringLiteral("cancelled.pdf"));
    int pagesDone = 0;
    QString error;
    CHECK_FALSE(OutputFile::write(
        pdf,
        [&](QIODevice &device) {
            QPdfWriter writer(&device);
            return printer.print(&writer, posters, [&pagesDone](int done, int) {
                pagesDone = done;
                return done < 3;
            });
        },
        &error));
    CHECK(pagesDone == 3);
    CHECK(posters.size() > 3);
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("A table's title names its number once", "[paper]")
{
    Table table;
    table.number = 3;
    CHECK(TablePlanPainter::tableTitle(table) == QStringLiteral("Table 3"));
    table.name = QStringLiteral("Marktplatz");
    CHECK(TablePlanPainter::tableTitle(table) == QStringLiteral("Table 3 · Marktplatz"));
    // Tables are often named after their number: the name alone says it.
    table.name = QStringLiteral("Tisch 3");
    CHECK(TablePlanPainter::tableTitle(table) == QStringLiteral("Tisch 3"));
    table.name = QStringLiteral("3 – Rathaus");
    CHECK(TablePlanPainter::tableTitle(table) == QStringLiteral("3 – Rathaus"));
    // Another number in the name is not its own.
    table.name = QStringLiteral("Tisch 13");
    CHECK(TablePlanPainter::tableTitle(table) == QStringLiteral("Table 3 · Tisch 13"));
    table.name = QStringLiteral("3D-Werkstatt");
    CHECK(TablePlanPainter::tableTitle(table) == QStringLiteral("Table 3 · 3D-Werkstatt"));
    table.name = QStringLiteral("Bau 3. OG");
    CHECK(TablePlanPainter::tableTitle(table) == QStringLiteral("Table 3 · Bau 3. OG"));
}

TEST_CASE("A poster's subtitle names every day of the conference", "[paper]")
{
    TempDir dir;
    Conference conference = makeSampleConference();
    ConferenceInfo info = conference.info();
    info.startDate = QDate(2026, 12, 7);
    info.endDate = QDate(2026, 12, 9);
    conference.all<ConferenceInfo>().put(info);
    const auto document = openDocument(dir, conference);
    PosterSources sources(document.get());
    const QList<Poster> posters = sources.posters(PosterSources::Kind::Actions);
    REQUIRE(posters.size() == 1);
    const QString subtitle = posters.constFirst().subtitle;
    CHECK(subtitle.startsWith(info.title));
    CHECK(subtitle.endsWith(DateText::formatRange(info.startDate, info.endDate)));
    CHECK(subtitle.contains(DateText::format(info.endDate)));
}

TEST_CASE("Ranking posters leave out votes not yet held and keep an empty common ground whole",
          "[paper]")
{
    Conference conference = makeSampleConference();
    const VoteSession held = *conference.all<VoteSession>().begin();
    // A second vote that nobody has voted in yet, and a third with one minus dot only: it has
    // a result but no common ground.
    VoteSession notYet = held;
    notYet.id = conference.all<VoteSession>().nextId();
    notYet.title = QStringLiteral("Noch offen");
    conference.all<VoteSession>().put(notYet);
    VoteSession minusOnly = held;
    minusOnly.id = conference.all<VoteSession>().nextId();
    minusOnly.title = QStringLiteral("Nur Minus");
    minusOnly.minusDots = true;
    conference.all<VoteSession>().put(minusOnly);
    Dot minus = *std::find_if(conference.all<Dot>().begin(), conference.all<Dot>().end(),
                              [&](const Dot &d) { return d.sessionId == held.id; });
    minus.id = conference.all<Dot>().nextId();
    minus.sessionId = minusOnly.id;
    minus.kind = DotKind::Minus;
    minus.count = 1;
    conference.all<Dot>().put(minus);

    TempDir dir;
    const auto document = openDocument(dir, conference);
    PosterSources sources(document.get());
    const QList<Poster> posters = sources.posters(PosterSources::Kind::Ranking);
    QStringList titles;
    for (const Poster &poster : posters)
        titles << poster.title;
    CHECK(posters.size() == 2);
    CHECK_FALSE(titles.join(QLatin1Char('|')).contains(notYet.title));
    REQUIRE(titles.last().contains(minusOnly.title));

    // "No plus dots yet." lies inside the poster, not below its edge.
    const Poster &poster = posters.last();
    test::textfit::TextRecorder sheet(poster.bounds.size());
    {
        QPainter painter(&sheet);
        painter.translate(-poster.bounds.topLeft());
        poster.paint(&painter, poster.bounds);
    }
    const QStringList cut = test::textfit::clippedPaintedText(sheet, poster.title);
    INFO(cut.join(QLatin1Char('\n')).toStdString());
    CHECK(cut.isEmpty());
    const auto noPlus = std::find_if(sheet.runs().cbegin(), sheet.runs().cend(),
                                     [](const test::textfit::TextRecorder::Run &run) {
                                         return run.text == QStringLiteral("No plus dots yet.");
                                     });
    REQUIRE(noPlus != sheet.runs().cend());
    CHECK(noPlus->rect.bottom() <= poster.bounds.height());
}
