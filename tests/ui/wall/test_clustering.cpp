#include "wallfixture.h"

#include "dialogtesting.h"

#include "core/model/newconference.h"
#include "core/wall/cardgeometry.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QPushButton>
#include <QMessageBox>

using namespace weitblick;
using test::WallPage;

namespace {

// Three loose cards on the Future wall, far enough apart, and a cluster of two more.
Conference looseCards()
{
    Conference conference = newConference();
    const Id future = test::phaseOfKind(conference, PhaseKind::Future);
    conference.all<Card>().put(test::wallCard(1, future, QStringLiteral("Bänke"), QPointF(0, 0)));
    conference.all<Card>().put(
        test::wallCard(2, future, QStringLiteral("Schatten"), QPointF(520, 0)));
    conference.all<Card>().put(
        test::wallCard(3, future, QStringLiteral("Brunnen"), QPointF(0, 400)));
    conference.all<Cluster>().put({1, future, QStringLiteral("Grün"), QPointF(1040, -70),
                                   QColor(0xd9, 0xea, 0xd3)});
    conference.all<Card>().put(
        test::wallCard(4, future, QStringLiteral("Bäume"), QPointF(1040, 0), 1));
    conference.all<Card>().put(
        test::wallCard(5, future, QStringLiteral("Wiese"), QPointF(1040, 120), 1));
    return conference;
}

} // namespace

TEST_CASE("Dropping a card on another card makes a cluster and asks for its heading", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    const QPointF start = wall.card(1).pos;
    wall.drag(wall.centreOf(1), wall.centreOf(2));

    CHECK(wall.prompts == 1);
    const Id clusterId = wall.card(1).clusterId;
    REQUIRE(clusterId != NoId);
    CHECK(wall.card(2).clusterId == clusterId);
    CHECK(wall.conference().find<Cluster>(clusterId)->heading == QStringLiteral("Neue Gruppe"));
    // The dropped card goes under the target; the frame holds both and follows them.
    CHECK(wall.card(1).pos.x() == wall.card(2).pos.x());
    CHECK(wall.card(1).pos.y() > wall.card(2).pos.y());
    ClusterItem *cluster = wall.scene()->clusterItem(clusterId);
    REQUIRE(cluster);
    CHECK(cluster->frameRect().contains(wall.item(1)->sceneCardRect()));
    CHECK(cluster->frameRect().contains(wall.item(2)->sceneCardRect()));
    CHECK(cluster->headingRect().bottom() < wall.item(2)->sceneCardRect().top());

    // One drag, one undo step.
    REQUIRE(wall.undo()->count() == 1);
    wall.undo()->undo();
    CHECK(wall.card(1).clusterId == NoId);
    CHECK(wall.card(2).clusterId == NoId);
    CHECK(wall.card(1).pos == start);
    CHECK(wall.item(1)->pos() == start);
    CHECK_FALSE(wall.scene()->clusterItem(clusterId));
    wall.undo()->redo();
    CHECK(wall.card(1).clusterId == clusterId);
}

TEST_CASE("A cancelled heading leaves the dropped card where it was", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    wall.heading.reset();
    const QPointF start = wall.card(1).pos;
    wall.drag(wall.centreOf(1), wall.centreOf(2));
    CHECK(wall.prompts == 1);
    CHECK(wall.card(1).clusterId == NoId);
    CHECK(wall.undo()->count() == 0);
    CHECK(wall.item(1)->pos() == start);
}

