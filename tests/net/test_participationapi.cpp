#include <catch2/catch.hpp>

#include "apifixture.h"

#include "core/commands/commands.h"
#include "core/model/references.h"
#include "core/sample/sampleconference.h"
#include "core/voting/voteitems.h"
#include "core/wall/newcardplacer.h"
#include "core/wall/wallgeometry.h"

#include <QJsonArray>
#include <QUuid>

using namespace weitblick;
using test::ApiFixture;
using test::jsonOf;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString errorOf(const HttpReply &reply)
{
    return jsonOf(reply).value(QStringLiteral("error")).toString();
}

// The first card of the phase on the wall, as "card:ID".
QString firstCardRef(const Conference &conference, Id phaseId)
{
    for (const Card &card : conference.all<Card>()) {
        if (card.phaseId == phaseId && card.form != CardForm::Heading)
            return QStringLiteral("card:%1").arg(card.id);
    }
    return {};
}

} // namespace

TEST_CASE("A device joins with the code and gets a secret session cookie", "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const HttpReply reply = room.post(
        "/api/join", {{QStringLiteral("code"), QStringLiteral("k7qm2x")}, // typed in lower case
                      {QStringLiteral("table"), 3}, {QStringLiteral("group"), QJsonValue()},
                      {QStringLiteral("participant"), QJsonValue()}},
        {});
    REQUIRE(reply.status == 200);
    const QByteArray cookie = reply.header("set-cookie");
    CHECK(cookie.startsWith("weitblick_device="));
    CHECK(cookie.contains("; HttpOnly"));
    CHECK(cookie.contains("; SameSite=Strict"));
    const QByteArray token = cookie.mid(17, cookie.indexOf(';') - 17);
    CHECK(token.size() == 32); // 128 random bits in hex
    CHECK(token.toLower() == token);

    // The file keeps the device with the hash of its token, never the token itself.
    const Conference inFile = room.document.fromFile();
    REQUIRE(inFile.all<Device>().size() == 1);
    const Device &device = *inFile.all<Device>().begin();
    CHECK(device.tableId == 3);
    CHECK(device.tokenHash.size() == Device::TokenHashLength);
    CHECK_FALSE(device.tokenHash.contains(QString::fromLatin1(token)));
    CHECK(room.document.undoCount() == 0); // joining is not the moderator's edit

    const QJsonObject state = jsonOf(reply);
    CHECK(state.value(QStringLiteral("me")).toObject().value(QStringLiteral("seated")).toBool());
    CHECK(state.value(QStringLiteral("tables")).toArray().size() == 8);
    CHECK(state.value(QStringLiteral("participants")).toArray().isEmpty());
}

TEST_CASE("A wrong code is refused, and ten wrong codes a minute lock the address out",
          "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QJsonObject wrong{{QStringLiteral("code"), QStringLiteral("AAAAAA")}};
    const QJsonObject right{{QStringLiteral("code"), QLatin1String(ApiFixture::Code)}};
    for (int i = 0; i < 10; ++i) {
        const HttpReply reply = room.post("/api/join", wrong, {});
        CHECK(reply.status == 403);
        CHECK(errorOf(reply) == QStringLiteral("wrong-code"));
        room.now += 1000;
    }
    const HttpReply locked = room.post("/api/join", right, {});
    CHECK(locked.status == 429);
    CHECK(locked.header("retry-after").toInt() > 0);
    // Another address is not locked out.
    CHECK(room.post("/api/join", right, {}, QStringLiteral("10.0.0.3")).status == 200);
    room.now += 60'000;
    CHECK(room.post("/api/join", right, {}).status == 200);
    CHECK(room.document.conference().all<Device>().size() == 2);
}

TEST_CASE("Without a valid session every API call but join answers 401", "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray unknownToken = "weitblick_device=" + QByteArray(32, 'a');
    for (const QByteArray &cookie : {QByteArray(), unknownToken, QByteArray("weitblick_device=x"),
                                     QByteArray("other=1; weitblick_device=")}) {
        CAPTURE(cookie);
        CHECK(room.request("GET", "/api/state", {}, cookie).status == 401);
        CHECK(room.postCard(cookie, QStringLiteral("Karte")).status == 401);
        CHECK(room.postDot(cookie, QStringLiteral("card:62"), 1).status == 401);
    }
    CHECK(room.document.conference().all<Card>().size()
          == makeSampleConference().all<Card>().size());
}

