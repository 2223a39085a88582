#include <catch2/catch.hpp>

#include "httpclient.h"
#include "opendocument.h"
#include "writelockholder.h"

#include "core/sample/sampleconference.h"
#include "net/participationserver.h"
#include "net/requestguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

using namespace weitblick;
using test::HttpAnswer;
using test::HttpClient;

namespace {

// A server on loopback on a free port, over the sample conference, with the future phase open
// for cards and a clock the test sets.
struct RunningServer
{
    RunningServer() : document(makeSampleConference()), server(document.get())
    {
        server.api()->setClock([this] { return now; });
        server.setOpenPhase(3);
        QString error;
        INFO(error.toStdString());
        REQUIRE(server.start(QHostAddress::LocalHost, 0, QStringLiteral("K7QM2X"), &error));
    }
    QUrl base() const { return server.joinUrl().resolved(QUrl(QStringLiteral("/"))); }
    HttpAnswer join(HttpClient &client, int table, const QString &code = QStringLiteral("K7QM2X"))
    {
        return client.postJson(QStringLiteral("/api/join"),
                               {{QStringLiteral("code"), code}, {QStringLiteral("table"), table}});
    }
    static QJsonObject card(const QString &text, const QString &id = {})
    {
        return {{QStringLiteral("id"), id.isEmpty()
                                           ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                           : id},
                {QStringLiteral("text"), text}};
    }