TEST_CASE("Dropping a card on a cluster adds it and dragging it out removes it", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    // Onto a card of the cluster: the card joins the cluster at the foot of its column.
    wall.drag(wall.centreOf(3), wall.centreOf(4));
    CHECK(wall.prompts == 0);
    CHECK(wall.card(3).clusterId == 1);
    CHECK(wall.card(3).pos.x() == 1040);
    CHECK(wall.card(3).pos.y() > wall.card(5).pos.y());
    CHECK(wall.undo()->count() == 1);

    // Onto the heading: card 1 joins too.
    wall.drag(wall.centreOf(1), wall.scene()->clusterItem(1)->headingRect().center());
    CHECK(wall.card(1).clusterId == 1);
    CHECK(wall.undo()->count() == 2);

    // Out of the frame onto empty wall: it leaves the cluster, and stays where it was dropped.
    const QPointF away(400, 900);
    wall.drag(wall.centreOf(4), away);
    CHECK(wall.card(4).clusterId == NoId);
    CHECK(test::near(wall.item(4)->sceneCardRect().center(), away));
    CHECK(wall.undo()->count() == 3);
    // The frame follows the cards that stayed.
    CHECK_FALSE(wall.scene()->clusterItem(1)->frameRect().intersects(
        wall.item(4)->sceneCardRect()));
    wall.undo()->undo();
    CHECK(wall.card(4).clusterId == 1);
    CHECK(wall.scene()->clusterItem(1)->frameRect().contains(wall.item(4)->sceneCardRect()));

    // A move within its own frame keeps it in the cluster.
    wall.drag(wall.centreOf(5), wall.centreOf(5) + QPointF(6, 4));
    CHECK(wall.card(5).clusterId == 1);
}

TEST_CASE("Dragging a cluster's heading moves it with all its cards in one step", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    const QPointF heading = wall.scene()->clusterItem(1)->headingRect().center();
    wall.drag(heading, heading + QPointF(200, 300));
    CHECK(wall.undo()->count() == 1);
    CHECK(test::near(wall.card(4).pos, QPointF(1240, 300)));
    CHECK(test::near(wall.card(5).pos, QPointF(1240, 420)));
    CHECK(test::near(wall.conference().find<Cluster>(1)->pos, QPointF(1240, 230)));
    CHECK(wall.item(4)->pos() == wall.card(4).pos);
    wall.undo()->undo();
    CHECK(wall.card(4).pos == QPointF(1040, 0));
}

TEST_CASE("Dragging several selected cards is one undo step", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    wall.click(wall.centreOf(1));
    wall.click(wall.centreOf(3), Qt::ControlModifier); // Ctrl-click adds to the selection
    CHECK(wall.scene()->selectedCardIds() == QList<Id>({1, 3}));
    wall.drag(wall.centreOf(1), wall.centreOf(1) + QPointF(0, 1500));
    CHECK(test::near(wall.card(1).pos, QPointF(0, 1500)));
    CHECK(wall.card(3).pos - wall.card(1).pos == QPointF(0, 400));
    CHECK(wall.undo()->count() == 1);
    wall.undo()->undo();
    CHECK(wall.card(1).pos == QPointF(0, 0));
    CHECK(wall.card(3).pos == QPointF(0, 400));
}

TEST_CASE("Ctrl+G groups the selection into a cluster and undo ungroups it", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    wall.activate();
    wall.scene()->selectCards({1, 2, 3});
    wall.view()->setFocus();
    QTest::keyClick(wall.view(), Qt::Key_G, Qt::ControlModifier);
    CHECK(wall.prompts == 1);
    const Id clusterId = wall.card(1).clusterId;
    REQUIRE(clusterId != NoId);
    CHECK(wall.card(2).clusterId == clusterId);
    CHECK(wall.card(3).clusterId == clusterId);
    CHECK(wall.undo()->count() == 1);
    // A column under the heading, where the top-left card was.
    CHECK(wall.card(1).pos.x() == wall.card(2).pos.x());
    CHECK(wall.card(2).pos.x() == wall.card(3).pos.x());
    wall.undo()->undo();
    CHECK_FALSE(wall.conference().find<Cluster>(clusterId));
    CHECK(wall.card(2).pos == QPointF(520, 0));
    CHECK_FALSE(wall.scene()->clusterItem(clusterId));

    // Dissolving keeps the cards on the wall.
    wall.undo()->redo();
    wall.scene()->selectCards({1});
    wall.page->dissolveAction()->trigger();
    CHECK_FALSE(wall.conference().find<Cluster>(clusterId));
    CHECK(wall.card(1).clusterId == NoId);
    CHECK(wall.conference().all<Card>().size() == 5);
}

