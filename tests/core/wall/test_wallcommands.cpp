#include <catch2/catch.hpp>

#include "core/model/newconference.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/timelinelayout.h"
#include "core/wall/wallareas.h"
#include "core/wall/wallcommands.h"
#include "opendocument.h"
#include "testfiles.h"

using namespace weitblick;

namespace {

Id phaseOfKind(const Conference &conference, PhaseKind kind)
{
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.kind == kind)
            return phase.id;
    }
    return NoId;
}

Card makeCard(Id id, Id phaseId, const QString &text, QPointF pos, Id clusterId = NoId)
{
    Card card;
    card.id = id;
    card.phaseId = phaseId;
    card.text = text;
    card.pos = pos;
    card.clusterId = clusterId;
    card.groupId = 1;
    return card;
}

// A Future wall in some disorder: three clusters with cards strewn about and loose cards.
Conference messyWall()
{
    Conference conference = newConference();
    const Id future = phaseOfKind(conference, PhaseKind::Future);
    for (Id id = 1; id <= 3; ++id) {
        conference.all<Cluster>().put(
            {id, future, QStringLiteral("Cluster %1").arg(id), QPointF(id * 300.0, 40), QColor()});
    }
    Id cardId = 1;
    for (int i = 0; i < 12; ++i) {
        const Id cluster = i < 9 ? i % 3 + 1 : NoId;
        conference.all<Card>().put(makeCard(
            cardId++, future, QStringLiteral("Karte %1 mit etwas mehr Text darauf").arg(i),
            QPointF((i * 137) % 900, (i * 211) % 700 + 100), cluster));
    }
    return conference;
}

struct OpenWall : test::OpenDocument
{
    explicit OpenWall(const Conference &conference = messyWall()) : OpenDocument(conference) {}
    const Card &card(Id id) const { return *conference().find<Card>(id); }
    QRectF rect(Id id) const
    {
        const Card &c = card(id);
        return QRectF(c.pos, CardGeometry::layout(c.text, c.form).size);
    }
};

// The edit is one undo step that undoes to the state before and redoes to the state after,
// in the model and in the file.
void checkOneStep(OpenWall &wall, const Conference &before)
{
    const Conference after = wall.conference();
    QUndoStack *stack = wall.document->undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(wall.fromFile() == after);
    CHECK(findProblems(after).isEmpty());
    stack->undo();
    CHECK(wall.conference() == before);
    CHECK(wall.fromFile() == before);
    stack->redo();
    CHECK(wall.conference() == after);
}

} // namespace

TEST_CASE("Arrange lays clusters out in tidy columns as one undo step", "[wall]")
{
    OpenWall wall;
    const Conference before = wall.conference();
    REQUIRE(commands::arrangePhase(wall.get(), phaseOfKind(before, PhaseKind::Future)));
    checkOneStep(wall, before);

    const Conference &after = wall.conference();
    double clusterRight = 0;
    for (const Cluster &cluster : after.all<Cluster>()) {
        // Each cluster is a column: its cards right under its heading, one below the other.
        QList<const Card *> members;
        for (const Card &card : after.all<Card>()) {
            if (card.clusterId == cluster.id)
                members.append(&card);
        }
        std::sort(members.begin(), members.end(),
                  [](const Card *a, const Card *b) { return a->pos.y() < b->pos.y(); });
        REQUIRE(members.size() == 3);
        double y = cluster.pos.y() + CardGeometry::ClusterHeadingHeight;
        for (const Card *card : members) {
            CHECK(card->pos.x() == cluster.pos.x());
            CHECK(card->pos.y() == Approx(y));
            y += wall.rect(card->id).height() + CardGeometry::RowGap;
        }
        CHECK(cluster.pos.y() == after.find<Cluster>(1)->pos.y());
        clusterRight = std::max(clusterRight, cluster.pos.x() + CardGeometry::CardWidth);
    }
    // The cards outside clusters come after them, and nothing overlaps.
    for (Id id = 10; id <= 12; ++id)
        CHECK(wall.card(id).pos.x() >= clusterRight);
    for (Id a = 1; a <= 12; ++a) {
        for (Id b = a + 1; b <= 12; ++b)
            CHECK_FALSE(wall.rect(a).intersects(wall.rect(b)));
    }
    // Arranging a tidy wall again changes nothing.
    CHECK(commands::arrangement(after, phaseOfKind(after, PhaseKind::Future)).isEmpty());
}

