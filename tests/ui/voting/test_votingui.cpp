#include "tests/ui/screens/interfacelanguage.h"
#include "tests/ui/wall/wallfixture.h"

#include "core/model/newconference.h"
#include "core/sample/sampleconference.h"
#include "core/voting/dotrules.h"
#include "ui/voting/commongroundview.h"
#include "ui/voting/dotlayeritem.h"
#include "ui/voting/papertallydialog.h"
#include "ui/voting/rankingview.h"
#include "ui/voting/voteresultsdialog.h"
#include "ui/voting/votesessiondialog.h"
#include "ui/voting/votingpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>

using namespace weitblick;
using test::WallPage;

namespace {

QList<Id> groupIds(const Conference &conference)
{
    QList<Id> ids;
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>())
        ids.append(group.id);
    return ids;
}

// The Future wall with `cards` cards in a row, a participant in each of the first
// `participants` groups, and a vote on it.
Conference votingConference(int cards, int participants, VoteSession session)
{
    Conference conference = newConference();
    const Id future = test::phaseOfKind(conference, PhaseKind::Future);
    for (int i = 0; i < cards; ++i) {
        conference.all<Card>().put(test::wallCard(i + 1, future,
                                                  QStringLiteral("Karte %1").arg(i + 1),
                                                  QPointF(100 + 300 * i, 100)));
    }
    const QList<Id> groups = groupIds(conference);
    for (int i = 0; i < participants; ++i) {
        Participant participant;
        participant.id = i + 1;
        participant.name = QStringLiteral("Person %1").arg(QChar(u'A' + i));
        participant.groupId = groups.at(i % groups.size());
        conference.all<Participant>().put(participant);
    }
    session.id = 1;
    session.phaseId = future;
    conference.all<VoteSession>().put(session);
    return conference;
}

int dotsOn(const Conference &conference, Id cardId, DotKind kind = DotKind::Plus)
{
    int count = 0;
    for (const Dot &dot : conference.all<Dot>()) {
        if (dot.cardId == cardId && dot.kind == kind)
            count += dot.count;
    }
    return count;
}

void rightClick(const WallPage &wall, QPointF scenePos)
{
    wall.mouse(QEvent::MouseButtonPress, wall.viewPos(scenePos), Qt::RightButton,
               Qt::RightButton);
    wall.mouse(QEvent::MouseButtonRelease, wall.viewPos(scenePos), Qt::RightButton,
               Qt::NoButton);
}

void addDots(ConferenceDocument *document, Id cardId, Id voterId, int count,
             DotKind kind = DotKind::Plus)
{
    REQUIRE(commands::addDots(document, {1, cardId, NoId, voterId, kind}, count));
}

} // namespace