TEST_CASE("A blocked device is refused until it is let in again", "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(2);
    const Id device = room.document.conference().all<Device>().begin()->id;
    REQUIRE(commands::setDeviceBlocked(room.document.get(), device, true));
    CHECK(room.document.get()->undoStack()->text(0) == QStringLiteral("Block device"));
    for (const HttpReply &reply : {room.request("GET", "/api/state", {}, cookie),
                                   room.postCard(cookie, QStringLiteral("Karte")),
                                   room.post("/api/join",
                                             {{QStringLiteral("code"),
                                               QLatin1String(ApiFixture::Code)}},
                                             cookie)}) {
        CHECK(reply.status == 403);
        CHECK(errorOf(reply) == QStringLiteral("blocked"));
    }
    room.document.get()->undoStack()->undo();
    CHECK(room.request("GET", "/api/state", {}, cookie).status == 200);
}

TEST_CASE("A card from a device is stored once, durable, tagged and one undo step",
          "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(3);
    const int before = room.document.conference().all<Card>().size();
    const QString id = newId();
    const QString text = QString::fromUtf8("Grünflächen am Fluss für alle");
    const HttpReply created = room.postCard(cookie, text, id);
    REQUIRE(created.status == 201);
    CHECK(jsonOf(created).value(QStringLiteral("id")).toString() == id);

    // In the file before the reply went out: read back independently of the model.
    const Conference inFile = room.document.fromFile();
    REQUIRE(inFile.all<Card>().size() == before + 1);
    const Card card = *inFile.find<Card>(inFile.all<Card>().nextId() - 1);
    CHECK(card.text == text);
    CHECK(card.phaseId == 3);
    CHECK(card.tableId == 3);
    CHECK(card.clientId == QUuid(id));
    CHECK(card.deviceId == inFile.all<Device>().begin()->id);
    CHECK_FALSE(card.hidden);
    CHECK(findProblems(inFile).isEmpty());
    QUndoStack *stack = room.document.get()->undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->text(0) == QStringLiteral("Card from table 3"));

    // Sent again over a bad network: 200, and still one card.
    const HttpReply again = room.postCard(cookie, text, id);
    CHECK(again.status == 200);
    CHECK(room.document.conference().all<Card>().size() == before + 1);
    CHECK(stack->count() == 1);

    // The same id from another device is not its card.
    const QByteArray other = room.join(4, QStringLiteral("10.0.0.9"));
    CHECK(room.postCard(other, text, id).status == 409);

    // The device sees its card; hidden by the moderator, it sees that.
    const auto cardState = [&] {
        const QJsonArray cards = room.state(cookie).value(QStringLiteral("cards")).toArray();
        REQUIRE(cards.size() == 1);
        CHECK(cards.at(0).toObject().value(QStringLiteral("id")).toString() == id);
        return cards.at(0).toObject().value(QStringLiteral("state")).toString();
    };
    CHECK(cardState() == QStringLiteral("arrived"));
    REQUIRE(commands::setCardsHidden(room.document.get(), {card.id}, true));
    CHECK(cardState() == QStringLiteral("hidden"));
}

TEST_CASE("A card written offline goes to the phase it was written for, when that phase was "
          "open and still exists",
          "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(3);
    // Written while the future (3) was open; the moderator has moved on to the utopias (4).
    room.changeSettings([](RoomSettings &s) { s.openPhaseId = 4; });
    const auto send = [&](const QJsonValue &phase) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpReply reply = room.post("/api/cards",
                                          {{QStringLiteral("id"), id},
                                           {QStringLiteral("text"), QStringLiteral("offline")},
                                           {QStringLiteral("phase"), phase}},
                                          cookie);
        Id stored = NoId;
        for (const Card &card : room.document.conference().all<Card>()) {
            if (card.clientId == QUuid(id))
                stored = card.phaseId;
        }
        return std::pair{reply, stored};
    };
    const auto [written, phaseOfWritten] = send(3);
    CHECK(written.status == 201);
    CHECK(phaseOfWritten == 3);
    // Without a phase, or with null: the open phase, as before.
    CHECK(send(QJsonValue::Null).second == 4);
    CHECK(send(4).second == 4);
    // A phase never opened to devices is no device's to fill, and a phase deleted meanwhile
    // cannot take it: the open phase does.
    CHECK(send(1).second == 4);
    CHECK(send(999).second == 4);
    // Not an id.
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("3")), QJsonValue(0), QJsonValue(-3),
                                  QJsonValue(2.5), QJsonValue(true)}) {
        const auto [reply, stored] = send(bad);
        CHECK(reply.status == 400);
        CHECK(errorOf(reply) == QStringLiteral("bad-phase"));
        CHECK(stored == NoId);
    }
    // While no phase takes cards, none does.
    room.changeSettings([](RoomSettings &s) { s.openPhaseId = NoId; });
    CHECK(errorOf(send(3).first) == QStringLiteral("no-open-phase"));
}