TEST_CASE("Arrange keeps the timeline and puts the other Past cards in the tray", "[wall]")
{
    Conference conference = newConference();
    const Id past = phaseOfKind(conference, PhaseKind::Past);
    Card dated = makeCard(1, past, QStringLiteral("Mauerfall"), QPointF(5, 5));
    dated.year = 1989;
    dated.lane = TimelineLane::World;
    conference.all<Card>().put(dated);
    conference.all<Card>().put(makeCard(2, past, QStringLiteral("ohne Jahr"), QPointF(0, 0)));
    conference.all<Card>().put(makeCard(3, past, QStringLiteral("auch ohne"), QPointF(30, 30)));
    OpenWall wall(conference);
    REQUIRE(commands::arrangePhase(wall.get(), past));
    CHECK(wall.card(1).pos == QPointF(5, 5));
    const TimelineLayout timeline({{1, 1989, TimelineLane::World,
                                    CardGeometry::layout(dated.text, dated.form).size}});
    CHECK(wall.card(2).pos.y() >= timeline.trayTop());
    CHECK(wall.card(3).pos.y() >= timeline.trayTop());
    CHECK_FALSE(wall.rect(2).intersects(wall.rect(3)));
}

TEST_CASE("Arrange keeps each area of a divided wall apart", "[wall]")
{
    Conference conference = newConference();
    const Id present = phaseOfKind(conference, PhaseKind::Present);
    const WallAreas areas = WallAreas::forPhase(*conference.find<Phase>(present), conference);
    REQUIRE(areas.areas().size() == 2);
    const QPointF inRight = areas.contentRect(1).center();
    conference.all<Card>().put(makeCard(1, present, QStringLiteral("stark"), QPointF(40, 300)));
    conference.all<Card>().put(makeCard(2, present, QStringLiteral("schwach"), inRight));
    conference.all<Card>().put(makeCard(3, present, QStringLiteral("schwach 2"),
                                        inRight + QPointF(7, 33)));
    OpenWall wall(conference);
    REQUIRE(commands::arrangePhase(wall.get(), present));
    CHECK(wall.card(1).pos == areas.contentRect(0).topLeft());
    CHECK(areas.areaAt(wall.rect(2).center()) == 1);
    CHECK(areas.areaAt(wall.rect(3).center()) == 1);
    CHECK(wall.card(2).pos == areas.contentRect(1).topLeft());
}

TEST_CASE("A card dropped on another card makes a cluster of both", "[wall]")
{
    OpenWall wall;
    const Conference before = wall.conference();
    const Id clusterId = commands::clusterOnCard(wall.get(), 10, {11, 12},
                                                 QStringLiteral("Neu <b>x</b>"));
    REQUIRE(clusterId != NoId);
    checkOneStep(wall, before);
    const Cluster *cluster = wall.conference().find<Cluster>(clusterId);
    REQUIRE(cluster);
    CHECK(cluster->heading == QStringLiteral("Neu <b>x</b>"));
    CHECK(cluster->color.isValid());
    for (Id id : {10, 11, 12})
        CHECK(wall.card(id).clusterId == clusterId);
    // The dropped cards stack under the target, the heading above it. (On this wall every
    // frame lies over another, so the new cluster moves to a free place: test_roommaker.cpp
    // shows that the target keeps its place where there is room.)
    CHECK(wall.card(11).pos.x() == wall.card(10).pos.x());
    CHECK(wall.card(11).pos.y() == wall.rect(10).bottom() + CardGeometry::RowGap);
    CHECK(wall.card(12).pos.y() == wall.rect(11).bottom() + CardGeometry::RowGap);
    CHECK(cluster->pos == wall.card(10).pos - QPointF(0, CardGeometry::ClusterHeadingHeight));
}