TEST_CASE("Clicks on the wall stick dots and undo takes them off", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Vote");
    session.dotsPerVoter = 3;
    session.capPerItem = 2;
    session.minusDots = true;
    WallPage wall(votingConference(3, 2, session), PhaseKind::Future);
    wall.page->votingAction()->trigger();
    VotingPanel *panel = wall.page->votingPanel();
    REQUIRE(panel->isVisible());
    REQUIRE(panel->isActive());
    CHECK(panel->sessionId() == 1);
    REQUIRE(panel->voterList()->count() == 2);
    panel->setVoter(2);
    CHECK(panel->budgetLabel()->text().contains(QStringLiteral("Plus dots left: 3 of 3")));

    const int steps = wall.undo()->count();
    wall.click(wall.centreOf(1));
    wall.click(wall.centreOf(1));
    CHECK(dotsOn(wall.conference(), 1) == 2);
    CHECK(wall.undo()->count() == steps + 2);
    CHECK(panel->budgetLabel()->text().contains(QStringLiteral("Plus dots left: 1 of 3")));
    // The click did not start a drag or select the card.
    CHECK(wall.card(1).pos == QPointF(100, 100));

    // The cap: a third dot on the same card is refused, in the panel, not in a box.
    wall.click(wall.centreOf(1));
    CHECK(dotsOn(wall.conference(), 1) == 2);
    CHECK(panel->statusLabel()->text().contains(QStringLiteral("At most 2")));
    CHECK(QApplication::activeModalWidget() == nullptr);

    // Shift sticks a minus dot.
    wall.click(wall.centreOf(2), Qt::ShiftModifier);
    CHECK(dotsOn(wall.conference(), 2, DotKind::Minus) == 1);

    // A right-click takes one off; undo puts it back, and undo again takes the dots off.
    rightClick(wall, wall.centreOf(1));
    CHECK(dotsOn(wall.conference(), 1) == 1);
    CHECK(panel->statusLabel()->text() == QStringLiteral("Dot removed."));
    wall.undo()->undo();
    CHECK(dotsOn(wall.conference(), 1) == 2);
    CHECK(panel->statusLabel()->text().isEmpty()); // "Dot removed." is no longer so
    wall.undo()->undo();
    wall.undo()->undo();
    wall.undo()->undo();
    CHECK(dotsOn(wall.conference(), 1) == 0);
    CHECK(dotsOn(wall.conference(), 2, DotKind::Minus) == 0);
    CHECK(panel->budgetLabel()->text().contains(QStringLiteral("Plus dots left: 3 of 3")));

    // The dots are drawn on the wall while voting.
    CHECK(panel->dotLayer()->isVisible());
    CHECK(panel->dotLayer()->sessionId() == 1);
    wall.page->votingAction()->trigger();
    CHECK_FALSE(panel->dotLayer()->isVisible());
    // Out of voting mode a click selects again instead of voting.
    wall.click(wall.centreOf(1));
    CHECK(dotsOn(wall.conference(), 1) == 0);
}