TEST_CASE("A card is refused with 409 while no phase takes cards", "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(3);
    room.changeSettings([](RoomSettings &s) { s.openPhaseId = NoId; });
    CHECK(errorOf(room.postCard(cookie, QStringLiteral("a"))) == QStringLiteral("no-open-phase"));
    CHECK(room.postCard(cookie, QStringLiteral("a")).status == 409);
    room.changeSettings([](RoomSettings &s) {
        s.openPhaseId = 3;
        s.intakePaused = true;
    });
    CHECK(errorOf(room.postCard(cookie, QStringLiteral("a"))) == QStringLiteral("paused"));
    room.changeSettings([](RoomSettings &s) { s.intakePaused = false; });
    // A device that has not chosen its table yet.
    const QByteArray unseated = room.join(NoId, QStringLiteral("10.0.0.7"));
    const HttpReply reply = room.postCard(unseated, QStringLiteral("a"));
    CHECK(reply.status == 409);
    CHECK(errorOf(reply) == QStringLiteral("not-seated"));
    CHECK(room.postCard(cookie, QStringLiteral("a")).status == 201);
}

TEST_CASE("A card with a bad text or body is refused with 400 and changes nothing",
          "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(3);
    const Conference before = room.document.conference();
    const QString tooLong(Card::MaxTextLength + 1, QLatin1Char('x'));
    const QString surrogate = QString(QChar(0xd800)) + QStringLiteral("x");
    const struct
    {
        QString text;
        const char *error;
    } texts[] = {{QString(), "empty-text"},
                 {QStringLiteral(" \n\t "), "empty-text"},
                 {tooLong, "text-too-long"},
                 {QStringLiteral("bell\a"), "bad-text"},
                 {QStringLiteral("nul") + QChar(0), "bad-text"},
                 {surrogate, "bad-text"}};
    for (const auto &t : texts) {
        CAPTURE(t.error);
        const HttpReply reply = room.postCard(cookie, t.text);
        CHECK(reply.status == 400);
        CHECK(errorOf(reply) == QLatin1String(t.error));
    }
    const QByteArray bodies[] = {
        "", "null", "[]", "{", "\"text\"", "{\"id\": 5, \"text\": \"a\"}",
        "{\"id\": \"not-a-uuid\", \"text\": \"a\"}",
        "{\"id\": \"{6f1d3c1e-9b7a-4c52-8f0e-2a8d5b7c9e01}\", \"text\": \"a\"}",
        "{\"text\": \"a\"}",
        "{\"id\": \"6f1d3c1e-9b7a-4c52-8f0e-2a8d5b7c9e01\"}",
        "{\"id\": \"6f1d3c1e-9b7a-4c52-8f0e-2a8d5b7c9e01\", \"text\": 7}",
        "{\"id\": \"6f1d3c1e-9b7a-4c52-8f0e-2a8d5b7c9e01\", \"text\": \"a\", \"x\": 1}",
    };
    for (const QByteArray &body : bodies) {
        CAPTURE(body);
        CHECK(room.request("POST", "/api/cards", body, cookie).status == 400);
    }
    CHECK(room.document.conference() == before);
    CHECK(room.document.fromFile() == before);
    // Exactly the card limit is a card; line ends become \n, blanks around it go.
    CHECK(room.postCard(cookie, QString(Card::MaxTextLength, QLatin1Char('y'))).status == 201);
    CHECK(room.postCard(cookie, QStringLiteral("  zwei\r\nZeilen  ")).status == 201);
    const Conference &after = room.document.conference();
    CHECK(after.find<Card>(after.all<Card>().nextId() - 1)->text == QStringLiteral("zwei\nZeilen"));
}