TEST_CASE("Grouping the selection makes a cluster in one column", "[wall]")
{
    OpenWall wall;
    const Conference before = wall.conference();
    const Id clusterId = commands::groupCards(wall.get(), {12, 10, 11}, QStringLiteral("G"));
    REQUIRE(clusterId != NoId);
    checkOneStep(wall, before);
    // A column under the heading, in the order the cards had from the top.
    const QPointF clusterPos = wall.conference().find<Cluster>(clusterId)->pos;
    QList<Id> ids{10, 11, 12};
    std::sort(ids.begin(), ids.end(), [&](Id a, Id b) {
        return before.find<Card>(a)->pos.y() < before.find<Card>(b)->pos.y();
    });
    CHECK(wall.card(ids.at(0)).pos == clusterPos + QPointF(0, CardGeometry::ClusterHeadingHeight));
    for (Id id : ids) {
        CHECK(wall.card(id).clusterId == clusterId);
        CHECK(wall.card(id).pos.x() == clusterPos.x());
    }
    CHECK(wall.card(ids.at(1)).pos.y() == wall.rect(ids.at(0)).bottom() + CardGeometry::RowGap);
    CHECK_FALSE(wall.rect(10).intersects(wall.rect(11)));
    CHECK_FALSE(wall.rect(11).intersects(wall.rect(12)));
}

TEST_CASE("Deleting cards of a cluster's column closes it up under its heading", "[wall]")
{
    // A column of four under its heading, and a card of another cluster at the same x.
    OpenWall wall;
    REQUIRE(commands::groupCards(wall.get(), {1, 4, 7, 10}, QStringLiteral("G")) != NoId);
    const Id clusterId = wall.card(1).clusterId;
    QList<Id> column{1, 4, 7, 10};
    std::sort(column.begin(), column.end(),
              [&](Id a, Id b) { return wall.card(a).pos.y() < wall.card(b).pos.y(); });
    const Conference before = wall.conference();
    const QPointF top = wall.card(column.at(0)).pos;
    wall.document->undoStack()->clear();

    // The top card and the third go: the second moves to the top, the fourth under it. (Before,
    // the heading dropped to the second card, out of line with the other clusters.)
    REQUIRE(commands::deleteCards(wall.get(), {column.at(0), column.at(2)}));
    checkOneStep(wall, before);
    CHECK(wall.card(column.at(1)).pos == top);
    CHECK(wall.card(column.at(3)).pos.y()
          == wall.rect(column.at(1)).bottom() + CardGeometry::RowGap);
    // The heading, drawn above the top card, stays in line with its neighbours'.
    CHECK(wall.conference().find<Cluster>(clusterId)->pos == before.find<Cluster>(clusterId)->pos);
    // Cards of other clusters, and loose cards, stay where they were.
    for (const Card &card : before.all<Card>()) {
        if (card.clusterId != clusterId && wall.conference().find<Card>(card.id))
            CHECK(wall.card(card.id).pos == card.pos);
    }
}

TEST_CASE("A column spaced by hand closes up by its own spacing", "[wall]")
{
    // Three cards of cluster 1 in a column 200 apart, one of them at another x.
    Conference conference = messyWall();
    const QList<std::pair<Id, QPointF>> places{{1, {100, 100}}, {4, {100, 300}},
                                               {7, {100, 500}}};
    for (const auto &[id, pos] : places) {
        Card card = *conference.find<Card>(id);
        card.pos = pos;
        card.clusterId = 1;
        conference.all<Card>().put(card);
    }
    OpenWall wall(conference);
    REQUIRE(commands::deleteCards(wall.get(), {1}));
    CHECK(wall.card(4).pos == QPointF(100, 100));
    CHECK(wall.card(7).pos == QPointF(100, 300));
    // The bottom card leaves no hole to close.
    REQUIRE(commands::deleteCards(wall.get(), {7}));
    CHECK(wall.card(4).pos == QPointF(100, 100));
}