TEST_CASE("Quick clicks each stick a dot even when they arrive as a double-click", "[votingui]")
{
    VoteSession session;
    session.dotsPerVoter = 5;
    WallPage wall(votingConference(1, 1, session), PhaseKind::Future);
    wall.page->votingAction()->trigger();
    wall.page->votingPanel()->setVoter(1);
    const QPoint at = wall.viewPos(wall.centreOf(1));
    wall.mouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    wall.mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    wall.mouse(QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    wall.mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    CHECK(dotsOn(wall.conference(), 1) == 2);
    wall.mouse(QEvent::MouseButtonPress, at, Qt::RightButton, Qt::RightButton);
    wall.mouse(QEvent::MouseButtonRelease, at, Qt::RightButton, Qt::NoButton);
    wall.mouse(QEvent::MouseButtonDblClick, at, Qt::RightButton, Qt::RightButton);
    wall.mouse(QEvent::MouseButtonRelease, at, Qt::RightButton, Qt::NoButton);
    CHECK(dotsOn(wall.conference(), 1) == 0);
}

TEST_CASE("A vote with dots keeps who votes and on what", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Existing");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("locked.weitblick"));
    auto document = ConferenceDocument::create(path, votingConference(2, 2, session), nullptr);
    REQUIRE(document);
    const Id future = test::phaseOfKind(document->conference(), PhaseKind::Future);
    {
        VoteSessionDialog empty(document.get(), future, 1);
        CHECK(empty.unitCombo()->isEnabled());
    }
    addDots(document.get(), 1, 1, 1);
    VoteSessionDialog dialog(document.get(), future, 1);
    CHECK_FALSE(dialog.unitCombo()->isEnabled());
    CHECK_FALSE(dialog.votableCombo()->isEnabled());
    CHECK_FALSE(dialog.minusCheck()->isEnabled());
    CHECK(dialog.unitCombo()->toolTip().contains(QStringLiteral("new vote")));
    dialog.dotsSpin()->setValue(4);
    dialog.accept();
    // The file still opens: every dot still names a voter of the vote's unit.
    document.reset();
    OpenOutcome outcome;
    auto reopened = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(reopened);
    CHECK(reopened->conference().find<VoteSession>(1)->dotsPerVoter == 4);
    CHECK(reopened->conference().find<VoteSession>(1)->voterUnit == VoterUnit::Participant);
}

TEST_CASE("A closed vote refuses dots with a message and can be reopened", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Vote");
    session.open = false;
    WallPage wall(votingConference(2, 2, session), PhaseKind::Future);
    wall.page->votingAction()->trigger();
    VotingPanel *panel = wall.page->votingPanel();
    CHECK(panel->sessionCombo()->currentText().contains(QStringLiteral("closed")));
    wall.click(wall.centreOf(1));
    CHECK(dotsOn(wall.conference(), 1) == 0);
    CHECK(panel->statusLabel()->text().contains(QStringLiteral("closed")));

    const int steps = wall.undo()->count();
    panel->openCloseButton()->click();
    CHECK(wall.conference().find<VoteSession>(1)->open);
    CHECK(wall.undo()->count() == steps + 1);
    wall.click(wall.centreOf(1));
    CHECK(dotsOn(wall.conference(), 1) == 1);
    CHECK(panel->statusLabel()->text() == QStringLiteral("Plus dot added."));
}

TEST_CASE("Votes on clusters only refuse a lone card", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Vote");
    session.cardsVotable = false;
    WallPage wall(votingConference(2, 1, session), PhaseKind::Future);
    wall.page->votingAction()->trigger();
    wall.click(wall.centreOf(1));
    CHECK(wall.conference().all<Dot>().size() == 0);
    CHECK(wall.page->votingPanel()->statusLabel()->text().contains(QStringLiteral("clusters")));
}

TEST_CASE("A paper tally is typed with Tab and applied as one undo step", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Tally");
    session.voterUnit = VoterUnit::Room;
    test::TempDir dir;
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("tally.weitblick")),
                                               votingConference(4, 0, session), nullptr);
    REQUIRE(document);
    // One dot is already there: the tally replaces it.
    REQUIRE(commands::addDots(document.get(), {1, 2, NoId, NoId, DotKind::Plus}, 1));

    PaperTallyDialog dialog(document.get(), 1);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    REQUIRE(dialog.rowCount() == 4);
    CHECK(dialog.plusSpin(1)->value() == 1);
    REQUIRE(QApplication::focusWidget());
    CHECK(dialog.plusSpin(0)->isAncestorOf(QApplication::focusWidget()));

    const char *counts[] = {"3", "0", "12", "7"};
    for (const char *count : counts) {
        QTest::keyClicks(QApplication::focusWidget(), QString::fromLatin1(count));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    CHECK(dialog.plusSpin(0)->value() == 3);
    CHECK(dialog.plusSpin(1)->value() == 0);
    CHECK(dialog.plusSpin(2)->value() == 12);
    CHECK(dialog.plusSpin(3)->value() == 7);

    const int steps = document->undoStack()->count();
    dialog.plusSpin(3)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(document->undoStack()->count() == steps + 1);
    const Conference &conference = document->conference();
    CHECK(dotsOn(conference, 1) == 3);
    CHECK(dotsOn(conference, 2) == 0);
    CHECK(dotsOn(conference, 3) == 12);
    CHECK(dotsOn(conference, 4) == 7);
    document->undoStack()->undo();
    CHECK(dotsOn(document->conference(), 1) == 0);
    CHECK(dotsOn(document->conference(), 2) == 1);
    CHECK(dotsOn(document->conference(), 3) == 0);
}

TEST_CASE("A paper tally is refused for a vote per participant", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Per person");
    test::TempDir dir;
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("tally.weitblick")),
                                               votingConference(2, 1, session), nullptr);
    REQUIRE(document);
    PaperTallyDialog dialog(document.get(), 1);
    dialog.plusSpin(0)->setValue(4);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(document->conference().all<Dot>().size() == 0);
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("room")));
}

