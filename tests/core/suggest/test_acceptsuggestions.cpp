#include <catch2/catch.hpp>

#include "opendocument.h"
#include "realwalls.h"
#include "suggestquality.h"
#include "testfiles.h"

#include "core/commands/commands.h"
#include "core/suggest/acceptsuggestions.h"
#include "core/wall/cardgeometry.h"
#include "core/wall/wallgeometry.h"

using namespace weitblick;
using namespace weitblick::test;

namespace {

// The labelled cards: test::OpenDocument is built from them, so they come first.
struct LabelledCards
{
    LabelledConference labelled = labelledConference(TownCentreCards, TownCentreOtherCards);
};

struct OpenLabelledConference : LabelledCards, test::OpenDocument
{
    OpenLabelledConference() : OpenDocument(labelled.conference) {}
};

} // namespace

TEST_CASE("Accepting suggestions is one undo step", "[suggest]")
{
    OpenLabelledConference c;
    ConferenceDocument *document = c.document.get();
    const Id phaseId = c.labelled.phaseId;
    QList<SuggestedCluster> accepted = ClusterSuggester(document->conference()).suggest(phaseId);
    REQUIRE(accepted.size() >= 3);
    accepted.removeAt(1); // the moderator rejected one
    accepted[0].heading = QStringLiteral("Parken <b>& Stellplätze</b>"); // and renamed one
    const Conference before = document->conference();

    QList<Id> created;
    REQUIRE(commands::acceptSuggestions(document, phaseId, accepted, &created));
    const Conference after = document->conference();
    CHECK(document->undoStack()->count() == 1);
    REQUIRE(created.size() == accepted.size());
    CHECK(after.all<Cluster>().size() == before.all<Cluster>().size() + accepted.size());
    for (int i = 0; i < accepted.size(); ++i) {
        const Cluster *cluster = after.find<Cluster>(created.at(i));
        REQUIRE(cluster);
        CHECK(cluster->phaseId == phaseId);
        CHECK(cluster->heading == accepted.at(i).heading);
        // A column: the cards under the heading, in the order they had on the wall.
        QList<Id> ids = accepted.at(i).cardIds;
        std::sort(ids.begin(), ids.end(), [&](Id a, Id b) {
            const QPointF pa = before.find<Card>(a)->pos;
            const QPointF pb = before.find<Card>(b)->pos;
            return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
        });
        const WallGeometry wall(after, phaseId);
        const QRectF heading = wall.clusterShapes().value(cluster->id).heading;
        double y = after.find<Card>(ids.constFirst())->pos.y();
        CHECK(y >= heading.bottom());
        CHECK(y <= heading.bottom() + CardGeometry::ClusterHeadingHeight);
        for (Id id : std::as_const(ids)) {
            const Card *card = after.find<Card>(id);
            INFO("card " << id << " at " << card->pos.x() << "," << card->pos.y() << ", cluster at "
                         << cluster->pos.x() << ", column to " << y);
            CHECK(card->clusterId == cluster->id);
            CHECK(card->pos == QPointF(cluster->pos.x(), y));
            y += CardGeometry::size(card->text, card->form).height() + CardGeometry::RowGap;
        }
    }
    // Nothing on the wall covers the new clusters or their cards, nor they anything.
    QSet<QString> made;
    for (Id id : std::as_const(created))
        made.insert(QStringLiteral("cluster %1").arg(id));
    for (const Card &card : after.all<Card>()) {
        if (created.contains(card.clusterId))
            made.insert(QStringLiteral("card %1").arg(card.id));
    }
    CHECK(overlaps(drawnOn(WallGeometry(after, phaseId)), made).join(u'\n').toStdString() == "");
    CHECK(findProblems(after).isEmpty());
    CHECK(c.fromFile() == after);

    document->undoStack()->undo();
    CHECK(document->conference() == before);
    CHECK(c.fromFile() == before);
    document->undoStack()->redo();
    CHECK(document->conference() == after);
    CHECK(c.fromFile() == after);
}

