#include <catch2/catch.hpp>

#include "core/wall/wallcommands.h"
#include "core/wall/wallgeometry.h"
#include "realwalls.h"

#include <map>

using namespace weitblick;

namespace {

// Top to bottom, then left to right: the order of the cards of a cluster on the wall.
QList<Id> topDown(const WallGeometry &wall, QList<Id> ids)
{
    std::sort(ids.begin(), ids.end(), [&](Id a, Id b) {
        const QRectF ra = wall.cardRect(a);
        const QRectF rb = wall.cardRect(b);
        return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
    });
    return ids;
}

} // namespace

TEST_CASE("Arrange on a real wall keeps the reading order and covers nothing", "[wall]")
{
    for (test::RealWall wall : test::realWalls()) {
        INFO(wall.name.toStdString());
        const WallGeometry before(wall.conference, wall.phaseId);
        wall.conference.apply(commands::arrangement(wall.conference, wall.phaseId));
        const WallGeometry after(wall.conference, wall.phaseId);

        // What is drawn, not only what is stored: no card on another, no frame over a card
        // not its own, no frame on another.
        CHECK(test::overlaps(test::drawnOn(after)).join(u'\n').toStdString() == "");

        QHash<Id, QList<Id>> members;
        QList<Id> loose;
        for (const Card &card : after.cards()) {
            if (after.isOnTimeline(card.id))
                continue;
            if (card.clusterId != NoId)
                members[card.clusterId] << card.id;
            else
                loose << card.id;
        }
        // Each cluster's column reads as the cluster did before.
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            const QList<Id> column = topDown(after, *it);
            CHECK(column == topDown(before, *it));
            for (Id id : column)
                CHECK(after.cardRect(id).left() == after.cardRect(column.first()).left());
        }
        // Loose cards: each column in the order they were written ("Karte 0, 1, 2, 3…").
        std::map<std::pair<double, double>, QList<Id>> columns; // by left edge and row
        QRectF frames;
        for (const auto &shape : after.clusterShapes())
            frames |= shape.frame;
        for (Id id : std::as_const(loose)) {
            const QRectF rect = after.cardRect(id);
            columns[{rect.left(), rect.top() >= frames.bottom() ? 1.0 : 0.0}] << id;
        }
        for (const auto &[where, ids] : columns) {
            const QList<Id> column = topDown(after, ids);
            QList<Id> written = ids;
            std::sort(written.begin(), written.end());
            CHECK(column == written);
        }
        // They stand beside the clusters or below them, never some beside and some in a stray
        // column under the first cluster.
        if (!frames.isNull() && !loose.isEmpty()) {
            int below = 0;
            for (Id id : std::as_const(loose))
                below += after.cardRect(id).top() >= frames.bottom() ? 1 : 0;
            CHECK((below == 0 || below == loose.size()));
        }
        // Arranging again changes nothing.
        CHECK(commands::arrangement(wall.conference, wall.phaseId).isEmpty());
    }
}