TEST_CASE("A device sends one card a second with a burst of five, and 200 per phase",
          "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(1);
    for (int i = 0; i < 5; ++i)
        CHECK(room.postCard(cookie, QStringLiteral("Karte %1").arg(i)).status == 201);
    const HttpReply tooFast = room.postCard(cookie, QStringLiteral("sechs"));
    CHECK(tooFast.status == 429);
    CHECK(errorOf(tooFast) == QStringLiteral("too-fast"));
    CHECK(tooFast.header("retry-after") == "1");
    room.now += 1000;
    CHECK(room.postCard(cookie, QStringLiteral("sechs")).status == 201);
    CHECK(room.postCard(cookie, QStringLiteral("sieben")).status == 429);

    for (int i = 6; i < ParticipationApi::CardsPerPhase; ++i) {
        room.now += 1000;
        REQUIRE(room.postCard(cookie, QStringLiteral("Karte %1").arg(i)).status == 201);
    }
    room.now += 10'000;
    const HttpReply limit = room.postCard(cookie, QStringLiteral("201"));
    CHECK(limit.status == 429);
    CHECK(errorOf(limit) == QStringLiteral("card-limit"));
    // Another phase, another 200.
    room.changeSettings([](RoomSettings &s) { s.openPhaseId = 2; });
    CHECK(room.postCard(cookie, QStringLiteral("Gegenwart")).status == 201);
}

