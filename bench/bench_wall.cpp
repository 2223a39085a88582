// Card wall benchmark (issue 3): painting a phase wall of 2,000 cards into a 1920x1080
// viewport, at 100 % and zoomed out to fit all, beside a bare QGraphicsScene of the same
// rectangles and texts in the same run; a card typed into the quick entry until it is
// painted and durable, beside a raw durable SQLite insert on the same disk, each baseline run
// right before a measured one; and free spots on a crowded wall of 2,000 random cards, beside
// one plain pass over all of them.
// Usage: bench_wall [RUNS] (default 40). The file goes to a temporary folder in the current
// directory, on a real disk, because durability costs are part of the figure.

#include "benchutil.h"
#include "rawsqlite.h"

#include "core/commands/commands.h"
#include "core/wall/newcardplacer.h"
#include "core/wall/wallcommands.h"
#include "core/model/references.h"
#include "core/wall/freespotfinder.h"
#include "core/sample/stressconference.h"
#include "core/storage/conferencestore.h"
#include "ui/wall/carditem.h"
#include "ui/wall/clusteritem.h"
#include "ui/wall/phasepage.h"
#include "ui/wall/quickentrybar.h"
#include "ui/wall/wallscene.h"
#include "ui/wall/wallview.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

constexpr int WallCards = 2000;
const QSize Viewport(1920, 1080);

// The stress conference with only the first 2,000 cards of its Future wall left on that wall.
Conference twoThousandCardWall(Id *phaseId)
{
    Conference conference = makeStressConference();
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.kind == PhaseKind::Future)
            *phaseId = phase.id;
    }
    EntityIds extra;
    int kept = 0;
    for (const Card &card : conference.all<Card>()) {
        if (card.phaseId == *phaseId && ++kept > WallCards)
            extra.insert<Card>(card.id);
    }
    conference.apply(removalWithDependents(conference, extra));
    return conference;
}

// The same rectangles and texts as the wall, as plain items of a bare scene.
void fillBareScene(QGraphicsScene *bare, WallScene *wall)
{
    const QList<QGraphicsItem *> items = wall->items();
    for (QGraphicsItem *item : items) {
        if (auto *card = qgraphicsitem_cast<CardItem *>(item)) {
            auto *rect = bare->addRect(card->sceneCardRect(), QPen(card->fillColor().darker(150)),
                                       card->fillColor());
            auto *text = new QGraphicsSimpleTextItem(card->layout().lines.join(QLatin1Char('\n')),
                                                     rect);
            text->setFont(CardGeometry::font(card->card().form, card->layout().fontPixelSize));
            text->setPos(card->pos() + card->layout().textRect.topLeft());
        } else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item)) {
            auto *frame = bare->addRect(cluster->frameRect(), QPen(Qt::gray),
                                        QColor(0xdd, 0xe3, 0xe8));
            frame->setZValue(-10);
            auto *heading = bare->addRect(cluster->headingRect(), QPen(Qt::gray),
                                          QColor(Qt::white));
            heading->setZValue(-9);
            auto *text = new QGraphicsSimpleTextItem(
                cluster->headingLayout().lines.join(QLatin1Char('\n')), heading);
            text->setFont(CardGeometry::font(CardForm::Heading,
                                             cluster->headingLayout().fontPixelSize));
            text->setPos(cluster->headingRect().topLeft()
                         + cluster->headingLayout().textRect.topLeft());
        }
    }
    bare->setSceneRect(wall->sceneRect());
}

void prepareView(QGraphicsView *view)
{
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFrameShape(QFrame::NoFrame);
    view->resize(Viewport);
    view->show();
    if (!QTest::qWaitForWindowExposed(view))
        qWarning("The view was not exposed; figures may be off.");
}

// Paints the wall and a bare scene of the same rectangles and texts at several zooms, each
// view state the same for both, and prints the medians.
void measurePaint(WallScene *wall, const QString &name, int runs)
{
    WallView view(wall);
    prepareView(&view);
    QGraphicsScene bare;
    fillBareScene(&bare, wall);
    QGraphicsView bareView(&bare);
    prepareView(&bareView);

    const double zooms[] = {1.0, 0.5, 0.3, 0.2, 0}; // 0: fit all
    const QRectF content = wall->contentRect();
    for (double zoom : zooms) {
        if (zoom > 0) {
            view.setTransform(QTransform::fromScale(zoom, zoom));
            // The top left of the wall, where it is full of cards.
            view.centerOn(content.topLeft()
                          + QPointF(Viewport.width(), Viewport.height()) / (2 * zoom));
        } else {
            view.fitAll();
        }
        bareView.setTransform(view.transform());
        bareView.centerOn(view.visibleSceneRect().center());
        // Warm both up: glyph caches and the background cache.
        view.viewport()->repaint();
        bareView.viewport()->repaint();
        const int visible = int(wall->items(view.visibleSceneRect()).size());
        const auto [rawMs, wallMs] = interleavedMediansMs(
            runs, [&] { bareView.viewport()->repaint(); }, [&] { view.viewport()->repaint(); });
        printRow(QStringLiteral("%1: paint at %2 (%3 items)")
                     .arg(name,
                          zoom > 0 ? QStringLiteral("%1 %").arg(zoom * 100)
                                   : QStringLiteral("fit all %1 %").arg(view.zoom() * 100, 0,
                                                                       'f', 1))
                     .arg(visible),
                 wallMs, rawMs, QStringLiteral("16"));
    }
}

