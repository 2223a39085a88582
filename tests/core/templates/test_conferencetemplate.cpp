#include <catch2/catch.hpp>

#include "core/document/conferencedocument.h"
#include "core/model/references.h"
#include "core/sample/sampleconference.h"
#include "core/storage/conferencestore.h"
#include "core/templates/conferencetemplate.h"
#include "testfiles.h"

#include <sqlite3.h>

using namespace weitblick;

namespace {

// The sample, with a wall by topic, a running timer, a closed vote and a phone that sent a
// card, as a moderator would have it in the middle of a conference.
Conference busyConference()
{
    Conference conference = makeSampleConference();
    Phase phase = *conference.find<Phase>(3);
    phase.wallLayout = WallLayout::ByTopic;
    phase.wallTopics = {QStringLiteral("Verkehr"), QStringLiteral("Wohnen")};
    phase.state = PhaseState::Running;
    phase.timerStartedAtMs = 1767225600000;
    phase.timerElapsedMs = 60000;
    phase.timerExtraMinutes = 5;
    conference.all<Phase>().put(phase);
    VoteSession session = *conference.all<VoteSession>().begin();
    session.open = false;
    conference.all<VoteSession>().put(session);
    Device phone;
    phone.id = 1;
    phone.tokenHash = QString(Device::TokenHashLength, QLatin1Char('a'));
    phone.tableId = conference.all<Table>().begin()->id;
    conference.all<Device>().put(phone);
    Card sent = *conference.all<Card>().begin();
    sent.deviceId = phone.id;
    sent.clientId = QUuid(QStringLiteral("6f1d3c1e-9b7a-4c52-8f0e-2a8d5b7c9e01"));
    conference.all<Card>().put(sent);
    return conference;
}

// Counts the rows of a table straight from the file, past the model.
qint64 rowsIn(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = "SELECT count(*) FROM " + QByteArray(table);
    REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const qint64 rows = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

QString textIn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const QString text = QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return text;
}

} // namespace

TEST_CASE("A saved template holds no personal data", "[templates]")
{
    const Conference conference = busyConference();
    // The sample has something in every table that names or concerns people.
    REQUIRE_FALSE(conference.all<Participant>().isEmpty());
    REQUIRE_FALSE(conference.all<Card>().isEmpty());
    REQUIRE_FALSE(conference.all<Dot>().isEmpty());
    REQUIRE_FALSE(conference.all<Measure>().isEmpty());
    REQUIRE_FALSE(conference.all<Device>().isEmpty());
    REQUIRE_FALSE(conference.info().moderators.isEmpty());

    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("Vorlage.weitblick"));
    QString error;
    REQUIRE(ConferenceTemplate::write(path, conference, QStringLiteral("Innenstadt"),
                                      QStringLiteral("Fünf Phasen, sechs Gruppen"), &error));

    for (const char *table : {"participant", "card", "cluster", "dot", "measure", "criterion",
                              "sub_project", "review_meeting", "measure_review",
                              "indicator_value", "device"}) {
        CAPTURE(table);
        CHECK(rowsIn(path, table) == 0);
    }
    CHECK(textIn(path, "SELECT area || place || moderators || coalesce(start_date, '')"
                       " || coalesce(end_date, '') FROM conference")
              .isEmpty());
    CHECK(textIn(path, "SELECT is_template FROM conference") == QStringLiteral("1"));
    // The structure is all there.
    CHECK(rowsIn(path, "phase") == conference.all<Phase>().size());
    CHECK(rowsIn(path, "stakeholder_group") == conference.all<StakeholderGroup>().size());
    CHECK(rowsIn(path, "hall_table") == conference.all<Table>().size());
    CHECK(rowsIn(path, "vote_session") == conference.all<VoteSession>().size());
}