    // The Host line of a request written by hand.
    QByteArray hostLine() const
    {
        return "Host: 127.0.0.1:" + QByteArray::number(server.port()) + "\r\n";
    }
    // A new card saying text, POSTed by hand in the phone's session.
    QByteArray rawCardPost(const HttpClient &phone, const QString &text) const
    {
        const QByteArray body = QJsonDocument(card(text)).toJson(QJsonDocument::Compact);
        return "POST /api/cards HTTP/1.1\r\n" + hostLine() + "Cookie: " + phone.sessionCookie()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    test::OpenDocument document;
    ParticipationServer server;
    qint64 now = 1'000'000;
};

} // namespace

TEST_CASE("The server answers join, state, cards and dots over real HTTP", "[net][server]")
{
    RunningServer running;
    HttpClient phone(running.base());

    const HttpAnswer page = phone.get(QStringLiteral("/?code=K7QM2X"));
    CHECK(page.status == 200);
    CHECK(page.header("content-type").startsWith("text/html"));
    CHECK(page.header("content-security-policy").startsWith("default-src 'self'"));

    CHECK(phone.get(QStringLiteral("/api/state")).status == 401);
    CHECK(running.join(phone, 3, QStringLiteral("AAAAAA")).status == 403);
    const HttpAnswer joined = running.join(phone, 3);
    REQUIRE(joined.status == 200);
    CHECK(phone.sessionCookie().startsWith("weitblick_device="));

    const HttpAnswer state = phone.get(QStringLiteral("/api/state"));
    REQUIRE(state.status == 200);
    CHECK(state.header("cache-control") == "no-store");
    CHECK(state.json().value(QStringLiteral("phase")).toObject().value(QStringLiteral("id"))
              .toInt() == 3);

    const QJsonObject card = RunningServer::card(QString::fromUtf8("Mehr Bänke am Marktplatz"));
    CHECK(phone.postJson(QStringLiteral("/api/cards"), card).status == 201);
    CHECK(phone.postJson(QStringLiteral("/api/cards"), card).status == 200);
    CHECK(phone.postJson(QStringLiteral("/api/cards"), RunningServer::card(QString())).status
          == 400);
    const Conference &conference = running.document.conference();
    const Card &stored = *conference.find<Card>(conference.all<Card>().nextId() - 1);
    CHECK(stored.text == QString::fromUtf8("Mehr Bänke am Marktplatz"));
    CHECK(running.document.fromFile().find<Card>(stored.id)->tableId == 3);

    const QJsonObject dot{{QStringLiteral("ref"), QStringLiteral("card:62")},
                          {QStringLiteral("delta"), 1}};
    const HttpAnswer closed = phone.postJson(QStringLiteral("/api/dots"), dot);
    CHECK(closed.status == 409);
    CHECK(closed.error() == QStringLiteral("vote-closed"));

    running.server.setOpenPhase(NoId);
    CHECK(phone.postJson(QStringLiteral("/api/cards"), RunningServer::card(QStringLiteral("x")))
              .status == 409);
    CHECK(phone.post(QStringLiteral("/api/cards"), "{}", "text/plain").status == 415);
    CHECK(phone.get(QStringLiteral("/api/cards")).status == 405);
    CHECK(phone.get(QStringLiteral("/missing")).status == 404);

    // The rate limit, with the server's clock standing still.
    running.server.setOpenPhase(3);
    int created = 0;
    HttpAnswer last;
    for (int i = 0; i < 6; ++i) {
        last = phone.postJson(QStringLiteral("/api/cards"),
                              RunningServer::card(QStringLiteral("Karte %1").arg(i)));
        created += last.status == 201;
    }
    CHECK(created == 4); // the first card took one of the five
    CHECK(last.status == 429);
    CHECK_FALSE(last.header("retry-after").isEmpty());
}

TEST_CASE("An oversized request is refused with 413 before it is read", "[net][server][security]")
{
    RunningServer running;
    const quint16 port = running.server.port();
    // Announced as a megabyte: refused once more than the largest request came in.
    QByteArray huge = "POST /api/cards HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                      + "\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n";
    huge += QByteArray(200 * 1024, 'x');
    const QByteArray answer = test::rawExchange(port, huge);
    CHECK(test::statusOf(answer) == 413);
    CHECK(answer.contains("Content-Security-Policy: default-src 'self'"));
    CHECK(answer.contains("{\"error\":\"body-too-large\"}"));

    // Just over the API's limit: refused by the API.
    HttpClient phone(running.base());
    REQUIRE(running.join(phone, 1).status == 200);
    const HttpAnswer tooLarge = phone.post(QStringLiteral("/api/cards"),
                                           QByteArray(ParticipationApi::MaxBodyBytes + 10, ' '));
    CHECK(tooLarge.status == 413);
    // The server still serves.
    CHECK(phone.get(QStringLiteral("/api/state")).status == 200);
}

TEST_CASE("The server takes the next free port when the one asked for is in use",
          "[net][server]")
{
    QTcpServer occupied;
    REQUIRE(occupied.listen(QHostAddress::LocalHost, 0));
    test::OpenDocument document(makeSampleConference());
    ParticipationServer server(document.get());
    QString error;
    quint16 wanted = occupied.serverPort();
    bool started = server.start(QHostAddress::LocalHost, wanted, {}, &error);
    // The port after the occupied one may be taken by someone else; any of the next will do.
    REQUIRE(started);
    CHECK(server.port() > wanted);
    CHECK(server.port() < wanted + ParticipationServer::PortsToTry);
    CHECK(server.joinUrl().toString()
          == QStringLiteral("http://127.0.0.1:%1/?code=%2").arg(server.port()).arg(server.code()));
}

TEST_CASE("Every start makes a new code without look-alikes", "[net][server][security]")
{
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        const QString code = ParticipationServer::makeCode();
        CHECK(ParticipationServer::isValidCode(code));
        CHECK(code.size() == 6);
        for (QChar lookAlike : QStringLiteral("0O1Il"))
            CHECK_FALSE(code.contains(lookAlike));
        codes.insert(code);
    }
    CHECK(codes.size() > 190);

    test::OpenDocument document(makeSampleConference());
    ParticipationServer server(document.get());
    REQUIRE(server.start(QHostAddress::LocalHost, 0));
    const QString first = server.code();
    server.stop();
    REQUIRE(server.start(QHostAddress::LocalHost, 0));
    CHECK(server.code() != first);
    CHECK_FALSE(server.start(QHostAddress::LocalHost, 0, QStringLiteral("O0O0O0")));
}