TEST_CASE("The ranking view shares ranks between ties and fills the heat map", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Ranking");
    session.dotsPerVoter = 10;
    test::TempDir dir;
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("rank.weitblick")),
                                               votingConference(4, 3, session), nullptr);
    REQUIRE(document);
    // Card 3: 4 dots; cards 1 and 2: 2 each (tied); card 4: none.
    addDots(document.get(), 3, 1, 3);
    addDots(document.get(), 3, 2, 1);
    addDots(document.get(), 1, 1, 2);
    addDots(document.get(), 2, 3, 2);

    RankingView view(document.get());
    view.setSession(1);
    view.resize(900, 400);
    const RankingPainter &painter = view.painter();
    const QList<RankedItem> &items = painter.ranking().items();
    REQUIRE(items.size() == 4);
    CHECK(items.at(0).cardId == 3);
    CHECK(items.at(0).rankText() == QStringLiteral("1"));
    CHECK(items.at(1).rankText() == QStringLiteral("=2"));
    CHECK(items.at(2).rankText() == QStringLiteral("=2"));
    CHECK(items.at(3).rankText() == QStringLiteral("4"));

    // Heat map: rows are the items best first, columns the voting groups.
    REQUIRE(painter.hasHeatMap());
    REQUIRE(painter.groups().size() == 3);
    const QList<Id> groups = groupIds(document->conference());
    CHECK(painter.groups() == groups.mid(0, 3));
    CHECK(painter.heatValue(0, 0) == 3);
    CHECK(painter.heatValue(0, 1) == 1);
    CHECK(painter.heatValue(0, 2) == 0);
    CHECK(painter.heatColor(0) == QColor(Qt::white));
    CHECK(painter.heatColor(3).lightnessF() < painter.heatColor(1).lightnessF());

    // The painted cell has the shade of its count.
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter imagePainter(&image);
    const QRectF area(12, 8, image.width() - 24, image.height() - 16);
    painter.paint(&imagePainter, area);
    imagePainter.end();
    const QRectF cell = painter.heatCellRect(area, 0, 0);
    CHECK(image.pixelColor(QPoint(int(cell.left()) + 3, int(cell.top()) + 3))
          == painter.heatColor(3));
    const QRectF empty = painter.heatCellRect(area, 0, 2);
    CHECK(image.pixelColor(QPoint(int(empty.left()) + 3, int(empty.top()) + 3))
          == QColor(Qt::white));

    // The view follows new dots.
    addDots(document.get(), 4, 3, 5);
    CHECK(view.painter().ranking().items().at(0).cardId == 4);
}

TEST_CASE("The common ground view follows the share of groups", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Common");
    session.dotsPerVoter = 10;
    test::TempDir dir;
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("common.weitblick")),
                                               votingConference(3, 3, session), nullptr);
    REQUIRE(document);
    // Card 1 by all three groups, card 2 by two of three, card 3 by one.
    for (const Id voter : {1, 2, 3})
        addDots(document.get(), 1, voter, 1);
    addDots(document.get(), 2, 1, 1);
    addDots(document.get(), 2, 2, 1);
    addDots(document.get(), 3, 3, 1);

    CommonGroundView view(document.get());
    view.setSession(1);
    CHECK(view.sharePercent() == 100);
    CHECK(view.painter().commonGround().size() == 1);
    CHECK(view.painter().commonGround().at(0).cardId == 1);
    CHECK(view.painter().listed().size() == 3);

    view.shareSlider()->setValue(60);
    CHECK(view.shareSpin()->value() == 60);
    CHECK(view.painter().commonGround().size() == 2);
    view.setSharePercent(50);
    CHECK(view.shareSlider()->value() == 50);
    CHECK(view.painter().commonGround().size() == 2);
    CHECK(view.shareSpin()->minimum() == 50);
    CHECK(view.shareSpin()->maximum() == 100);
}