TEST_CASE("Accepting skips cards that meanwhile got a cluster", "[suggest]")
{
    OpenLabelledConference c;
    ConferenceDocument *document = c.document.get();
    const Id phaseId = c.labelled.phaseId;
    const QList<SuggestedCluster> suggested =
        ClusterSuggester(document->conference()).suggest(phaseId);
    REQUIRE(suggested.size() >= 2);
    REQUIRE(suggested.at(0).cardIds.size() >= 4);

    // Before the moderator accepts, a colleague clusters two cards of the first group by hand,
    // and all but one card of the last group.
    const QList<Id> first = suggested.at(0).cardIds;
    const QList<Id> last = suggested.constLast().cardIds;
    const Id manual = commands::createCluster(document, phaseId, QStringLiteral("Von Hand"),
                                              first.mid(0, 2) + last.mid(1), QPointF());
    REQUIRE(manual != NoId);

    QList<Id> created;
    REQUIRE(commands::acceptSuggestions(document, phaseId, {suggested.at(0), suggested.constLast()},
                                        &created));
    const Conference &after = document->conference();
    REQUIRE(created.size() == 1); // the last group would have one card left: not made
    for (Id id : first.mid(0, 2))
        CHECK(after.find<Card>(id)->clusterId == manual);
    for (Id id : first.mid(2))
        CHECK(after.find<Card>(id)->clusterId == created.first());
    CHECK(after.find<Card>(last.first())->clusterId == NoId);
    CHECK(document->undoStack()->count() == 2);
}

TEST_CASE("Accepting nothing changes nothing", "[suggest]")
{
    OpenLabelledConference c;
    ConferenceDocument *document = c.document.get();
    const Conference before = document->conference();
    QList<Id> created{42};
    CHECK(commands::acceptSuggestions(document, c.labelled.phaseId, {}, &created));
    CHECK(created.isEmpty());
    // Cards of another phase are not taken over.
    SuggestedCluster foreign{{1, 2}, QStringLiteral("Fremd")};
    CHECK(commands::acceptSuggestions(document, c.labelled.phaseId + 1, {foreign}, &created));
    CHECK(created.isEmpty());
    CHECK(document->conference() == before);
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("Accepted suggestions on a divided wall stay in their cards' area", "[suggest]")
{
    // A SWOT wall with loose cards in two quadrants: each new cluster stands in the quadrant
    // its cards came from, where they leave room, not below the grid.
    SwotWall swot;
    const Phase &phase = swot.phase;
    const WallAreas &areas = swot.areas;
    REQUIRE(areas.areas().size() == 4);
    QHash<Id, int> areaOf;
    const auto add = [&](int area, int slot, const char *text) {
        const Id id = swot.add(area, QPointF(slot % 2 * CardGeometry::ColumnStep, slot / 2 * 130),
                               text);
        areaOf.insert(id, area);
        return id;
    };
    // Four clusters in the strengths: more than one row of the quadrant holds.
    const QList<Id> strengths{add(0, 0, "Der See"),     add(0, 1, "Am See"),
                              add(0, 2, "Vereine"),     add(0, 3, "Die Vereine"),
                              add(0, 4, "Handwerk"),    add(0, 5, "Das Handwerk"),
                              add(0, 6, "Die Schulen"), add(0, 7, "Gute Schulen")};
    const QList<Id> threats{add(3, 0, "Leerstand"), add(3, 1, "Noch mehr Leerstand")};
    test::OpenDocument open(swot.conference);
    ConferenceDocument *document = open.document.get();
    QList<SuggestedCluster> accepted;
    for (qsizetype i = 0; i < strengths.size(); i += 2) {
        accepted.append({{strengths.at(i), strengths.at(i + 1)},
                         swot.conference.find<Card>(strengths.at(i))->text});
    }
    accepted.append({threats, QStringLiteral("Leerstand")});
    QList<Id> created;
    REQUIRE(commands::acceptSuggestions(document, phase.id, accepted, &created));
    REQUIRE(created.size() == accepted.size());

    const WallGeometry wall(document->conference(), phase.id);
    for (int i = 0; i < accepted.size(); ++i) {
        INFO(i);
        const int area = areaOf.value(accepted.at(i).cardIds.first());
        const QRectF frame = wall.clusterShapes().value(created.at(i)).frame;
        CHECK(areas.areas().at(area).rect.contains(frame));
        for (Id id : accepted.at(i).cardIds)
            CHECK(areas.areas().at(area).rect.contains(wall.cardRect(id)));
    }
    // The new clusters of one quadrant stand clear of each other.
    for (int i = 0; i < 4; ++i) {
        for (int j = i + 1; j < 4; ++j) {
            CHECK_FALSE(wall.clusterShapes().value(created.at(i)).frame.intersects(
                wall.clusterShapes().value(created.at(j)).frame));
        }
    }
}