TEST_CASE("Dots from a device follow the vote's rules, as the voter it joined as",
          "[net][api][voting]")
{
    SECTION("per table: budget and cap of the table")
    {
        ApiFixture room(test::votingConference(VoterUnit::Table));
        room.changeSettings([](RoomSettings &s) { s.voteSessionId = 1; });
        const QByteArray cookie = room.join(2);
        const QString ref = firstCardRef(room.document.conference(), 3);
        REQUIRE(room.postDot(cookie, ref, 1).status == 200);
        const HttpReply second = room.postDot(cookie, ref, 1);
        REQUIRE(second.status == 200);
        CHECK(jsonOf(second).value(QStringLiteral("mine")).toObject().value(ref).toInt() == 2);
        CHECK(jsonOf(second).value(QStringLiteral("left")).toInt() == 3);
        const HttpReply cap = room.postDot(cookie, ref, 1);
        CHECK(cap.status == 409);
        CHECK(errorOf(cap) == QStringLiteral("cap"));
        // The dot belongs to the table, as one stuck on the laptop for it.
        const Dot &dot = *room.document.conference().all<Dot>().begin();
        CHECK(dot.voterId == 2);
        CHECK(dot.deviceId == NoId);
        // A second device at the same table shares the table's budget.
        const QByteArray neighbour = room.join(2, QStringLiteral("10.0.0.5"));
        const QJsonObject vote = room.state(neighbour).value(QStringLiteral("vote")).toObject();
        CHECK(vote.value(QStringLiteral("left")).toInt() == 3);
        // − takes a dot back.
        CHECK(room.postDot(cookie, ref, -1).status == 200);
        CHECK(room.state(cookie).value(QStringLiteral("vote")).toObject()
                  .value(QStringLiteral("left")).toInt() == 4);
        const HttpReply noMinus = room.postDot(cookie, ref, -1);
        CHECK(noMinus.status == 200); // the last plus dot on it
        const HttpReply none = room.postDot(cookie, ref, -1);
        CHECK(none.status == 409);
        CHECK(errorOf(none) == QStringLiteral("no-minus-dots"));
    }
    SECTION("budget")
    {
        ApiFixture room(test::votingConference(VoterUnit::Table));
        room.changeSettings([](RoomSettings &s) { s.voteSessionId = 1; });
        const QByteArray cookie = room.join(1);
        QStringList refs;
        for (const Card &card : room.document.conference().all<Card>()) {
            if (card.phaseId == 3 && card.form != CardForm::Heading && refs.size() < 6)
                refs << QStringLiteral("card:%1").arg(card.id);
        }
        for (int i = 0; i < 5; ++i) {
            room.now += 1000;
            REQUIRE(room.postDot(cookie, refs.at(i), 1).status == 200);
        }
        const HttpReply budget = room.postDot(cookie, refs.at(5), 1);
        CHECK(budget.status == 409);
        CHECK(errorOf(budget) == QStringLiteral("budget"));
    }
    SECTION("minus dots where the vote has them")
    {
        ApiFixture room(test::votingConference(VoterUnit::Table, true));
        room.changeSettings([](RoomSettings &s) { s.voteSessionId = 1; });
        const QByteArray cookie = room.join(1);
        const QString ref = firstCardRef(room.document.conference(), 3);
        const HttpReply minus = room.postDot(cookie, ref, -1);
        REQUIRE(minus.status == 200);
        CHECK(jsonOf(minus).value(QStringLiteral("mine")).toObject().value(ref).toInt() == -1);
        CHECK(jsonOf(minus).value(QStringLiteral("minusLeft")).toInt() == 4);
        CHECK(room.document.conference().all<Dot>().begin()->kind == DotKind::Minus);
        // + takes the minus dot back first.
        const HttpReply plus = room.postDot(cookie, ref, 1);
        CHECK(jsonOf(plus).value(QStringLiteral("mine")).toObject().value(ref).toInt() == 0);
        CHECK(room.document.conference().all<Dot>().isEmpty());
    }
    SECTION("a closed vote, no vote for devices, a device that is not a voter, not an item")
    {
        ApiFixture room(test::votingConference(VoterUnit::Participant));
        const QByteArray cookie = room.join(1);
        const QString ref = firstCardRef(room.document.conference(), 3);
        CHECK(errorOf(room.postDot(cookie, ref, 1)) == QStringLiteral("vote-closed"));
        room.changeSettings([](RoomSettings &s) { s.voteSessionId = 1; });
        // Joined by table; the vote counts per participant.
        const HttpReply notAVoter = room.postDot(cookie, ref, 1);
        CHECK(notAVoter.status == 409);
        CHECK(errorOf(notAVoter) == QStringLiteral("not-a-voter"));
        CHECK_FALSE(room.state(cookie).value(QStringLiteral("vote")).toObject()
                        .value(QStringLiteral("canVote")).toBool());
        room.changeSettings([](RoomSettings &s) { s.joinMode = JoinMode::Participant; });
        const HttpReply byName = room.post(
            "/api/join", {{QStringLiteral("code"), QLatin1String(ApiFixture::Code)},
                          {QStringLiteral("participant"), 7}}, cookie);
        REQUIRE(byName.status == 200);
        CHECK(room.postDot(cookie, ref, 1).status == 200);
        CHECK(room.document.conference().all<Dot>().begin()->voterId == 7);
        CHECK(errorOf(room.postDot(cookie, QStringLiteral("card:1"), 1))
              == QStringLiteral("not-an-item")); // a card of another phase
        CHECK(room.postDot(cookie, QStringLiteral("card:x"), 1).status == 400);
        CHECK(room.postDot(cookie, ref, 2).status == 400);
        VoteSession closed = *room.document.conference().find<VoteSession>(1);
        closed.open = false;
        REQUIRE(commands::edit(room.document.get(), closed, QStringLiteral("close")));
        CHECK(errorOf(room.postDot(cookie, ref, 1)) == QStringLiteral("vote-closed"));
        CHECK(room.state(cookie).value(QStringLiteral("vote")).isNull());
    }
}