TEST_CASE("The vote dialog offers the rules of thumb and is one undo step", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Existing");
    test::TempDir dir;
    // Six cards, three participants: 6 ÷ 3 = 2 and ⌈15 ÷ 3⌉ = 5.
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("dialog.weitblick")),
                                               votingConference(6, 3, session), nullptr);
    REQUIRE(document);
    const Id future = test::phaseOfKind(document->conference(), PhaseKind::Future);

    VoteSessionDialog dialog(document.get(), future);
    dialog.votableCombo()->setCurrentIndex(0); // cards
    CHECK(dialog.thirdsButton()->text().endsWith(QStringLiteral("= 2")));
    CHECK(dialog.pairsButton()->text().endsWith(QStringLiteral("= 5")));
    CHECK(dialog.thirdsButton()->toolTip().contains(QStringLiteral("third")));
    CHECK_FALSE(dialog.pairsButton()->toolTip().isEmpty());
    dialog.thirdsButton()->click();
    CHECK(dialog.dotsSpin()->value() == 2);
    dialog.pairsButton()->click();
    CHECK(dialog.dotsSpin()->value() == 5);
    // Voting by group: 6 groups, ⌈15 ÷ 6⌉ = 3.
    dialog.unitCombo()->setCurrentIndex(int(VoterUnit::Group));
    CHECK(dialog.pairsButton()->text().endsWith(QStringLiteral("= 3")));

    dialog.titleEdit()->setText(QStringLiteral("Zukunft <b>wählen</b>"));
    dialog.capSpin()->setValue(2);
    dialog.minusCheck()->setChecked(true);
    const int steps = document->undoStack()->count();
    dialog.accept();
    CHECK(document->undoStack()->count() == steps + 1);
    const VoteSession *added = document->conference().find<VoteSession>(dialog.sessionId());
    REQUIRE(added);
    CHECK(added->title == QStringLiteral("Zukunft <b>wählen</b>"));
    CHECK(added->phaseId == future);
    CHECK(added->dotsPerVoter == 5);
    CHECK(added->capPerItem == 2);
    CHECK(added->voterUnit == VoterUnit::Group);
    CHECK(added->cardsVotable);
    CHECK_FALSE(added->clustersVotable);
    CHECK(added->minusDots);
    CHECK(added->open);

    VoteSessionDialog edit(document.get(), future, 1);
    CHECK(edit.titleEdit()->text() == QStringLiteral("Existing"));
    edit.dotsSpin()->setValue(7);
    edit.accept();
    CHECK(document->conference().find<VoteSession>(1)->dotsPerVoter == 7);
    CHECK(document->undoStack()->count() == steps + 2);
    document->undoStack()->undo();
    CHECK(document->conference().find<VoteSession>(1)->dotsPerVoter == 5);
}

TEST_CASE("The voting views render the sample conference", "[votingui]")
{
    test::TempDir shots; // the pictures are written out, as a person would look at them
    WallPage wall(makeSampleConference(), PhaseKind::Future);
    VotingPanel *panel = wall.page->votingPanel();
    wall.page->votingAction()->trigger();
    const Id sessionId = panel->sessionId();
    REQUIRE(sessionId != NoId);
    const VoteSession *session = wall.conference().find<VoteSession>(sessionId);
    REQUIRE(session);
    CHECK_FALSE(session->open);
    const Id phaseId = session->phaseId;
    panel->openCloseButton()->click();
    CHECK(wall.conference().find<VoteSession>(sessionId)->open);

    wall.view()->fitAll();
    QApplication::processEvents();
    CHECK(wall.page->grab().save(shots.path(QStringLiteral("voting-wall.png"))));

    VoteResultsDialog results(wall.document.get(), sessionId);
    results.resize(1200, 800);
    results.show();
    QApplication::processEvents();
    const RankingPainter &ranking = results.rankingView()->painter();
    CHECK(ranking.ranking().items().size() > 5);
    CHECK(ranking.hasHeatMap());
    CHECK(results.rankingView()->grab().save(shots.path(QStringLiteral("voting-ranking.png"))));

    CommonGroundView *common = results.commonGroundView();
    common->setSharePercent(75);
    CHECK(common->painter().commonGround().size() >= 1);
    QImage commonImage(1200, 760, QImage::Format_ARGB32_Premultiplied);
    commonImage.fill(Qt::white);
    QPainter commonPainter(&commonImage);
    common->painter().paint(&commonPainter, QRectF(10, 10, 1180, 740));
    commonPainter.end();
    CHECK(commonImage.save(shots.path(QStringLiteral("voting-commonground.png"))));

    VoteSessionDialog dialog(wall.document.get(), phaseId, sessionId);
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(shots.path(QStringLiteral("voting-dialog.png"))));

    VoteSession room = *wall.conference().find<VoteSession>(sessionId);
    room.voterUnit = VoterUnit::Room;
    room.id = NoId;
    room.title = QStringLiteral("Room");
    const Id roomId = commands::add(wall.document.get(), room, QStringLiteral("Room vote"));
    PaperTallyDialog tally(wall.document.get(), roomId);
    tally.show();
    QApplication::processEvents();
    CHECK(tally.grab().save(shots.path(QStringLiteral("voting-tally.png"))));
}