TEST_CASE("Cards dropped on a cluster join the foot of its column", "[wall]")
{
    OpenWall wall;
    const Conference before = wall.conference();
    REQUIRE(commands::addToCluster(wall.get(), 1, {10, 11}));
    checkOneStep(wall, before);
    double bottom = 0;
    double left = 1e9;
    for (const Card &card : before.all<Card>()) {
        if (card.clusterId == 1) {
            bottom = std::max(bottom, wall.rect(card.id).bottom());
            left = std::min(left, card.pos.x());
        }
    }
    CHECK(wall.card(10).clusterId == 1);
    CHECK(wall.card(11).clusterId == 1);
    // They keep their order from top to bottom.
    const bool tenFirst = before.find<Card>(10)->pos.y() < before.find<Card>(11)->pos.y();
    const Id upper = tenFirst ? 10 : 11;
    const Id lower = tenFirst ? 11 : 10;
    CHECK(wall.card(upper).pos == QPointF(left, bottom + CardGeometry::RowGap));
    CHECK(wall.card(lower).pos == QPointF(left, wall.rect(upper).bottom() + CardGeometry::RowGap));
}

TEST_CASE("A drag moves cards and changes their clusters in one undo step", "[wall]")
{
    OpenWall wall;
    const Conference before = wall.conference();
    // Card 1 leaves cluster 1 for the open wall; card 10 joins cluster 2.
    REQUIRE(commands::placeCards(wall.get(), {{1, QPointF(3000, 3000), NoId, {}, {}},
                                             {10, QPointF(2000, 100), 2, {}, {}}}));
    checkOneStep(wall, before);
    CHECK(wall.card(1).clusterId == NoId);
    CHECK(wall.card(1).pos == QPointF(3000, 3000));
    CHECK(wall.card(10).clusterId == 2);
    // Headings stay above the cards the clusters keep.
    for (Id clusterId : {1, 2}) {
        double left = 1e9;
        double top = 1e9;
        for (const Card &card : wall.conference().all<Card>()) {
            if (card.clusterId == clusterId) {
                left = std::min(left, card.pos.x());
                top = std::min(top, card.pos.y());
            }
        }
        CHECK(wall.conference().find<Cluster>(clusterId)->pos
              == QPointF(left, top - CardGeometry::ClusterHeadingHeight));
    }
}

TEST_CASE("A cluster moves with its cards", "[wall]")
{
    OpenWall wall;
    const Conference before = wall.conference();
    REQUIRE(commands::moveClusterWithCards(wall.get(), 2, QPointF(100, -50)));
    checkOneStep(wall, before);
    // On this wall every frame lies over another, so the cluster lands at the nearest free
    // place from where it was dropped; its cards keep their places in it.
    const QPointF moved = wall.conference().find<Cluster>(2)->pos - before.find<Cluster>(2)->pos;
    CHECK(moved != QPointF());
    for (const Card &card : before.all<Card>()) {
        if (card.clusterId == 2)
            CHECK(wall.card(card.id).pos == card.pos + moved);
        else if (card.clusterId != NoId)
            CHECK(wall.card(card.id).pos == card.pos);
    }
}

TEST_CASE("A cluster dropped on a free place lands there", "[wall]")
{
    OpenWall wall;
    const Conference before = wall.conference();
    const QPointF delta(5000, 0); // right of everything
    REQUIRE(commands::moveClusterWithCards(wall.get(), 2, delta));
    CHECK(wall.conference().find<Cluster>(2)->pos == before.find<Cluster>(2)->pos + delta);
    for (const Card &card : before.all<Card>()) {
        const QPointF expected = card.clusterId == 2 ? card.pos + delta : card.pos;
        CHECK(wall.card(card.id).pos == expected);
    }
}

TEST_CASE("Colour form and year of cards are single undo steps", "[wall]")
{
    {
        OpenWall wall;
        const Conference before = wall.conference();
        REQUIRE(commands::setCardsColor(wall.get(), {1, 2}, QColor(Qt::yellow)));
        checkOneStep(wall, before);
        CHECK(wall.card(1).color == QColor(Qt::yellow));
        CHECK(wall.card(2).color == QColor(Qt::yellow));
        REQUIRE(commands::setCardsColor(wall.get(), {1}, QColor()));
        CHECK_FALSE(wall.card(1).color.isValid());
    }
    {
        OpenWall wall;
        const Conference before = wall.conference();
        REQUIRE(commands::setCardsForm(wall.get(), {3}, CardForm::Oval));
        checkOneStep(wall, before);
        CHECK(wall.card(3).form == CardForm::Oval);
    }
    {
        OpenWall wall;
        const Conference before = wall.conference();
        REQUIRE(commands::setCardYear(wall.get(), 4, 1989, TimelineLane::Local));
        checkOneStep(wall, before);
        CHECK(wall.card(4).year == 1989);
        CHECK(wall.card(4).lane == TimelineLane::Local);
    }
}

