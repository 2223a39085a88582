#include "wallfixture.h"

#include "core/model/newconference.h"
#include "core/sample/sampleconference.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/wallcommands.h"
#include "ui/wall/cardtexteditor.h"
#include "ui/wall/questionedit.h"

#include <QAction>
#include <QFontMetricsF>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace weitblick;
using test::WallPage;

namespace {

Conference oneCard(const QString &text)
{
    Conference conference = newConference();
    const Id future = test::phaseOfKind(conference, PhaseKind::Future);
    conference.all<Card>().put(test::wallCard(1, future, text, QPointF(100, 100)));
    conference.all<Card>().put(test::wallCard(2, future, QStringLiteral("Nachbar"),
                                              QPointF(400, 100)));
    return conference;
}

// The card painted on its own at 100 %, on white.
QImage render(CardItem *item)
{
    QImage image(item->boundingRect().size().toSize() + QSize(2, 2),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QStyleOptionGraphicsItem option;
    item->paint(&painter, &option, nullptr);
    return image;
}

// The horizontal extent of the pixels in the text colour inside the text rectangle.
std::pair<int, int> inkExtent(const QImage &image, const QRectF &textRect, const QColor &fill)
{
    int left = image.width();
    int right = -1;
    const QRect rect = textRect.toAlignedRect().intersected(image.rect());
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            const int distance = std::abs(pixel.red() - fill.red())
                                 + std::abs(pixel.green() - fill.green())
                                 + std::abs(pixel.blue() - fill.blue());
            if (distance > 200) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return {left, right};
}

} // namespace

TEST_CASE("A card saying <b>x</b> shows exactly that", "[wall]")
{
    const QString markup = QStringLiteral("<b>x</b>");
    WallPage wall(oneCard(markup), PhaseKind::Future);
    CardItem *item = wall.item(1);
    REQUIRE(item);
    CHECK(item->layout().lines == QStringList{markup});

    // The painted text is as wide as the seven characters, not as one bold "x".
    const QImage image = render(item);
    const auto [left, right] = inkExtent(image, item->layout().textRect, item->fillColor());
    const QFontMetricsF metrics(CardGeometry::font(CardForm::Card));
    const double expected = metrics.horizontalAdvance(markup);
    REQUIRE(right > left);
    CHECK(right - left + 1 == Approx(expected).margin(4));
    CHECK(expected > 2 * metrics.horizontalAdvance(QStringLiteral("x")) + 20);

    // The in-place editor shows the same characters.
    wall.scene()->editCardText(1);
    const QList<QGraphicsItem *> children = item->childItems();
    REQUIRE(children.size() == 1);
    auto *editor = static_cast<CardTextEditor *>(static_cast<QGraphicsTextItem *>(children.at(0)));
    CHECK(editor->toPlainText() == markup);
    QTest::keyClick(wall.view()->viewport(), Qt::Key_Escape);
}

TEST_CASE("Double-click edits a card in place with Enter Shift+Enter and Escape", "[wall]")
{
    WallPage wall(oneCard(QStringLiteral("Alt")), PhaseKind::Future);
    wall.activate();
    const QPoint pos = wall.viewPos(wall.centreOf(1));
    wall.mouse(QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    wall.mouse(QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
    wall.mouse(QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
    wall.mouse(QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
    REQUIRE(wall.scene()->isEditingText());

    // All text is selected, so typing replaces it; Shift+Enter starts a new line.
    QWidget *viewport = wall.view()->viewport();
    QTest::keyClicks(viewport, QStringLiteral("Neu"));
    QTest::keyClick(viewport, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(viewport, QStringLiteral("Zeile"));
    QTest::keyClick(viewport, Qt::Key_Return);
    CHECK_FALSE(wall.scene()->isEditingText());
    CHECK(wall.card(1).text == QStringLiteral("Neu\nZeile"));
    CHECK(wall.item(1)->layout().lines == QStringList({QStringLiteral("Neu"),
                                                       QStringLiteral("Zeile")}));
    CHECK(wall.undo()->count() == 1);

    // Escape cancels.
    wall.scene()->editCardText(1);
    QTest::keyClicks(viewport, QStringLiteral("verworfen"));
    QTest::keyClick(viewport, Qt::Key_Escape);
    CHECK_FALSE(wall.scene()->isEditingText());
    CHECK(wall.card(1).text == QStringLiteral("Neu\nZeile"));
    CHECK(wall.undo()->count() == 1);
}

TEST_CASE("Delete removes the selected cards and undo brings them back", "[wall]")
{
    WallPage wall(oneCard(QStringLiteral("weg damit")), PhaseKind::Future);
    wall.activate();
    wall.click(wall.centreOf(1));
    wall.click(wall.centreOf(2), Qt::ControlModifier);
    REQUIRE(wall.scene()->selectedCardIds() == QList<Id>({1, 2}));
    wall.view()->setFocus();
    QTest::keyClick(wall.view(), Qt::Key_Delete);
    CHECK(wall.conference().all<Card>().isEmpty());
    CHECK(wall.scene()->cardCount() == 0);
    CHECK(wall.undo()->count() == 1);
    wall.undo()->undo();
    CHECK(wall.scene()->cardCount() == 2);
    CHECK(wall.item(1)->sceneCardRect().topLeft() == QPointF(100, 100));
}

TEST_CASE("Delete in the quick entry line deletes text, not cards", "[wall]")
{
    WallPage wall(oneCard(QStringLiteral("bleibt")), PhaseKind::Future);
    wall.activate();
    wall.scene()->selectCards({1});
    wall.page->focusQuickEntry();
    QLineEdit *line = wall.page->quickEntry()->lineEdit();
    QTest::keyClicks(line, QStringLiteral("abc"));
    QTest::keyClick(line, Qt::Key_Home);
    QTest::keyClick(line, Qt::Key_Delete);
    CHECK(line->text() == QStringLiteral("bc"));
    CHECK(wall.conference().all<Card>().size() == 2);
}

TEST_CASE("A read-only conference shows its wall but takes no edits", "[wall]")
{
    WallPage wall(oneCard(QStringLiteral("nur lesen")), PhaseKind::Future,
                  ConferenceStore::Access::ReadOnly);
    REQUIRE(wall.document->isReadOnly());
    CHECK(wall.scene()->cardCount() == 2);
    CHECK(wall.page->quickEntry()->lineEdit()->isReadOnly());
    CHECK_FALSE(wall.page->arrangeAction()->isEnabled());
    CHECK(wall.page->questionEdit()->isReadOnly());
    CHECK_FALSE(wall.item(1)->flags() & QGraphicsItem::ItemIsMovable);

    const QPointF start = wall.item(1)->pos();
    wall.drag(wall.centreOf(1), wall.centreOf(2));
    CHECK(wall.item(1)->pos() == start);
    CHECK(wall.prompts == 0);
    wall.scene()->selectCards({1, 2});
    CHECK_FALSE(wall.scene()->groupSelection());
    CHECK_FALSE(wall.scene()->deleteSelection());
    wall.scene()->editCardText(1);
    CHECK_FALSE(wall.scene()->isEditingText());
    CHECK(wall.undo()->count() == 0);
    // Looking around still works.
    const double zoom = wall.view()->zoom();
    wall.page->zoomInAction()->trigger();
    CHECK(wall.view()->zoom() > zoom);
}

TEST_CASE("The guiding question is edited in place above the wall", "[wall]")
{
    WallPage wall(oneCard(QStringLiteral("x")), PhaseKind::Future);
    QuestionEdit *question = wall.page->questionEdit();
    const Id future = test::phaseOfKind(wall.conference(), PhaseKind::Future);
    CHECK(question->text() == wall.conference().find<Phase>(future)->guidingQuestion);
    question->setText(QStringLiteral("Wie wollen wir <i>leben</i>?"));
    emit question->editingFinished();
    CHECK(wall.conference().find<Phase>(future)->guidingQuestion
          == QStringLiteral("Wie wollen wir <i>leben</i>?"));
    CHECK(wall.undo()->count() == 1);
    wall.undo()->undo();
    CHECK(question->text() == wall.conference().find<Phase>(future)->guidingQuestion);
}

TEST_CASE("Zoom and fit all show the whole wall", "[wall]")
{
    WallPage wall(oneCard(QStringLiteral("x")), PhaseKind::Future);
    wall.page->zoomOutAction()->trigger();
    CHECK(wall.view()->zoom() == Approx(1 / WallView::ZoomStep));
    wall.page->zoomInAction()->trigger();
    wall.page->zoomInAction()->trigger();
    CHECK(wall.view()->zoom() == Approx(WallView::ZoomStep));
    // Ctrl+wheel zooms too.
    QWheelEvent wheel(QPointF(200, 200), wall.view()->viewport()->mapToGlobal(QPointF(200, 200)),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(wall.view()->viewport(), &wheel);
    CHECK(wall.view()->zoom() == Approx(WallView::ZoomStep * WallView::ZoomStep));
    wall.view()->setZoom(0.05);
    wall.page->fitAllAction()->trigger();
    CHECK(wall.view()->visibleSceneRect().contains(wall.scene()->contentRect()));
    CHECK(wall.view()->zoom() <= WallView::MaxFitZoom);
}

TEST_CASE("Cards take the colour of their group or their own", "[wall]")
{
    Conference conference = oneCard(QStringLiteral("bunt"));
    Card card = *conference.find<Card>(1);
    card.groupId = 2;
    conference.all<Card>().put(card);
    WallPage wall(conference, PhaseKind::Future);
    const QColor groupColor = wall.conference().find<StakeholderGroup>(2)->color;
    CHECK(wall.item(1)->fillColor() == groupColor);
    REQUIRE(commands::setCardsColor(wall.document.get(), {1}, QColor(Qt::yellow)));
    CHECK(wall.item(1)->fillColor() == QColor(Qt::yellow));
    REQUIRE(commands::setCardsColor(wall.document.get(), {1}, QColor()));
    StakeholderGroup group = *wall.conference().find<StakeholderGroup>(2);
    group.color = QColor(Qt::cyan);
    REQUIRE(commands::editGroup(wall.document.get(), group));
    CHECK(wall.item(1)->fillColor() == QColor(Qt::cyan));
    // The text stays readable on dark colours.
    CHECK(CardItem::textColorOn(QColor(0x20, 0x20, 0x60)) == QColor(Qt::white));
    CHECK(CardItem::textColorOn(QColor(Qt::yellow)) != QColor(Qt::white));
}

TEST_CASE("A fitted wall stays whole in view when the window or the wall changes", "[wall]")
{
    WallPage wall(makeSampleConference(), PhaseKind::Future);
    // A change soon after another is followed at the end of the scene's signal window.
    const auto wholeInView = [&] {
        return QTest::qWaitFor([&] {
            return wall.view()->visibleSceneRect().contains(wall.scene()->contentRect());
        }, 10 * WallScene::ContentSignalIntervalMs);
    };
    wall.view()->fitAll();
    REQUIRE(wholeInView());
    const double zoom = wall.view()->zoom();

    SECTION("Maximising, or a dock opened beside the wall")
    {
        wall.page->resize(1900, 1050);
        CHECK(wholeInView());
        CHECK(wall.view()->zoom() > zoom);
        wall.page->resize(900, 600);
        CHECK(wholeInView());
        CHECK(wall.view()->zoom() < zoom);
    }
    SECTION("Arrange")
    {
        // Cards far to the right and down, then Arrange: the wall changes its shape twice.
        const Id phaseId = test::phaseOfKind(wall.conference(), PhaseKind::Future);
        const Id cardId = wall.scene()->addCard(test::wallCard(NoId, phaseId, QStringLiteral("Weit weg"),
                                                         QPointF()));
        REQUIRE(cardId != NoId);
        REQUIRE(commands::placeCards(wall.document.get(),
                                     {{cardId, QPointF(6000, 4000), NoId, {}, {}}}));
        CHECK(wholeInView());
        REQUIRE(commands::arrangePhase(wall.document.get(), phaseId));
        CHECK(wholeInView());
        CHECK(wall.view()->isFitted());
    }
    SECTION("Opening the voting panel beside it")
    {
        wall.page->resize(1400, 900);
        REQUIRE(wholeInView());
        wall.page->votingAction()->setChecked(true);
        CHECK(wholeInView());
        wall.page->votingAction()->setChecked(false);
        CHECK(wholeInView());
    }
    SECTION("Not after the moderator zoomed")
    {
        wall.view()->setZoom(1.0);
        CHECK_FALSE(wall.view()->isFitted());
        wall.page->resize(1900, 1050);
        QCoreApplication::processEvents();
        CHECK(wall.view()->zoom() == 1.0);
    }
}

TEST_CASE("Cards streaming in from a room refit the views once per signal window", "[wall]")
{
    WallPage wall(makeSampleConference(), PhaseKind::Future);
    wall.view()->fitAll();
    const Id phaseId = test::phaseOfKind(wall.conference(), PhaseKind::Future);
    QTest::qWait(2 * WallScene::ContentSignalIntervalMs); // the window that opening began
    int signalled = 0;
    QObject::connect(wall.scene(), &WallScene::contentChanged, [&] { ++signalled; });

    // Forty cards in a row, each beyond the last, faster than any window: the first is
    // followed at once, the rest together at the window's end.
    for (int i = 0; i < 40; ++i) {
        Card card = test::wallCard(NoId, phaseId, QStringLiteral("Vom Handy %1").arg(i),
                                   QPointF(3000 + 300 * i, 0));
        card.tableId = 1;
        REQUIRE(commands::addCardFromDevice(wall.document.get(), card) != NoId);
    }
    CHECK(signalled == 1);
    CHECK(QTest::qWaitFor([&] {
        return wall.view()->visibleSceneRect().contains(wall.scene()->contentRect());
    }, 10 * WallScene::ContentSignalIntervalMs));
    CHECK(wall.view()->isFitted());
    CHECK(signalled == 2);
}

TEST_CASE("A wall that moved out of view after Arrange comes back into view", "[wall]")
{
    WallPage wall(makeSampleConference(), PhaseKind::Future);
    const Id phaseId = test::phaseOfKind(wall.conference(), PhaseKind::Future);
    // The moderator looks at 100 % at a card far from the rest, which Arrange brings back.
    const Id cardId = wall.scene()->addCard(test::wallCard(NoId, phaseId, QStringLiteral("Weit weg"),
                                                     QPointF()));
    REQUIRE(cardId != NoId);
    REQUIRE(commands::placeCards(wall.document.get(),
                                 {{cardId, QPointF(9000, 7000), NoId, {}, {}}}));
    wall.view()->centerOn(wall.item(cardId));
    QCoreApplication::processEvents();
    REQUIRE_FALSE(wall.view()->isFitted());
    REQUIRE(commands::arrangePhase(wall.document.get(), phaseId));
    CHECK(QTest::qWaitFor([&] {
        return wall.view()->visibleSceneRect().intersects(wall.scene()->contentRect());
    }, 10 * WallScene::ContentSignalIntervalMs));
}