TEST_CASE("In an anonymous room vote every device has a budget of its own", "[net][api][voting]")
{
    ApiFixture room(test::votingConference(VoterUnit::Room));
    room.changeSettings([](RoomSettings &s) { s.voteSessionId = 1; });
    QStringList refs;
    for (const Card &card : room.document.conference().all<Card>()) {
        if (card.phaseId == 3 && card.form != CardForm::Heading && refs.size() < 3)
            refs << QStringLiteral("card:%1").arg(card.id);
    }
    const QByteArray first = room.join(1);
    const QByteArray second = room.join(1, QStringLiteral("10.0.0.8"));
    for (const QByteArray &cookie : {first, second}) {
        for (int i = 0; i < 5; ++i) {
            room.now += 1000;
            REQUIRE(room.postDot(cookie, refs.at(i / 2), 1).status == 200);
        }
        CHECK(errorOf(room.postDot(cookie, refs.at(2), 1)) == QStringLiteral("budget"));
    }
    // The laptop's own room dots (the paper tally) have no budget and are not the devices'.
    REQUIRE(commands::addDots(room.document.get(), {1, refs.at(2).mid(5).toLongLong(), NoId,
                                                    NoId, DotKind::Plus},
                              40));
    CHECK(room.state(first).value(QStringLiteral("vote")).toObject()
              .value(QStringLiteral("left")).toInt() == 0);

    // The budgets are in the file: a new server on the reopened file knows them.
    QString error;
    const QString path = room.document.get()->filePath();
    room.document.document.reset();
    OpenOutcome outcome;
    auto reopened = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    REQUIRE(reopened);
    ParticipationApi again(reopened.get());
    RoomSettings settings = room.api.settings();
    again.setSettings(settings);
    HttpRequestData request;
    request.method = "POST";
    request.target = "/api/dots";
    request.peer = QStringLiteral("10.0.0.2");
    request.headers = {{"Content-Type", "application/json"}, {"Cookie", first}};
    request.body = "{\"ref\": \"" + refs.at(2).toLatin1() + "\", \"delta\": 1}";
    const HttpReply budget = again.handle(request);
    CHECK(budget.status == 409);
    CHECK(errorOf(budget) == QStringLiteral("budget"));
}

TEST_CASE("Every reply carries the security headers", "[net][api][security]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(3);
    const HttpReply replies[] = {
        room.request("GET", "/"),
        room.request("GET", "/app.js"),
        room.request("GET", "/nothing"),
        room.request("GET", "/api/state", {}, cookie),
        room.request("GET", "/api/state"),
        room.request("DELETE", "/api/cards", {}, cookie),
        room.postCard(cookie, QStringLiteral("Karte")),
        room.request("POST", "/api/cards", QByteArray(20000, ' '), cookie),
    };
    for (const HttpReply &reply : replies) {
        CAPTURE(reply.status);
        CHECK(reply.header("content-security-policy").startsWith("default-src 'self'"));
        CHECK(reply.header("x-content-type-options") == "nosniff");
        CHECK(reply.header("referrer-policy") == "no-referrer");
        CHECK_FALSE(reply.header("cache-control").isEmpty());
    }
    CHECK(room.request("GET", "/api/state", {}, cookie).header("cache-control") == "no-store");
    // Errors are JSON with an "error".
    CHECK(errorOf(room.request("GET", "/nothing")) == QStringLiteral("not-found"));
}

TEST_CASE("Requests beyond the limits are refused before anything happens", "[net][api][security]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(3);
    const QByteArray card = "{\"id\": \"" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                            + "\", \"text\": \"x\"}";
    CHECK(room.request("POST", "/api/cards", QByteArray(ParticipationApi::MaxBodyBytes + 1, ' '),
                       cookie).status == 413);
    CHECK(room.request("GET", "/api/state?" + QByteArray(3000, 'a'), {}, cookie).status == 414);
    HttpHeaders many;
    for (int i = 0; i < 70; ++i)
        many.append({"X-Filler-" + QByteArray::number(i), "1"});
    CHECK(room.request("GET", "/api/state", {}, cookie, QStringLiteral("10.0.0.2"), many).status
          == 431);
    CHECK(room.request("GET", "/api/state", {}, cookie, QStringLiteral("10.0.0.2"),
                       {{"X-Big", QByteArray(9000, 'b')}}).status == 431);
    CHECK(room.request("PUT", "/api/cards", card, cookie).status == 405);
    CHECK(room.request("GET", "/api/cards", {}, cookie).header("allow") == "POST");
    CHECK(room.request("POST", "/api/state", {}, cookie).status == 405);
    CHECK(room.request("GET", "/api/other", {}, cookie).status == 404);
    CHECK(room.request("GET", "/../../etc/passwd").status == 404);
    CHECK(room.request("GET", "/index.html/..").status == 404);

    HttpRequestData text;
    text.method = "POST";
    text.target = "/api/cards";
    text.peer = QStringLiteral("10.0.0.2");
    text.body = card;
    text.headers = {{"Cookie", cookie}, {"Content-Type", "text/plain"}};
    CHECK(room.api.handle(text).status == 415);
    // Posted by a page of another origin: refused even with the session.
    text.headers = {{"Cookie", cookie}, {"Content-Type", "application/json"},
                    {"Host", "192.168.1.20:8088"}, {"Origin", "http://evil.example"}};
    CHECK(room.api.handle(text).status == 403);
    // A name the server does not answer to (DNS rebinding).
    room.api.setAllowedHosts({"192.168.1.20:8088"});
    text.headers = {{"Cookie", cookie}, {"Content-Type", "application/json"},
                    {"Host", "evil.example:8088"}};
    CHECK(room.api.handle(text).status == 421);
    CHECK(room.document.get()->undoStack()->count() == 0);
}