TEST_CASE("Wall edits of a read-only document change nothing", "[wall]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, messyWall(), &error));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(document);
    REQUIRE(document->isReadOnly());
    const Conference before = document->conference();
    const Id future = phaseOfKind(before, PhaseKind::Future);
    CHECK_FALSE(commands::arrangePhase(document.get(), future));
    CHECK(commands::clusterOnCard(document.get(), 10, {11}, QStringLiteral("x")) == NoId);
    CHECK_FALSE(commands::placeCards(document.get(), {{1, QPointF(1, 1), NoId, {}, {}}}));
    CHECK(document->conference() == before);
}

TEST_CASE("A cluster that all its cards left goes in the same undo step", "[wall]")
{
    // Cluster 3 keeps one card (9); cluster 2 is emptied when cards 2, 5 and 8 join cluster 1.
    OpenWall wall;
    const Conference before = wall.conference();
    const bool added = commands::addToCluster(wall.get(), 1, {2, 5, 8});
    INFO(wall.document->readOnlyReason().toStdString());
    REQUIRE(added);
    CHECK_FALSE(wall.conference().find<Cluster>(2));
    CHECK(wall.conference().find<Cluster>(3));
    checkOneStep(wall, before);
}

TEST_CASE("A cluster with dots stays when its cards leave", "[wall]")
{
    Conference conference = messyWall();
    const Id future = phaseOfKind(conference, PhaseKind::Future);
    conference.all<VoteSession>().put({1, future, {}, 5, 0, VoterUnit::Room, false, true, false, true});
    conference.all<Dot>().put({1, 1, NoId, 2, NoId, 3, DotKind::Plus});
    OpenWall wall(conference);
    REQUIRE(commands::addToCluster(wall.get(), 1, {2, 5, 8}));
    CHECK(wall.conference().find<Cluster>(2));
    CHECK(wall.conference().find<Dot>(1));
}

TEST_CASE("Taking the only card out of a cluster removes the empty cluster", "[wall]")
{
    Conference conference = messyWall();
    const Id future = phaseOfKind(conference, PhaseKind::Future);
    conference.all<Cluster>().put({4, future, QStringLiteral("Einzeln"), QPointF(0, 1000), QColor()});
    conference.all<Card>().put(makeCard(20, future, QStringLiteral("Allein"), QPointF(0, 1070), 4));
    OpenWall wall(conference);
    const Conference before = wall.conference();
    REQUIRE(commands::placeCards(wall.get(), {{20, QPointF(900, 1500), NoId, {}, TimelineLane::None}}));
    CHECK(wall.card(20).clusterId == NoId);
    CHECK_FALSE(wall.conference().find<Cluster>(4));
    checkOneStep(wall, before);
}

TEST_CASE("Clustering timeline cards takes them off the lanes into the tray", "[wall]")
{
    Conference conference = newConference();
    const Id past = phaseOfKind(conference, PhaseKind::Past);
    for (Id id = 1; id <= 3; ++id) {
        Card card = makeCard(id, past, QStringLiteral("Ereignis %1").arg(id), QPointF(id * 100.0, 0));
        card.year = 1980 + int(id);
        card.lane = TimelineLane::Local;
        conference.all<Card>().put(card);
    }
    OpenWall wall(conference);
    REQUIRE(commands::groupCards(wall.get(), {1, 2, 3}, QStringLiteral("Strukturwandel")) != NoId);
    for (Id id = 1; id <= 3; ++id) {
        CHECK_FALSE(wall.card(id).year);
        CHECK(wall.card(id).lane == TimelineLane::None);
    }
}
