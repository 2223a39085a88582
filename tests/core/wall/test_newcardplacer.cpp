#include <catch2/catch.hpp>

#include "core/model/newconference.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/newcardplacer.h"
#include "core/wall/wallgeometry.h"
#include "realwalls.h"

using namespace weitblick;
using test::RealWall;

namespace {

Card typedCard(const QString &text, Id groupId = NoId)
{
    Card card;
    card.text = text;
    card.groupId = groupId;
    return card;
}

// Types cards into the wall one by one, as quick entry does: each placed on the wall as it is
// by then, and put into the conference. Returns their ids.
QList<Id> typeCards(Conference *conference, Id phaseId, const QStringList &texts,
                    int areaColumn = -1, Id groupId = NoId)
{
    QList<Id> ids;
    for (const QString &text : texts) {
        Card card = placeNewCard(*conference, phaseId, typedCard(text, groupId), areaColumn);
        card.id = conference->all<Card>().nextId();
        conference->all<Card>().put(card);
        ids << card.id;
    }
    return ids;
}

QStringList tenTexts()
{
    QStringList texts;
    for (int i = 1; i <= 10; ++i)
        texts << (i % 4 == 0 ? QStringLiteral("Neu %1 mit so viel Text, dass die Karte höher wird "
                                              "als die anderen auf der Wand")
                                   .arg(i)
                             : QStringLiteral("Neu %1").arg(i));
    return texts;
}

QSet<QString> namesOf(const QList<Id> &ids)
{
    QSet<QString> names;
    for (Id id : ids)
        names.insert(QStringLiteral("card %1").arg(id));
    return names;
}

} // namespace

TEST_CASE("New cards go below the clusters of a real wall, in rows, over nothing", "[wall]")
{
    for (RealWall wall : test::realWalls()) {
        INFO(wall.name.toStdString());
        const WallGeometry before(wall.conference, wall.phaseId);
        const QRectF clusters = before.clusterBounds();
        REQUIRE_FALSE(clusters.isNull());

        const QList<Id> typed = typeCards(&wall.conference, wall.phaseId, tenTexts());
        const WallGeometry after(wall.conference, wall.phaseId);
        // Nothing drawn covers a new card, nor a new card another.
        CHECK(test::overlaps(test::drawnOn(after), namesOf(typed)) == QStringList());

        // Near the wall: in its columns, under its clusters, no lower than its lowest card.
        const QRectF content = before.contentRect();
        for (Id id : typed) {
            const QRectF rect = after.cardRect(id);
            CHECK(rect.left() >= clusters.left());
            CHECK(rect.right() <= std::max(clusters.right(), clusters.left() + 6 * 260.0));
            CHECK(rect.top() >= clusters.bottom() + 60);
            CHECK(rect.top() <= std::max(clusters.bottom() + 60, content.bottom()) + 400);
        }
        if (wall.name == QLatin1String("stress"))
            continue; // its loose cards fill the rows under its clusters
        // On a wall with room under its clusters, the first row starts right there, and the
        // cards stand side by side in the order they were typed.
        CHECK(after.cardRect(typed.first()).topLeft()
              == QPointF(clusters.left(), clusters.bottom() + 60));
        for (qsizetype i = 1; i < 6; ++i) {
            CHECK(after.cardRect(typed.at(i)).top() == after.cardRect(typed.first()).top());
            CHECK(after.cardRect(typed.at(i)).left()
                  == after.cardRect(typed.at(i - 1)).left() + CardGeometry::ColumnStep);
        }
    }
}

TEST_CASE("New cards follow one rule after a reopen, whatever a view shows", "[wall]")
{
    // Typing on, after the first ten were stored and the file opened again, continues their
    // rows: the rule looks at the model alone.
    RealWall wall = test::wallOf130Cards();
    const QList<Id> first = typeCards(&wall.conference, wall.phaseId, tenTexts().mid(0, 5));
    const Conference reopened = wall.conference;
    wall.conference = reopened;
    const QList<Id> more = typeCards(&wall.conference, wall.phaseId, tenTexts().mid(5));
    const WallGeometry after(wall.conference, wall.phaseId);
    CHECK(after.cardRect(more.first()).top() == after.cardRect(first.first()).top());
    CHECK(after.cardRect(more.first()).left() > after.cardRect(first.last()).left());
    // The same wall gives the same place every time.
    const Card card = typedCard(QStringLiteral("noch eine"));
    CHECK(placeNewCard(wall.conference, wall.phaseId, card).pos
          == placeNewCard(wall.conference, wall.phaseId, card).pos);
}

TEST_CASE("New cards on every wall of the sample cover nothing", "[wall]")
{
    Conference conference = test::sampleWall().conference;
    for (const Phase &phase : conference.all<Phase>()) {
        INFO(phase.title.toStdString());
        Conference typedInto = conference;
        const QList<Id> typed = typeCards(&typedInto, phase.id, tenTexts());
        const WallGeometry after(typedInto, phase.id);
        CHECK(test::overlaps(test::drawnOn(after), namesOf(typed)) == QStringList());
        for (Id id : typed) {
            for (const QRectF &fixed : WallGeometry(conference, phase.id).obstacles())
                CHECK_FALSE(after.cardRect(id).intersects(fixed));
        }
        if (phase.kind == PhaseKind::Past) {
            for (Id id : typed)
                CHECK(after.cardRect(id).top() >= after.timeline().trayTop());
        }
    }
}

TEST_CASE("New cards of a divided wall go into their area or below the areas", "[wall]")
{
    Conference conference = newConference();
    const Id present = test::phaseOf(conference, PhaseKind::Present);
    Phase phase = *conference.find<Phase>(present);
    phase.wallLayout = WallLayout::ProudsSorriesByGroup;
    conference.all<Phase>().put(phase);
    const WallAreas areas = WallAreas::forPhase(phase, conference);
    const Id group = conference.all<StakeholderGroup>().begin()->id;

    // A sorry of the group: in the group's row, right column, until the area is full.
    const QList<Id> sorries = typeCards(&conference, present,
                                        QStringList(20, QStringLiteral("Leider")), 1, group);
    const WallGeometry wall(conference, present);
    const QRectF sorryArea = areas.contentRect(areas.areaOf(group, 1));
    int inArea = 0;
    for (Id id : sorries) {
        const QRectF rect = wall.cardRect(id);
        if (sorryArea.contains(rect))
            ++inArea;
        else
            CHECK(rect.top() > areas.bounds().bottom());
    }
    CHECK(inArea == 12); // four columns of three rows
    // Without a column (an import, the network): below the areas, to be sorted.
    const Card imported = placeNewCard(conference, present, typedCard(QStringLiteral("?"), group));
    CHECK(imported.pos.y() > areas.bounds().bottom());
    CHECK(test::overlaps(test::drawnOn(WallGeometry(conference, present))) == QStringList());
}

TEST_CASE("The first card of an empty wall goes to its top left", "[wall]")
{
    const Conference conference = newConference();
    const Id future = test::phaseOf(conference, PhaseKind::Future);
    CHECK(placeNewCard(conference, future, typedCard(QStringLiteral("a"))).pos == QPointF(0, 0));
    NewCardPlacer placer(conference, future);
    QList<QPointF> row;
    for (int i = 0; i < 7; ++i)
        row << placer.place(typedCard(QStringLiteral("b")));
    for (int i = 0; i < 6; ++i)
        CHECK(row.at(i) == QPointF(i * CardGeometry::ColumnStep, 0));
    CHECK(row.at(6) == QPointF(0, CardGeometry::MinCardHeight + CardGeometry::RowGap));
}