TEST_CASE("An anonymous vote of the room shows what applies to it, without gaps", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Room");
    session.voterUnit = VoterUnit::Room;
    WallPage wall(votingConference(3, 2, session), PhaseKind::Future);
    wall.page->votingAction()->trigger();
    VotingPanel *panel = wall.page->votingPanel();
    REQUIRE(panel->isVisible());
    QApplication::processEvents();
    // Nobody to choose: no "Voter:" and no empty list, but the room's note and dots.
    CHECK_FALSE(panel->voterLabel()->isVisible());
    CHECK_FALSE(panel->voterList()->isVisible());
    CHECK(panel->roomNote()->isVisible());
    CHECK(panel->budgetLabel()->text().contains(QStringLiteral("Dots of the room")));
    // The lines follow one another: the free space goes below them, not between them.
    const QList<QWidget *> lines{panel->roomNote(), panel->budgetLabel(), panel->minusCheck()};
    for (int i = 1; i < lines.size(); ++i) {
        const int gap = lines.at(i)->geometry().top() - lines.at(i - 1)->geometry().bottom();
        INFO("gap " << gap << " above line " << i);
        CHECK(gap <= 2 * panel->layout()->spacing() + 2);
    }
}

TEST_CASE("The vote dialog says when nobody can vote yet and counts the room as one",
          "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Existing");
    test::TempDir dir;
    // Six cards and no participants.
    auto document = ConferenceDocument::create(dir.path(QStringLiteral("dialog.weitblick")),
                                               votingConference(6, 0, session), nullptr);
    REQUIRE(document);
    const Id future = test::phaseOfKind(document->conference(), PhaseKind::Future);
    test::InterfaceLanguage english(QStringLiteral("en"));
    VoteSessionDialog dialog(document.get(), future);
    dialog.votableCombo()->setCurrentIndex(0); // cards
    dialog.show();
    dialog.unitCombo()->setCurrentIndex(int(VoterUnit::Participant));
    CHECK(dialog.noVotersLabel()->isVisible());
    CHECK(dialog.noVotersLabel()->text().contains(QStringLiteral("no participants yet")));
    CHECK_FALSE(dialog.pairsButton()->isEnabled());
    CHECK_FALSE(dialog.pairsButton()->text().contains(QStringLiteral("= ")));

    // The room is one voter: no "÷ 1 voters", and 6·5/2 = 15 dots.
    dialog.unitCombo()->setCurrentIndex(int(VoterUnit::Room));
    CHECK_FALSE(dialog.noVotersLabel()->isVisible());
    CHECK(dialog.pairsButton()->isEnabled());
    CHECK(dialog.pairsButton()->text() == QStringLiteral("⌈6·5/2⌉ = 15"));
    // The groups of a new conference: one voter each, in the singular and the plural.
    dialog.unitCombo()->setCurrentIndex(int(VoterUnit::Group));
    CHECK(dialog.pairsButton()->text().contains(QStringLiteral(" voters⌉")));
    CHECK(dialog.thirdsButton()->text() == QStringLiteral("6 options ÷ 3 = 2"));
}

