#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "core/timer/phasetimer.h"
#include "core/wall/cardgeometry.h"
#include "testfiles.h"
#include "ui/presenter/presenterslide.h"
#include "ui/presenter/presenterwindow.h"
#include "ui/presenter/projectorscreen.h"
#include "ui/voting/dotlayeritem.h"
#include "ui/wall/carditem.h"
#include "ui/wall/clusteritem.h"
#include "ui/wall/wallscene.h"
#include "ui/wall/wallview.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QGraphicsView>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace weitblick;

namespace {

struct Presenter
{
    test::TempDir dir;
    std::unique_ptr<ConferenceDocument> document;
    std::unique_ptr<PresenterWindow> window;
    Id future = NoId;

    Presenter()
    {
        const QString path = dir.path(QStringLiteral("presenter.weitblick"));
        QString error;
        REQUIRE(ConferenceStore::create(path, makeSampleConference(), &error));
        OpenOutcome outcome;
        document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
        REQUIRE(document);
        for (const Phase &phase : document->conference().all<Phase>()) {
            if (phase.kind == PhaseKind::Future)
                future = phase.id;
        }
        window = std::make_unique<PresenterWindow>(document.get());
        window->setPhase(future);
        window->resize(1920, 1080);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QImage image() const { return window->grab().toImage(); }
};

bool allBlack(const QImage &image)
{
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (QColor(image.pixel(x, y)) != QColor(Qt::black))
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("The projector goes to the second screen and back as screens come and go",
          "[presenter]")
{
    const QRect laptop(0, 0, 1920, 1200);
    const QRect projector(1920, 0, 1920, 1080);
    // One screen: an ordinary window.
    CHECK(projectorScreenIndex({laptop}, 0) == -1);
    // A projector is plugged in: full-screen there, whichever screen is primary.
    CHECK(projectorScreenIndex({laptop, projector}, 0) == 1);
    CHECK(projectorScreenIndex({projector, laptop}, 1) == 0);
    // A mirrored projector shows the moderator's screen anyway.
    CHECK(projectorScreenIndex({laptop, laptop}, 0) == -1);
    // Unplugged again.
    CHECK(projectorScreenIndex({laptop}, 0) == -1);
    CHECK(projectorScreenIndex({}, -1) == -1);
}

TEST_CASE("With one screen the projector view is an ordinary window", "[presenter]")
{
    Presenter presenter;
    REQUIRE(QGuiApplication::screens().size() == 1);
    presenter.window->hide();
    presenter.window->present();
    CHECK(presenter.window->isVisible());
    CHECK_FALSE(presenter.window->isOnProjector());
    CHECK_FALSE(presenter.window->isFullScreen());
    // A screen change with still one screen leaves it as it is.
    emit qGuiApp->primaryScreenChanged(QGuiApplication::primaryScreen());
    CHECK_FALSE(presenter.window->isFullScreen());
    CHECK(presenter.window->isVisible());
}

TEST_CASE("A dismissed projector stays hidden when screens change", "[presenter]")
{
    Presenter presenter;
    presenter.window->present();
    REQUIRE(presenter.window->isVisible());
    presenter.window->close();
    CHECK_FALSE(presenter.window->isPresented());
    CHECK_FALSE(presenter.window->isVisible());
    emit qGuiApp->primaryScreenChanged(QGuiApplication::primaryScreen());
    emit qGuiApp->screenAdded(QGuiApplication::primaryScreen());
    CHECK_FALSE(presenter.window->isVisible());
    presenter.window->present();
    CHECK(presenter.window->isVisible());
}

TEST_CASE("B blanks the projector and B again shows it", "[presenter]")
{
    Presenter presenter;
    presenter.window->setContent(PresenterWindow::Content::Wall);
    CHECK_FALSE(allBlack(presenter.image()));
    QTest::keyClick(presenter.window.get(), Qt::Key_B);
    CHECK(presenter.window->isBlanked());
    CHECK(presenter.window->blankAction()->isChecked());
    const QImage blank = presenter.image();
    CHECK(allBlack(blank));
    QTest::keyClick(presenter.window.get(), Qt::Key_B);
    CHECK_FALSE(presenter.window->isBlanked());
    CHECK_FALSE(allBlack(presenter.image()));
    presenter.window->blankAction()->trigger();
    CHECK(presenter.window->isBlanked());
    presenter.window->setBlanked(false);
    CHECK_FALSE(presenter.window->blankAction()->isChecked());
}

TEST_CASE("The projector shows no moderator controls", "[presenter]")
{
    Presenter presenter;
    for (PresenterWindow::Content content :
         {PresenterWindow::Content::Title, PresenterWindow::Content::Wall,
          PresenterWindow::Content::Ranking, PresenterWindow::Content::CommonGround,
          PresenterWindow::Content::Timer}) {
        presenter.window->setContent(content);
        QApplication::processEvents();
        for (QAbstractButton *button : presenter.window->findChildren<QAbstractButton *>())
            CHECK_FALSE(button->isVisible());
        for (QMenuBar *bar : presenter.window->findChildren<QMenuBar *>())
            CHECK_FALSE(bar->isVisible());
        for (QScrollBar *bar : presenter.window->findChildren<QScrollBar *>())
            CHECK_FALSE(bar->isVisible());
    }
    CHECK(presenter.window->wallView()->isInteractive() == false);
}

TEST_CASE("The projector shows the whole wall with a margin at any window size", "[presenter]")
{
    Presenter presenter;
    presenter.window->setContent(PresenterWindow::Content::Wall);
    presenter.window->followView(nullptr);
    QGraphicsView *view = presenter.window->wallView();
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(1024, 768),
                             QSize(800, 600), QSize(2560, 1080), QSize(1080, 1920)}) {
        presenter.window->resize(size);
        QApplication::processEvents();
        INFO("viewport " << view->viewport()->width() << "x" << view->viewport()->height());
        REQUIRE(view->viewport()->size() == size);
        // Every card and every cluster with its heading, inside the view and off its edges.
        const double margin = PresenterWindow::WallMargin * size.height() / 1080.0 / 2;
        const QRectF inside = QRectF(view->viewport()->rect()).adjusted(margin, margin, -margin,
                                                                         -margin);
        int checked = 0;
        for (QGraphicsItem *item : presenter.window->wallScene()->items()) {
            QRectF rect;
            if (auto *card = qgraphicsitem_cast<CardItem *>(item))
                rect = card->sceneCardRect();
            else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item))
                rect = cluster->isVisible() ? cluster->sceneBoundingRect() : QRectF();
            if (rect.isEmpty())
                continue;
            ++checked;
            const QRectF shown = view->mapFromScene(rect).boundingRect();
            INFO("item at " << shown.left() << "," << shown.top() << " " << shown.width() << "x"
                            << shown.height());
            CHECK(inside.contains(shown));
        }
        CHECK(checked > 20);
    }
    // The dots of the phase's vote are on the projected wall too.
    CHECK(presenter.window->dotLayer()->sessionId() != NoId);
}