TEST_CASE("A template round-trips through save and new", "[templates]")
{
    const Conference original = busyConference();
    test::TempDir dir;
    const QString templatePath = dir.path(QStringLiteral("Vorlage.weitblick"));
    QString error;
    REQUIRE(ConferenceTemplate::write(templatePath, original, QStringLiteral("Innenstadt"),
                                      QStringLiteral("Für Stadtzentren"), &error));

    const std::optional<Conference> read = ConferenceTemplate::read(templatePath, &error);
    INFO(error.toStdString());
    REQUIRE(read);
    CHECK(read->info().isTemplate);
    CHECK(read->info().title == QStringLiteral("Innenstadt"));
    CHECK(read->info().notes == QString::fromUtf8("Für Stadtzentren"));

    const QString newPath = dir.path(QStringLiteral("Neu.weitblick"));
    auto created = ConferenceDocument::create(newPath, ConferenceTemplate::newConferenceFrom(*read),
                                              &error);
    REQUIRE(created);
    const Conference &fresh = created->conference();
    CHECK_FALSE(fresh.info().isTemplate);
    CHECK(fresh.info().title == QStringLiteral("Innenstadt"));
    CHECK(fresh.info().notes.isEmpty());
    CHECK(fresh.info().areaKind == original.info().areaKind);
    CHECK(findProblems(fresh).isEmpty());

    // Phases, questions, time boxes, layouts and topics; groups; tables; vote settings.
    REQUIRE(fresh.all<Phase>().size() == original.all<Phase>().size());
    for (const Phase &before : original.all<Phase>()) {
        const Phase *after = fresh.find<Phase>(before.id);
        REQUIRE(after);
        CHECK(after->title == before.title);
        CHECK(after->kind == before.kind);
        CHECK(after->guidingQuestion == before.guidingQuestion);
        CHECK(after->timeBoxMinutes == before.timeBoxMinutes);
        CHECK(after->order == before.order);
        CHECK(after->wallLayout == before.wallLayout);
        CHECK(after->wallTopics == before.wallTopics);
        // A new conference starts at the beginning.
        CHECK(after->state == PhaseState::Planned);
        CHECK(after->timerStartedAtMs == 0);
        CHECK(after->timerElapsedMs == 0);
        CHECK(after->timerExtraMinutes == 0);
    }
    CHECK(fresh.all<StakeholderGroup>() == original.all<StakeholderGroup>());
    CHECK(fresh.all<Table>() == original.all<Table>());
    REQUIRE(fresh.all<VoteSession>().size() == original.all<VoteSession>().size());
    for (VoteSession before : original.all<VoteSession>()) {
        before.open = true;
        CHECK(*fresh.find<VoteSession>(before.id) == before);
    }
    CHECK(fresh.all<Participant>().isEmpty());
    CHECK(fresh.all<Card>().isEmpty());
    CHECK(fresh.all<Dot>().isEmpty());
    CHECK(fresh.all<Measure>().isEmpty());
}

TEST_CASE("A template replaces an older one of the same name as a whole", "[templates]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("Vorlage.weitblick"));
    QString error;
    REQUIRE(ConferenceTemplate::write(path, makeSampleConference(), QStringLiteral("Alt"), {},
                                      &error));
    Conference smaller = makeSampleConference();
    smaller.all<Table>().remove(8);
    REQUIRE(ConferenceTemplate::write(path, smaller, QStringLiteral("Neu"), {}, &error));
    const std::optional<Conference> read = ConferenceTemplate::read(path, &error);
    REQUIRE(read);
    CHECK(read->info().title == QStringLiteral("Neu"));
    CHECK(read->all<Table>().size() == smaller.all<Table>().size());
    CHECK(read->all<Table>().size() == 7);
}

TEST_CASE("Any conference file gives its structure, and a bad file a reason", "[templates]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("Lindenau.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, busyConference(), &error));
    const std::optional<Conference> structure = ConferenceTemplate::read(path, &error);
    REQUIRE(structure);
    CHECK_FALSE(structure->info().isTemplate);
    // A conference's notes may be about people: they stay behind.
    CHECK(structure->info().notes.isEmpty());
    CHECK(structure->all<Card>().isEmpty());
    CHECK(structure->all<Phase>().size() == busyConference().all<Phase>().size());

    const QString bad = dir.path(QStringLiteral("kaputt.weitblick"));
    test::writeAll(bad, "SQLite format 3 – not really");
    error.clear();
    CHECK_FALSE(ConferenceTemplate::read(bad, &error));
    CHECK(error.contains(QStringLiteral("kaputt.weitblick")));
    error.clear();
    CHECK_FALSE(ConferenceTemplate::read(dir.path(QStringLiteral("fehlt.weitblick")), &error));
    CHECK_FALSE(error.isEmpty());
}