TEST_CASE("The German common ground counts its items as entries, not as dots", "[votingui]")
{
    test::InterfaceLanguage german(QStringLiteral("de"));
    for (int count : {1, 3}) {
        const QString line = QCoreApplication::translate(
            "CommonGroundPainter",
            "Supported by at least %1 % of the voting groups (%2 of %3): %n item(s)", nullptr,
            count);
        CAPTURE(line.toStdString());
        CHECK(line.contains(QStringLiteral("Eintr")));
        CHECK_FALSE(line.contains(QStringLiteral("Punkt")));
    }
}

TEST_CASE("Enter in the common ground's share confirms it and leaves the results open",
          "[votingui]")
{
    WallPage wall(makeSampleConference(), PhaseKind::Future);
    wall.page->votingAction()->trigger();
    const Id sessionId = wall.page->votingPanel()->sessionId();
    REQUIRE(sessionId != NoId);
    VoteResultsDialog results(wall.document.get(), sessionId);
    results.show();
    REQUIRE(QTest::qWaitForWindowExposed(&results));
    QApplication::setActiveWindow(&results);
    QSpinBox *share = results.commonGroundView()->shareSpin();
    results.findChild<QTabWidget *>()->setCurrentWidget(results.commonGroundView());
    share->setFocus();
    share->selectAll();
    QTest::keyClicks(share, QStringLiteral("60"));
    QTest::keyClick(share, Qt::Key_Return);
    CHECK(results.isVisible());
    CHECK(results.commonGroundView()->sharePercent() == 60);
    QTest::keyClick(share, Qt::Key_Escape);
    CHECK_FALSE(results.isVisible());
}

TEST_CASE("The voter list marks who has stuck all their dots", "[votingui]")
{
    VoteSession session;
    session.title = QStringLiteral("Vote");
    session.dotsPerVoter = 2;
    session.minusDots = true;
    WallPage wall(votingConference(3, 3, session), PhaseKind::Future);
    wall.page->votingAction()->trigger();
    VotingPanel *panel = wall.page->votingPanel();
    QListWidget *voters = panel->voterList();
    REQUIRE(voters->count() == 3);
    // Finished voters are grey and carry a tooltip; their names stay the text.
    const auto finished = [voters] {
        QStringList names;
        for (int row = 0; row < voters->count(); ++row) {
            if (!voters->item(row)->toolTip().isEmpty())
                names.append(voters->item(row)->text());
        }
        return names;
    };
    const auto label = [panel] {
        const QList<QLabel *> labels = panel->findChildren<QLabel *>();
        for (const QLabel *l : labels) {
            if (l->text().startsWith(QStringLiteral("Voter")))
                return l->text();
        }
        return QString();
    };
    CHECK(finished().isEmpty());
    CHECK(label() == QStringLiteral("Voter (done: 0 of 3):"));

    addDots(wall.document.get(), 1, 2, 1);
    addDots(wall.document.get(), 3, 2, 1, DotKind::Minus); // minus dots are no budget to use up
    CHECK(finished().isEmpty());
    addDots(wall.document.get(), 2, 2, 1);
    CHECK(finished() == QStringList{QStringLiteral("Person B")});
    CHECK(label() == QStringLiteral("Voter (done: 1 of 3):"));
    CHECK(voters->item(1)->toolTip().startsWith(QStringLiteral("Has stuck all 2 plus dot")));
    CHECK(voters->item(1)->foreground().color() != voters->item(0)->foreground().color());
    CHECK(voters->item(1)->icon().cacheKey() != voters->item(0)->icon().cacheKey());

    // Typing a finished voter's name still finds them.
    panel->setVoter(1);
    voters->setFocus();
    voters->keyboardSearch(QStringLiteral("Person B"));
    CHECK(panel->voterId() == 2);

    // Undo takes the mark away again.
    wall.undo()->undo();
    CHECK(finished().isEmpty());
    CHECK(label() == QStringLiteral("Voter (done: 0 of 3):"));

    // A vote of no dots has no one who finished.
    VoteSession none = *wall.conference().find<VoteSession>(1);
    none.dotsPerVoter = 0;
    REQUIRE(commands::edit(wall.document.get(), none, QStringLiteral("no dots")));
    CHECK(finished().isEmpty());
}