TEST_CASE("Stopping closes the port; after a restart devices keep their sessions",
          "[net][server]")
{
    RunningServer running;
    HttpClient phone(running.base());
    REQUIRE(running.join(phone, 2).status == 200);
    const quint16 port = running.server.port();
    running.server.stop();
    CHECK_FALSE(running.server.isRunning());
    CHECK(test::rawExchange(port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 500).isEmpty());

    REQUIRE(running.server.start(QHostAddress::LocalHost, port));
    CHECK(running.server.port() == port);
    const HttpAnswer state = phone.get(QStringLiteral("/api/state"));
    CHECK(state.status == 200);
    CHECK(phone.postJson(QStringLiteral("/api/cards"), RunningServer::card(QStringLiteral("z")))
              .status == 201);
}

TEST_CASE("A stop while a card is written answers nobody and loses nothing", "[net][server]")
{
    // The connections are served in a thread of their own and the card is written on the
    // document's thread; the moderator's stop comes in between.
    RunningServer running;
    HttpClient phone(running.base());
    REQUIRE(running.join(phone, 2).status == 200);
    const quint16 port = running.server.port();
    const QMetaObject::Connection stopAtOnce = QObject::connect(
        &running.server, &ParticipationServer::cardReceived, &running.server,
        [&] { running.server.stop(); });
    const QJsonObject card = RunningServer::card(QStringLiteral("Kurz vor dem Stopp"));
    CHECK(phone.postJson(QStringLiteral("/api/cards"), card).status == 0);
    CHECK_FALSE(running.server.isRunning());
    const auto stored = [&] {
        return test::cardsSaying(running.document.conference(),
                                 QStringLiteral("Kurz vor dem Stopp"));
    };
    CHECK(stored() == 1);

    // The phone sends it again after the restart, and finds it stored: it is there once.
    QObject::disconnect(stopAtOnce);
    REQUIRE(running.server.start(QHostAddress::LocalHost, port, QStringLiteral("K7QM2X")));
    CHECK(phone.postJson(QStringLiteral("/api/cards"), card).status == 200);
    CHECK(stored() == 1);
}

TEST_CASE("A card is answered once it is in the file while polls go on", "[net][server]")
{
    // The card is written on the document's writer thread. The file is held by another
    // program for a moment: the phone's card waits for it, and nothing else does.
    RunningServer running;
    HttpClient phone(running.base());
    REQUIRE(running.join(phone, 2).status == 200);
    auto holder = std::make_unique<test::WriteLockHolder>(running.document.get()->filePath());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, running.server.port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write(running.rawCardPost(phone, QStringLiteral("Gewartet")));
    REQUIRE(QTest::qWaitFor([&] {
        return test::cardsSaying(running.document.conference(), QStringLiteral("Gewartet")) == 1;
    }, 5000));
    QTest::qWait(300);
    CHECK(socket.bytesAvailable() == 0); // not in the file yet: not told
    CHECK(phone.get(QStringLiteral("/api/state")).status == 200);

    holder.reset();
    QByteArray answer;
    REQUIRE(QTest::qWaitFor([&] {
        answer += socket.readAll();
        return answer.contains("\r\n\r\n");
    }, 5000));
    CHECK(test::statusOf(answer) == 201);
    CHECK(test::cardsSaying(running.document.fromFile(), QStringLiteral("Gewartet")) == 1);
}

