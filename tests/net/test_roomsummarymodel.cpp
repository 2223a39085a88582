#include <catch2/catch.hpp>

#include "apifixture.h"

#include "core/sample/sampleconference.h"
#include "net/roomsummarymodel.h"

using namespace weitblick;
using test::ApiFixture;

namespace {

const RoomSummaryModel::Row &rowOf(const RoomSummaryModel &model, Id placeId)
{
    for (const RoomSummaryModel::Row &row : model.rows()) {
        if (row.placeId == placeId)
            return row;
    }
    FAIL("no row for place " << placeId);
    return model.rows().constFirst();
}

} // namespace

TEST_CASE("The room summary counts devices, cards and dots per table", "[net][summary]")
{
    ApiFixture room(test::votingConference(VoterUnit::Table));
    RoomSummaryModel model(&room.api);
    CHECK(model.rowCount() == 8);
    CHECK(model.headerData(RoomSummaryModel::Place, Qt::Horizontal).toString()
          == QStringLiteral("Table"));
    CHECK(model.data(model.index(0, RoomSummaryModel::Place)).toString()
          == QStringLiteral("Tisch 1"));

    const QByteArray a = room.join(2, QStringLiteral("10.0.0.10"));
    const QByteArray b = room.join(2, QStringLiteral("10.0.0.11"));
    room.join(NoId, QStringLiteral("10.0.0.12")); // has not chosen yet
    REQUIRE(room.postCard(a, QStringLiteral("eins")).status == 201);
    REQUIRE(room.postCard(b, QStringLiteral("zwei")).status == 201);
    room.changeSettings([](RoomSettings &s) { s.voteSessionId = 1; });
    Id cluster = NoId;
    for (const Cluster &c : room.document.conference().all<Cluster>()) {
        if (c.phaseId == 3 && cluster == NoId)
            cluster = c.id;
    }
    REQUIRE(room.postDot(a, QStringLiteral("cluster:%1").arg(cluster), 1).status == 200);
    model.refresh();

    const RoomSummaryModel::Row &table2 = rowOf(model, 2);
    CHECK(table2.devices == 2);
    CHECK(table2.connected == 2);
    CHECK(table2.cards == 2);
    CHECK(table2.dots == 1);
    CHECK(table2.budget == 5); // the table votes as one
    CHECK(rowOf(model, 1).devices == 0);
    CHECK(rowOf(model, NoId).devices == 1);
    CHECK(model.rowCount() == 9);

    // Silent devices are no longer connected.
    room.now += ParticipationApi::ConnectedWithinMs;
    model.refresh();
    CHECK(rowOf(model, 2).connected == 0);
    CHECK(rowOf(model, 2).devices == 2);
}

TEST_CASE("Joined by group, the summary has a row per stakeholder group", "[net][summary]")
{
    ApiFixture room(test::votingConference(VoterUnit::Participant));
    room.changeSettings([](RoomSettings &s) {
        s.joinMode = JoinMode::Group;
        s.voteSessionId = 1;
    });
    RoomSummaryModel model(&room.api);
    const Conference &conference = room.document.conference();
    CHECK(model.rowCount() == conference.all<StakeholderGroup>().size());
    CHECK(model.headerData(RoomSummaryModel::Place, Qt::Horizontal).toString()
          == QStringLiteral("Group"));
    // Every participant's budget counts in the group's row.
    int participants = 0;
    for (const Participant &p : conference.all<Participant>())
        participants += p.groupId == 1;
    CHECK(rowOf(model, 1).budget == participants * 5);
}
