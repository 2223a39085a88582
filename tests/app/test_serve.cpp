#include <catch2/catch.hpp>

#include "httpclient.h"
#include "runweitblick.h"
#include "testfiles.h"

#include "core/document/conferencedocument.h"
#include "core/voting/dotrules.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <QProcess>
#include <QTcpServer>
#include <QUuid>

#include <csignal>

using namespace weitblick;
using test::HttpAnswer;
using test::HttpClient;
using test::freePort;

namespace {

// weitblick --serve running as a separate process, as a test or a second laptop runs it.
struct ServeProcess
{
    explicit ServeProcess(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WEITBLICK_BINARY),
                      QStringList{QStringLiteral("--serve")} + arguments);
        REQUIRE(process.waitForStarted());
    }
    ~ServeProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    QString line()
    {
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(60'000))
                return {};
        }
        return QString::fromUtf8(process.readLine()).trimmed();
    }
    QString command(const QByteArray &text)
    {
        process.write(text + '\n');
        return line();
    }
    int stop(int signal)
    {
        ::kill(process.processId(), signal);
        REQUIRE(process.waitForFinished(60'000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return process.exitCode();
    }

    QProcess process;
};

QJsonObject card(const QString &text)
{
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("text"), text}};
}

} // namespace

TEST_CASE("weitblick --serve takes cards over HTTP until SIGTERM and leaves the file intact",
          "[app][serve]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("serve.weitblick"));
    REQUIRE(test::runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const quint16 port = freePort();
    ServeProcess serve({path, QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"), QString::number(port), QStringLiteral("--code"),
                        QStringLiteral("K7QM2X"), QStringLiteral("--open-phase"),
                        QStringLiteral("3")});
    const QString url = serve.line();
    REQUIRE(url == QStringLiteral("http://127.0.0.1:%1/?code=K7QM2X").arg(port));

    HttpClient phone{QUrl(url)};
    CHECK(phone.get(QStringLiteral("/api/state")).status == 401);
    const HttpAnswer joined = phone.postJson(
        QStringLiteral("/api/join"),
        {{QStringLiteral("code"), QStringLiteral("K7QM2X")}, {QStringLiteral("table"), 3}});
    REQUIRE(joined.status == 200);
    const QStringList texts{QString::fromUtf8("Grünflächen am Fluss"),
                            QString::fromUtf8("Straßenbahn bis Süd"),
                            QStringLiteral("<img src=x onerror=alert(1)>")};
    for (const QString &text : texts)
        CHECK(phone.postJson(QStringLiteral("/api/cards"), card(text)).status == 201);
    const HttpAnswer dot = phone.postJson(
        QStringLiteral("/api/dots"),
        {{QStringLiteral("ref"), QStringLiteral("card:62")}, {QStringLiteral("delta"), 1}});
    CHECK(dot.status == 409);

    // The moderator of the second laptop closes the phase, then opens the present.
    CHECK(serve.command("phase none") == QStringLiteral("ok"));
    CHECK(phone.postJson(QStringLiteral("/api/cards"), card(QStringLiteral("zu spät"))).status
          == 409);
    CHECK(serve.command("phase 2") == QStringLiteral("ok"));
    CHECK(phone.get(QStringLiteral("/api/state")).json().value(QStringLiteral("phase"))
              .toObject().value(QStringLiteral("title")).toString()
          == QStringLiteral("Gegenwart"));
    CHECK(serve.command("dance") == QStringLiteral("error: unknown command"));
    CHECK(serve.command("phase 9") == QStringLiteral("error: no phase 9"));

    CHECK(serve.stop(SIGTERM) == 0);
    const test::AppRun check = test::runWeitblick({QStringLiteral("--check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("106 cards")));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(document);
    QStringList stored;
    for (const Card &c : document->conference().all<Card>()) {
        if (c.deviceId != NoId) {
            stored << c.text;
            CHECK(c.tableId == 3);
            CHECK(c.phaseId == 3);
        }
    }
    CHECK(stored == texts);
}

TEST_CASE("weitblick --serve ends with 0 on SIGINT too, and refuses what it cannot serve",
          "[app][serve]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("serve.weitblick"));
    REQUIRE(test::runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    const QByteArray bytes = test::readAll(path);
    {
        ServeProcess serve({path, QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--port"), QString::number(freePort())});
        const QString url = serve.line();
        CHECK(url.contains(QStringLiteral("/?code=")));
        CHECK(serve.stop(SIGINT) == 0);
    }
    CHECK(test::readAll(path) == bytes);

    const test::AppRun badCode = test::runWeitblick(
        {QStringLiteral("--serve"), path, QStringLiteral("--code"), QStringLiteral("0OIl10")});
    CHECK(badCode.exitCode == 2);
    CHECK(badCode.err.contains(QStringLiteral("--code")));
    const test::AppRun badPhase = test::runWeitblick(
        {QStringLiteral("--serve"), path, QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
         QStringLiteral("--open-phase"), QStringLiteral("9")});
    CHECK(badPhase.exitCode == 2);
    CHECK(test::readAll(path) == bytes);
}

TEST_CASE("weitblick --serve --open-vote lets devices vote as the participants they are",
          "[app][serve]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("vote.weitblick"));
    REQUIRE(test::runWeitblick({QStringLiteral("--write-sample"), path}).exitCode == 0);
    // A participant of the sample with dots left in its (closed) vote.
    Id voter = NoId;
    {
        OpenOutcome outcome;
        auto sample = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
        REQUIRE(sample);
        const DotRules rules(sample->conference());
        for (const Participant &p : sample->conference().all<Participant>()) {
            if (voter == NoId && rules.remaining(1, p.id, DotKind::Plus) > 0)
                voter = p.id;
        }
        REQUIRE(voter != NoId);
    }
    ServeProcess serve({path, QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"), QString::number(freePort()),
                        QStringLiteral("--open-vote"), QStringLiteral("--join"),
                        QStringLiteral("participant")});
    const QUrl url(serve.line());
    HttpClient phone{url};
    const HttpAnswer first = phone.postJson(QStringLiteral("/api/join"),
                                            {{QStringLiteral("code"), QJsonValue()}});
    CHECK(first.status == 400);
    const QString code = QUrlQuery(url).queryItemValue(QStringLiteral("code"));
    const HttpAnswer joined = phone.postJson(
        QStringLiteral("/api/join"),
        {{QStringLiteral("code"), code}, {QStringLiteral("participant"), voter}});
    REQUIRE(joined.status == 200);
    CHECK(joined.json().value(QStringLiteral("participants")).toArray().size() == 64);
    const QJsonObject vote = joined.json().value(QStringLiteral("vote")).toObject();
    CHECK(vote.value(QStringLiteral("canVote")).toBool());
    const QJsonArray items = vote.value(QStringLiteral("items")).toArray();
    REQUIRE_FALSE(items.isEmpty());
    const QString ref =
        items.at(items.size() - 1).toObject().value(QStringLiteral("ref")).toString();
    const HttpAnswer dot = phone.postJson(
        QStringLiteral("/api/dots"), {{QStringLiteral("ref"), ref}, {QStringLiteral("delta"), 1}});
    CHECK(dot.status == 200);
    CHECK(dot.json().value(QStringLiteral("mine")).toObject().value(ref).toInt() == 1);
    CHECK(serve.stop(SIGTERM) == 0);

    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(document);
    const VoteSession &session = *document->conference().all<VoteSession>().begin();
    CHECK(session.open);
    int mine = 0;
    for (const Dot &d : document->conference().all<Dot>())
        mine += d.voterId == voter && d.sessionId == session.id ? d.count : 0;
    CHECK(mine >= 1);
}