TEST_CASE("Answers on one connection go out in the order of its requests", "[net][server]")
{
    // HTTP/1.1 lets a client send a request before the answer to the one before. A card's
    // answer waits for the file, a state's does not: the state still comes second.
    RunningServer running;
    HttpClient phone(running.base());
    REQUIRE(running.join(phone, 2).status == 200);
    auto holder = std::make_unique<test::WriteLockHolder>(running.document.get()->filePath());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, running.server.port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write(running.rawCardPost(phone, QStringLiteral("Zuerst"))
                 + "GET /api/state HTTP/1.1\r\n" + running.hostLine()
                 + "Cookie: " + phone.sessionCookie() + "\r\n\r\n");
    REQUIRE(QTest::qWaitFor([&] {
        return test::cardsSaying(running.document.conference(), QStringLiteral("Zuerst")) == 1;
    }, 5000));
    QTest::qWait(300);
    CHECK(socket.bytesAvailable() == 0);

    holder.reset();
    QByteArray answers;
    REQUIRE(QTest::qWaitFor([&] {
        answers += socket.readAll();
        return answers.count("HTTP/1.1 ") == 2 && answers.endsWith("}");
    }, 5000));
    CHECK(test::statusOf(answers) == 201);
    CHECK(answers.indexOf("HTTP/1.1 200") > answers.indexOf("HTTP/1.1 201"));
}

TEST_CASE("A request that waits for a busy document keeps its connection", "[net][server]")
{
    // The moderator's long edit holds the document's thread longer than a device may take to
    // send a request. The request was read whole: the connection stays, and the answer comes.
    RunningServer running;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, running.server.port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write("GET /api/state HTTP/1.1\r\n" + running.hostLine() + "\r\n");
    REQUIRE(socket.waitForBytesWritten(5000));
    QThread::msleep(RequestGuard::RequestTimeoutMs + 1000); // the document's thread is busy

    QByteArray answer;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    if (socket.bytesAvailable() == 0 && socket.state() == QAbstractSocket::ConnectedState)
        loop.exec();
    answer += socket.readAll();
    CHECK(test::statusOf(answer) == 401); // no session: but an answer
}

TEST_CASE("A thousand random request bodies get answers and change nothing in the file",
          "[net][server][security]")
{
    RunningServer running;
    HttpClient phone(running.base());
    REQUIRE(running.join(phone, 4).status == 200);
    const QString path = running.document.get()->filePath();
    const QByteArray fileBefore = test::readAll(path);
    const Conference before = running.document.conference();

    QRandomGenerator random(20261203);
    const QStringList keys{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("ref"),
                           QStringLiteral("delta"), QStringLiteral("code"),
                           QStringLiteral("table"), QStringLiteral("x")};
    const auto randomText = [&](int maxLength) {
        QString text;
        const int length = random.bounded(maxLength + 1);
        for (int i = 0; i < length; ++i)
            text += QChar(char16_t(random.bounded(1, 0xd7ff)));
        return text;
    };
    const auto randomValue = [&]() -> QJsonValue {
        switch (random.bounded(6)) {
        case 0: return QJsonValue();
        case 1: return random.bounded(-3, 3);
        case 2: return random.generateDouble() * 1e12;
        case 3: return randomText(40);
        case 4: return QJsonArray{randomText(5), 1};
        default: return QJsonObject{{randomText(3), randomText(3)}};
        }
    };
    const char *paths[] = {"/api/join", "/api/cards", "/api/dots"};
    int answered = 0;
    for (int i = 0; i < 1000; ++i) {
        running.now += 1000; // past every rate limit: each body reaches the parser
        QByteArray body;
        if (random.bounded(2) == 0) {
            body.resize(random.bounded(3000));
            for (char &c : body)
                c = char(random.bounded(256));
        } else {
            QJsonObject object;
            for (int k = random.bounded(5); k > 0; --k)
                object.insert(keys.at(random.bounded(int(keys.size()))), randomValue());
            body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        const HttpAnswer answer =
            phone.post(QString::fromLatin1(paths[random.bounded(3)]), body);
        CAPTURE(i, body);
        CHECK(answer.status >= 400);
        CHECK(answer.status < 500);
        answered += answer.status != 0;
    }
    CHECK(answered == 1000);
    CHECK(running.document.conference() == before);
    CHECK(test::readAll(path) == fileBefore);
}