TEST_CASE("The projector wall follows the moderator's view and a selected cluster",
          "[presenter]")
{
    Presenter presenter;
    presenter.window->setContent(PresenterWindow::Content::Wall);
    WallScene moderatorScene(presenter.document.get());
    moderatorScene.setPhase(presenter.future);
    WallView moderatorView(&moderatorScene);
    moderatorView.resize(1280, 720);
    moderatorView.show();
    REQUIRE(QTest::qWaitForWindowExposed(&moderatorView));
    moderatorView.setZoom(1.0);
    Id cardId = NoId;
    for (const Card &card : presenter.document->conference().all<Card>()) {
        if (card.phaseId == presenter.future) {
            cardId = card.id;
            break;
        }
    }
    REQUIRE(cardId != NoId);
    const QPointF cardPos = presenter.document->conference().find<Card>(cardId)->pos;
    moderatorView.centerOn(cardPos);
    presenter.window->followView(&moderatorView);
    const QPointF moderatorCentre =
        moderatorView.mapToScene(moderatorView.viewport()->rect()).boundingRect().center();
    QPointF shown = presenter.window->wallView()->mapToScene(QPoint(960, 540));
    CHECK(std::abs(shown.x() - moderatorCentre.x()) < 2);
    CHECK(std::abs(shown.y() - moderatorCentre.y()) < 2);
    // What the moderator sees fills the projector.
    const QSizeF seen(moderatorView.viewport()->width(), moderatorView.viewport()->height());
    const auto expected = [&](double zoom) {
        return std::min(1920 / seen.width(), 1080 / seen.height()) * zoom;
    };
    CHECK(presenter.window->wallZoom() == Approx(expected(1.0)).epsilon(0.01));

    // Zooming in closer follows, and so does zooming out: the projector shows all the
    // moderator sees, never less.
    moderatorView.setZoom(2.0);
    CHECK(presenter.window->wallZoom() == Approx(expected(2.0)).epsilon(0.01));
    moderatorView.setZoom(0.2);
    CHECK(presenter.window->wallZoom() == Approx(expected(0.2)).epsilon(0.01));
    const QRectF seenRect =
        moderatorView.mapToScene(moderatorView.viewport()->rect()).boundingRect();
    const QRectF shownRect =
        presenter.window->wallView()->mapToScene(QRect(0, 0, 1920, 1080)).boundingRect();
    CHECK(shownRect.adjusted(-1, -1, 1, 1).contains(seenRect));

    const Id clusterId = presenter.document->conference().find<Card>(cardId)->clusterId;
    if (clusterId != NoId) {
        presenter.window->showCluster(clusterId);
        shown = presenter.window->wallView()->mapToScene(QPoint(960, 540));
        const QPointF clusterCentre = presenter.window->wallScene()
                                          ->clusterItem(clusterId)
                                          ->sceneBoundingRect()
                                          .center();
        CHECK(std::abs(shown.x() - clusterCentre.x()) < 2);
        CHECK(std::abs(shown.y() - clusterCentre.y()) < 2);
    }
}