// 50 cards placed one after the other on a crowded wall of 2,000 cards at random places, as
// quick entry places them; the baseline is one pass over all cards per placement, the least
// any search without an index must do.
void measureFreeSpots(int runs)
{
    QRandomGenerator random(7);
    QList<QRectF> rects;
    for (int i = 0; i < 2000; ++i)
        rects << QRectF(random.bounded(10000), random.bounded(6000), 220,
                        110 + random.bounded(100));
    QList<QRectF> regions;
    for (int i = 0; i < 50; ++i)
        regions << QRectF(random.bounded(8000), random.bounded(5000), 1900, 1);
    const QSizeF size(220, 130);
    int overlapping = 0;
    const auto [rawMs, finderMs] = interleavedMediansMs(
        runs,
        [&] {
            for (const QRectF &region : regions) {
                const QRectF placed(region.topLeft(), size);
                overlapping += int(std::count_if(rects.cbegin(), rects.cend(),
                                                 [&](const QRectF &r) { return r.intersects(placed); }));
            }
        },
        [&] {
            FreeSpotFinder finder(rects);
            for (const QRectF &region : regions)
                finder.addObstacle(QRectF(finder.find(size, region, 260, 10), size));
        });
    Q_UNUSED(overlapping) // counted only so that the baseline's pass is not optimised away
    printRow(QStringLiteral("free spots: 50 among 2000 random cards"), finderMs, rawMs,
             QStringLiteral("500"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 40;

    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench-wall-XXXXXX")));
    const QString path = QDir(dir.path()).filePath(QStringLiteral("wall.weitblick"));
    Id phaseId = NoId;
    QString error;
    if (!ConferenceStore::create(path, twoThousandCardWall(&phaseId), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    OpenOutcome outcome;
    std::unique_ptr<ConferenceDocument> document =
        ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    if (!document) {
        QTextStream(stderr) << outcome.message << '\n';
        return 1;
    }

    printHeader();
    measureFreeSpots(runs);
    {
        WallScene wall(document.get());
        const double buildMs = medianMs(5, [&] { wall.setPhase(phaseId); });
        printRow(QStringLiteral("build the wall of %1 cards").arg(wall.cardCount()), buildMs, 0,
                 QStringLiteral("-"));
        measurePaint(&wall, QStringLiteral("stress wall"), runs);
    }
    {
        // The same cards after Arrange: dense columns in the shape of the screen.
        Conference arranged = document->conference();
        arranged.apply(commands::arrangement(arranged, phaseId));
        const QString arrangedPath =
            QDir(dir.path()).filePath(QStringLiteral("arranged.weitblick"));
        std::unique_ptr<ConferenceDocument> arrangedDocument =
            ConferenceDocument::create(arrangedPath, arranged, &error);
        WallScene wall(arrangedDocument.get());
        wall.setPhase(phaseId);
        measurePaint(&wall, QStringLiteral("arranged"), runs);
    }

    // Typing a card and Enter until it is painted and durable.
    PhasePage page(document.get());
    page.resize(Viewport.width(), Viewport.height() + 120);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        qWarning("The page was not exposed; figures may be off.");
    page.setPhase(phaseId);
    page.view()->setZoom(1.0);
    page.view()->viewport()->repaint();
    const QRectF content = page.scene()->contentRect();
    page.view()->centerOn(content.topLeft() + QPointF(Viewport.width(), Viewport.height()) / 2);
    QLineEdit *line = page.quickEntry()->lineEdit();
    page.quickEntry()->setPresetGroup(2);

    // The baseline: one durable row in a raw SQLite file on the same disk, each run right
    // before a measured one, so that both meet the same load and the same disk.
    sqlite3 *raw = openRawScratch(QDir(dir.path()).filePath(QStringLiteral("raw.sqlite")));
    int rawRows = 0;
    const auto rawInsert = [&] { rawInsertCommit(raw, ++rawRows); };

    int typed = 0;
    const auto typeCard = [&] {
        QTest::keyClicks(line, QStringLiteral("Neue Karte Nummer %1 mit etwas Text").arg(typed));
    };
    typeCard();
    const auto [enterRawMs, enterMs] = interleavedMediansMs(
        runs, rawInsert,
        [&] {
            QTest::keyClick(line, Qt::Key_Return);
            page.view()->viewport()->repaint();
            typed += line->text().isEmpty() ? 1 : 0;
        },
        typeCard);
    line->clear();
    printRow(QStringLiteral("Enter to painted and durable (%1 cards)").arg(typed), enterMs,
             enterRawMs, QStringLiteral("30"));

    // Where that time goes.
    Card card;
    card.text = QStringLiteral("Noch eine Karte");
    printRow(QStringLiteral("  of it: free spot among %1 cards").arg(page.scene()->cardCount()),
             medianMs(runs, [&] { NewCardPlacer(document->conference(), phaseId).place(card); }), 0,
             QStringLiteral("-"));
    const int cardsBefore = page.scene()->cardCount();
    const auto [addRawMs, addMs] =
        interleavedMediansMs(runs, rawInsert, [&] { page.scene()->addCard(card); });
    printRow(QStringLiteral("  of it: add card (durable write, wall update)"), addMs, addRawMs,
             QStringLiteral("3x"));
    printRow(QStringLiteral("  of it: paint the page's wall"),
             medianMs(runs, [&] { page.view()->viewport()->repaint(); }), 0,
             QStringLiteral("-"));
    sqlite3_close(raw);
    const bool added = page.scene()->cardCount() == cardsBefore + runs;
    return typed == runs && added ? 0 : 1;
}
