#include "wallfixture.h"

#include "core/model/newconference.h"
#include "ui/voting/votingpanel.h"

#include <QAction>

using namespace weitblick;
using test::WallPage;

namespace {

Conference twoCards()
{
    Conference conference = newConference();
    const Id future = test::phaseOfKind(conference, PhaseKind::Future);
    conference.all<Card>().put(test::wallCard(1, future, QStringLiteral("Eins"), QPointF(100, 100)));
    conference.all<Card>().put(test::wallCard(2, future, QStringLiteral("Zwei"), QPointF(400, 100)));
    return conference;
}

} // namespace

// Issue 12, item 17: the scene's items took their selection with them as the page went, and
// the page (and the workspace around it), no longer what they were, heard of it. Under UBSan
// that was "downcast of address … which does not point to an object of type 'PhasePage'".
TEST_CASE("A page that goes with a selection on its wall tells no one", "[wall]")
{
    WallPage wall(twoCards(), PhaseKind::Future);
    wall.item(1)->setSelected(true);
    wall.item(2)->setSelected(true);
    REQUIRE(wall.page->groupAction()->isEnabled());
    int late = 0;
    QObject::connect(wall.scene(), &QGraphicsScene::selectionChanged, [&late] { ++late; });
    QObject::connect(wall.page->groupAction(), &QAction::changed, [&late] { ++late; });
    wall.page.reset();
    CHECK(late == 0);
}

// Issue 12, item 18: with dot voting on, the panel's event filter on the wall's viewport ran
// while the wall view was being destroyed and asked that view for its viewport. Under UBSan
// this test aborted with "member call on address … which does not point to an object of type
// 'QAbstractScrollArea'"; it is the regression test of the sanitizer build.
TEST_CASE("A page goes while dot voting is on", "[wall][votingui]")
{
    Conference conference = twoCards();
    VoteSession session;
    session.id = 1;
    session.phaseId = test::phaseOfKind(conference, PhaseKind::Future);
    session.title = QStringLiteral("Abstimmung");
    session.voterUnit = VoterUnit::Room;
    conference.all<VoteSession>().put(session);
    WallPage wall(conference, PhaseKind::Future);
    wall.page->votingAction()->trigger();
    REQUIRE(wall.page->votingPanel()->isActive());
    wall.click(wall.centreOf(1));
    REQUIRE(wall.conference().all<Dot>().size() == 1);
    QPointer<VotingPanel> panel = wall.page->votingPanel();
    wall.page.reset();
    CHECK(panel.isNull());
}