TEST_CASE("One address gets thirty requests at once, then ten a second", "[net][api][security]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(3);
    int answered = 1;
    while (room.request("GET", "/api/state", {}, cookie).status == 200)
        ++answered;
    CHECK(answered == ParticipationApi::RequestBurst);
    room.now += 100;
    CHECK(room.request("GET", "/api/state", {}, cookie).status == 200);
    CHECK(room.request("GET", "/api/state", {}, cookie).status == 429);
    CHECK(room.request("GET", "/api/state", {}, cookie, QStringLiteral("10.0.0.4")).status == 200);
}

TEST_CASE("The page comes from the resources, with its types", "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const HttpReply index = room.request("GET", "/?code=K7QM2X");
    CHECK(index.status == 200);
    CHECK(index.contentType.startsWith("text/html"));
    CHECK(index.body.contains("card-text"));
    CHECK(room.request("GET", "/app.js").contentType.startsWith("text/javascript"));
    CHECK(room.request("GET", "/app.css").contentType.startsWith("text/css"));
    CHECK(room.request("POST", "/app.js").status == 405);
}

TEST_CASE("The state follows what the moderator opens, with a new version", "[net][api]")
{
    ApiFixture room(test::votingConference(VoterUnit::Table));
    const QByteArray cookie = room.join(3);
    QJsonObject state = room.state(cookie);
    const QJsonObject phase = state.value(QStringLiteral("phase")).toObject();
    CHECK(phase.value(QStringLiteral("id")).toInt() == 3);
    CHECK(phase.value(QStringLiteral("title")).toString() == QStringLiteral("Zukunft"));
    CHECK_FALSE(phase.value(QStringLiteral("question")).toString().isEmpty());
    CHECK(phase.value(QStringLiteral("acceptsCards")).toBool());
    CHECK(state.value(QStringLiteral("vote")).isNull());
    const QString version = state.value(QStringLiteral("version")).toString();
    CHECK(room.state(cookie).value(QStringLiteral("version")).toString() == version);

    room.changeSettings([](RoomSettings &s) {
        s.openPhaseId = NoId;
        s.voteSessionId = 1;
    });
    state = room.state(cookie);
    CHECK(state.value(QStringLiteral("version")).toString() != version);
    CHECK(state.value(QStringLiteral("phase")).isNull());
    const QJsonObject vote = state.value(QStringLiteral("vote")).toObject();
    CHECK(vote.value(QStringLiteral("dotsPerVoter")).toInt() == 5);
    CHECK(vote.value(QStringLiteral("cap")).toInt() == 2);
    CHECK_FALSE(vote.value(QStringLiteral("minus")).toBool());
    CHECK(vote.value(QStringLiteral("left")).toInt() == 5);
    const QJsonArray items = vote.value(QStringLiteral("items")).toArray();
    CHECK(items.size()
          == voteItems(room.document.conference(), *room.document.conference().find<VoteSession>(1))
                 .size());
    CHECK(items.at(0).toObject().value(QStringLiteral("ref")).toString().startsWith(
        QStringLiteral("cluster:")));

    // A change on the wall shows as a new version too.
    const QString before = state.value(QStringLiteral("version")).toString();
    REQUIRE(commands::renameCluster(room.document.get(),
                                    room.document.conference().all<Cluster>().begin()->id,
                                    QStringLiteral("Neu")));
    CHECK(room.state(cookie).value(QStringLiteral("version")).toString() != before);

    // The items follow the vote's wall, and only that wall.
    const auto itemTexts = [&] {
        QStringList texts;
        const QJsonArray items = room.state(cookie).value(QStringLiteral("vote")).toObject()
                                     .value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items)
            texts << item.toObject().value(QStringLiteral("text")).toString();
        return texts;
    };
    const QStringList itemsBefore = itemTexts();
    const Id votedPhase = room.document.conference().find<VoteSession>(1)->phaseId;
    Card elsewhere;
    elsewhere.phaseId = votedPhase == 2 ? 4 : 2;
    elsewhere.text = QStringLiteral("Auf einer anderen Wand");
    REQUIRE(commands::addCard(room.document.get(), elsewhere) != NoId);
    CHECK(itemTexts() == itemsBefore);
    Card voted;
    voted.phaseId = votedPhase;
    voted.text = QStringLiteral("Neu auf der Wand der Abstimmung");
    const Id votedId = commands::addCard(room.document.get(), voted);
    REQUIRE(votedId != NoId);
    CHECK(itemTexts() == itemsBefore + QStringList{voted.text});
    REQUIRE(commands::setCardsHidden(room.document.get(), {votedId}, true));
    CHECK(itemTexts() == itemsBefore);
}