TEST_CASE("The projector shows the title slide and the timer", "[presenter]")
{
    Presenter presenter;
    qint64 now = 1'700'000'000'000;
    presenter.window->setClock([&now] { return now; });
    const QList<QAction *> actions = presenter.window->contentActions()->actions();
    REQUIRE(actions.size() == 6); // title, wall, ranking, common ground, timer, join in
    CHECK(presenter.window->content() == PresenterWindow::Content::Title);
    presenter.window->contentAction(PresenterWindow::Content::Join)->trigger();
    CHECK(presenter.window->slide()->kind() == PresenterSlide::Kind::Join);

    // The sample conference has voted on the Future phase.
    presenter.window->setContent(PresenterWindow::Content::Ranking);
    CHECK(presenter.window->slide()->voteSessionId() != NoId);
    presenter.window->setContent(PresenterWindow::Content::CommonGround);

    presenter.window->contentAction(PresenterWindow::Content::Timer)->trigger();
    CHECK(presenter.window->content() == PresenterWindow::Content::Timer);
    CHECK(presenter.window->slide()->kind() == PresenterSlide::Kind::Timer);
    const Phase phase = *presenter.document->conference().find<Phase>(presenter.future);
    REQUIRE(commands::setTimer(presenter.document.get(), PhaseTimer(phase).started(now)));
    now += 90 * 1000;
    now += qint64(phase.timeBoxMinutes) * 60 * 1000;
    presenter.window->setClock([&now] { return now; });
    const QImage up = presenter.image();
    // Time is up: the slide turns red.
    const QColor corner(up.pixel(5, 5));
    CHECK(corner.red() > 150);
    CHECK(corner.green() < 80);
}

// Run once with the offscreen platform's single screen and once with two screens
// (QT_QPA_PLATFORM=offscreen:configfile=twoscreens.json, see tests/ui/presenter/CMakeLists.txt).
TEST_CASE("The projector view goes full-screen on a second screen when there is one",
          "[presenter][screens]")
{
    Presenter presenter;
    presenter.window->hide();
    presenter.window->present();
    const QList<QScreen *> screens = QGuiApplication::screens();
    // The two-screen run says so, so that it cannot pass with one screen by mistake.
    if (qEnvironmentVariableIsSet("WEITBLICK_EXPECT_SCREENS"))
        REQUIRE(screens.size() == qEnvironmentVariableIntValue("WEITBLICK_EXPECT_SCREENS"));
    if (screens.size() < 2) {
        CHECK_FALSE(presenter.window->isOnProjector());
        CHECK_FALSE(presenter.window->isFullScreen());
        return;
    }
    QScreen *projector = nullptr;
    for (QScreen *screen : screens) {
        if (screen != QGuiApplication::primaryScreen())
            projector = screen;
    }
    REQUIRE(projector);
    CHECK(presenter.window->isOnProjector());
    CHECK(presenter.window->isFullScreen());
    CHECK(presenter.window->windowHandle()->screen() == projector);
    CHECK(presenter.window->geometry() == projector->geometry());
}