TEST_CASE("Arrange from the wall is one undo step", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    const Conference before = wall.conference();
    wall.page->arrangeAction()->trigger();
    CHECK(wall.undo()->count() == 1);
    CHECK_FALSE(wall.conference() == before);
    for (const Card &card : wall.conference().all<Card>())
        CHECK(wall.item(card.id)->pos() == card.pos);
    wall.undo()->undo();
    CHECK(wall.conference() == before);
    for (const Card &card : before.all<Card>())
        CHECK(wall.item(card.id)->pos() == card.pos);
}

TEST_CASE("Double-clicking a cluster heading renames it in place", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    wall.activate();
    const QPoint heading = wall.viewPos(wall.scene()->clusterItem(1)->headingRect().center());
    wall.mouse(QEvent::MouseButtonPress, heading, Qt::LeftButton, Qt::LeftButton);
    wall.mouse(QEvent::MouseButtonRelease, heading, Qt::LeftButton, Qt::NoButton);
    wall.mouse(QEvent::MouseButtonDblClick, heading, Qt::LeftButton, Qt::LeftButton);
    wall.mouse(QEvent::MouseButtonRelease, heading, Qt::LeftButton, Qt::NoButton);
    REQUIRE(wall.scene()->isEditingText());
    QTest::keyClicks(wall.view()->viewport(), QStringLiteral("Mehr Gruen"));
    QTest::keyClick(wall.view()->viewport(), Qt::Key_Return);
    CHECK(wall.conference().find<Cluster>(1)->heading == QStringLiteral("Mehr Gruen"));
    CHECK(wall.scene()->clusterItem(1)->headingLayout().lines
          == QStringList{QStringLiteral("Mehr Gruen")});
    CHECK(wall.undo()->count() == 1);
    CHECK(wall.card(4).clusterId == 1); // a click on the heading moved nothing

    // An emptied heading keeps the one it had.
    wall.mouse(QEvent::MouseButtonDblClick, heading, Qt::LeftButton, Qt::LeftButton);
    wall.mouse(QEvent::MouseButtonRelease, heading, Qt::LeftButton, Qt::NoButton);
    REQUIRE(wall.scene()->isEditingText());
    QTest::keyClick(wall.view()->viewport(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(wall.view()->viewport(), Qt::Key_Backspace);
    QTest::keyClick(wall.view()->viewport(), Qt::Key_Return);
    CHECK(wall.conference().find<Cluster>(1)->heading == QStringLiteral("Mehr Gruen"));
    CHECK(wall.undo()->count() == 1);
}

TEST_CASE("Shift+drag on empty wall selects with a rubber band and a plain drag pans", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    // Around cards 1 and 2, starting on empty wall above them.
    wall.drag(QPointF(-40, -40), QPointF(800, 200), Qt::ShiftModifier);
    CHECK(wall.scene()->selectedCardIds() == QList<Id>({1, 2}));
    CHECK(wall.undo()->count() == 0);
    CHECK(wall.view()->dragMode() == QGraphicsView::ScrollHandDrag);

    // A plain drag on empty wall moves the view, not the cards.
    const QRectF before = wall.view()->visibleSceneRect();
    const QPoint from = wall.viewPos(QPointF(300, 300));
    wall.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 5; ++step)
        wall.mouse(QEvent::MouseMove, from + QPoint(-40, -30) * step, Qt::NoButton,
                   Qt::LeftButton);
    wall.mouse(QEvent::MouseButtonRelease, from + QPoint(-200, -150), Qt::LeftButton,
               Qt::NoButton);
    CHECK(wall.view()->visibleSceneRect().topLeft() != before.topLeft());
    CHECK(wall.card(1).pos == QPointF(0, 0));
    CHECK(wall.undo()->count() == 0);
}

TEST_CASE("Dissolving a cluster or deleting a card asks first when votes or a measure go along",
          "[wall]")
{
    Conference conference = looseCards();
    const Id future = test::phaseOfKind(conference, PhaseKind::Future);
    VoteSession session;
    session.id = 1;
    session.phaseId = future;
    session.title = QStringLiteral("Was ist wichtig?");
    session.voterUnit = VoterUnit::Room;
    conference.all<VoteSession>().put(session);
    Dot onCluster;
    onCluster.id = 1;
    onCluster.sessionId = 1;
    onCluster.clusterId = 1;
    onCluster.count = 3;
    conference.all<Dot>().put(onCluster);
    Dot onCard = onCluster;
    onCard.id = 2;
    onCard.clusterId = NoId;
    onCard.cardId = 2;
    onCard.count = 1;
    conference.all<Dot>().put(onCard);
    Measure measure;
    measure.id = 1;
    measure.title = QStringLiteral("Mehr Stadtgrün");
    measure.sourceClusterId = 1;
    conference.all<Measure>().put(measure);
    WallPage wall(conference, PhaseKind::Future);
    wall.activate();

    // Answers every question, going on or cancelling, and keeps its title and text.
    QStringList titles;
    QStringList questions;
    const auto answering = [&](bool goOn, const std::function<void()> &action) {
        test::answeringDialogs(
            [&](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    titles << box->windowTitle();
                    questions << box->text();
                    for (QAbstractButton *button : box->buttons()) {
                        const bool destructive =
                            box->buttonRole(button) == QMessageBox::DestructiveRole;
                        if (destructive == goOn) {
                            button->click();
                            break;
                        }
                    }
                }
            },
            action);
    };

    wall.scene()->selectCards({4});
    answering(false, [&] { wall.page->dissolveAction()->trigger(); });
    REQUIRE(questions.size() == 1);
    CHECK(titles.at(0) == QStringLiteral("Dissolve Cluster")); // one, so no plural
    CHECK(questions.at(0).contains(QStringLiteral("3 dot")));
    CHECK(questions.at(0).contains(QStringLiteral("“Mehr Stadtgrün”")));
    CHECK(wall.conference().find<Cluster>(1));
    CHECK(wall.undo()->count() == 0);
    answering(true, [&] { wall.page->dissolveAction()->trigger(); });
    CHECK(questions.size() == 2);
    CHECK_FALSE(wall.conference().find<Cluster>(1));
    CHECK_FALSE(wall.conference().find<Dot>(1));
    CHECK(wall.conference().find<Measure>(1)->sourceClusterId == NoId);

    // A card without dots goes without a question; one with a dot is asked for.
    wall.scene()->selectCards({3});
    answering(true, [&] { CHECK(wall.scene()->deleteSelection()); });
    CHECK(questions.size() == 2);
    CHECK_FALSE(wall.conference().find<Card>(3));
    wall.scene()->selectCards({2});
    answering(false, [&] { CHECK_FALSE(wall.scene()->deleteSelection()); });
    REQUIRE(questions.size() == 3);
    CHECK(titles.at(2) == QStringLiteral("Delete Card"));
    CHECK(questions.at(2).contains(QStringLiteral("1 dot")));
    CHECK(wall.conference().find<Card>(2));
    // Undo brings back all that was taken.
    wall.undo()->undo();
    wall.undo()->undo();
    CHECK(wall.conference().find<Dot>(1));
    CHECK(wall.conference().find<Measure>(1)->sourceClusterId == 1);
}

TEST_CASE("A new cluster's heading is asked for with OK only once there is one", "[wall]")
{
    WallPage wall(looseCards(), PhaseKind::Future);
    wall.page->setHeadingPrompt({}); // the real question
    wall.activate();
    wall.scene()->selectCards({1, 2});
    bool okAtFirst = true;
    bool okWithSpaces = true;
    bool okWithText = false;
    test::answeringDialogs(
        [&](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            if (!input)
                return;
            QPushButton *ok = input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okAtFirst = ok->isEnabled();
            input->setTextValue(QStringLiteral("   "));
            okWithSpaces = ok->isEnabled();
            input->setTextValue(QStringLiteral(" Plätze "));
            okWithText = ok->isEnabled();
            ok->click();
        },
        [&] { CHECK(wall.scene()->groupSelection()); });
    CHECK_FALSE(okAtFirst);
    CHECK_FALSE(okWithSpaces);
    CHECK(okWithText);
    const Id clusterId = wall.card(1).clusterId;
    REQUIRE(clusterId != NoId);
    CHECK(wall.conference().find<Cluster>(clusterId)->heading == QStringLiteral("Plätze"));
}