TEST_CASE("Cards from devices land where a typed card would, also after the moderator's edits",
          "[net][api][wall]")
{
    ApiFixture room(makeSampleConference());
    QList<QByteArray> devices;
    for (int table = 1; table <= 6; ++table)
        devices << room.join(table, QStringLiteral("10.0.1.%1").arg(table));
    const Conference &conference = room.document.conference();
    const int before = conference.all<Card>().size();
    for (int round = 0; round < 5; ++round) {
        room.now += 1000;
        for (const QByteArray &cookie : devices) {
            Card typed;
            typed.text = QStringLiteral("Idee %1 mit etwas mehr Text, damit die Karte höher wird")
                             .arg(round);
            // Measured afresh on the wall as it is now, as quick entry does.
            const QPointF expected = placeNewCard(conference, 3, typed).pos;
            const QString clientId = newId();
            REQUIRE(room.postCard(cookie, typed.text, clientId).status == 201);
            const Card *arrived = nullptr;
            for (const Card &card : conference.all<Card>()) {
                if (card.clientId == QUuid::fromString(clientId))
                    arrived = &card;
            }
            REQUIRE(arrived);
            CHECK(arrived->pos == expected);
        }
        // The moderator moves the first card of the wall onto the spot the next card would
        // take: the server must not keep handing out the spot it remembered.
        Card next;
        next.text = QStringLiteral("Idee %1 mit etwas mehr Text, damit die Karte höher wird")
                        .arg(round + 1);
        const QPointF nextSpot = placeNewCard(conference, 3, next).pos;
        const QString first = firstCardRef(conference, 3).mid(5);
        const Card *moved = conference.find<Card>(first.toLongLong());
        REQUIRE(moved);
        REQUIRE(commands::moveCards(room.document.get(), {moved->id}, nextSpot - moved->pos));
    }
    REQUIRE(conference.all<Card>().size() == before + 30);
    // None of them covers another card.
    const WallGeometry wall(conference, 3);
    for (const Card &card : conference.all<Card>()) {
        if (card.phaseId != 3 || card.deviceId == NoId)
            continue;
        CAPTURE(card.id);
        for (const Card &other : conference.all<Card>()) {
            if (other.phaseId == 3 && other.id != card.id)
                CHECK_FALSE(wall.cardRect(card.id).intersects(wall.cardRect(other.id)));
        }
    }
}

TEST_CASE("A device's session survives a restart of the server", "[net][api]")
{
    ApiFixture room(makeSampleConference());
    const QByteArray cookie = room.join(5);
    ParticipationApi restarted(room.document.get());
    RoomSettings settings = room.api.settings();
    settings.code = QStringLiteral("ZZZZZZ"); // a new code at each start
    restarted.setSettings(settings);
    HttpRequestData request;
    request.method = "GET";
    request.target = "/api/state";
    request.peer = QStringLiteral("10.0.0.2");
    request.headers = {{"Cookie", cookie}};
    const HttpReply reply = restarted.handle(request);
    CHECK(reply.status == 200);
    CHECK(jsonOf(reply).value(QStringLiteral("me")).toObject().value(QStringLiteral("table"))
              .toInt() == 5);
}
