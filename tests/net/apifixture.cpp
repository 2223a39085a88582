#include "apifixture.h"

#include "core/sample/sampleconference.h"

#include <QUuid>

namespace weitblick::test {

ApiFixture::ApiFixture(const Conference &conference) : document(conference), api(document.get())
{
    api.setClock([this] { return now; });
    RoomSettings settings;
    settings.code = QLatin1String(Code);
    settings.openPhaseId = 3;
    api.setSettings(settings);
}

HttpReply ApiFixture::request(const QByteArray &method, const QByteArray &target,
                              const QByteArray &body, const QByteArray &cookie,
                              const QString &peer, const HttpHeaders &extra)
{
    HttpRequestData data;
    data.method = method;
    data.target = target;
    data.body = body;
    data.peer = peer;
    data.headers = {{"Host", "192.168.1.20:8088"}};
    if (method == "POST")
        data.headers.emplaceBack("Content-Type", "application/json");
    if (!cookie.isEmpty())
        data.headers.emplaceBack("Cookie", cookie);
    data.headers.append(extra);
    return api.handle(data);
}

HttpReply ApiFixture::post(const QByteArray &target, const QJsonObject &body,
                           const QByteArray &cookie, const QString &peer)
{
    return request("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact), cookie,
                   peer);
}

QByteArray ApiFixture::join(Id tableId, const QString &peer)
{
    const HttpReply reply =
        post("/api/join",
             {{QStringLiteral("code"), QLatin1String(Code)},
              {QStringLiteral("table"), tableId == NoId ? QJsonValue() : QJsonValue(tableId)}},
             {}, peer);
    const QByteArray setCookie = reply.header("set-cookie");
    return setCookie.left(setCookie.indexOf(';'));
}

HttpReply ApiFixture::postCard(const QByteArray &cookie, const QString &text,
                               const QString &clientId)
{
    const QString id = clientId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                          : clientId;
    return post("/api/cards", {{QStringLiteral("id"), id}, {QStringLiteral("text"), text}},
                cookie);
}

HttpReply ApiFixture::postDot(const QByteArray &cookie, const QString &ref, int delta)
{
    return post("/api/dots", {{QStringLiteral("ref"), ref}, {QStringLiteral("delta"), delta}},
                cookie);
}

QJsonObject ApiFixture::state(const QByteArray &cookie)
{
    return jsonOf(request("GET", "/api/state", {}, cookie));
}

void ApiFixture::changeSettings(const std::function<void(RoomSettings &)> &change)
{
    RoomSettings settings = api.settings();
    change(settings);
    api.setSettings(settings);
}

QJsonObject jsonOf(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

Conference votingConference(VoterUnit unit, bool minusDots)
{
    Conference conference = makeSampleConference();
    const QList<Dot> dots(conference.all<Dot>().begin(), conference.all<Dot>().end());
    for (const Dot &dot : dots)
        conference.all<Dot>().remove(dot.id);
    VoteSession session = *conference.all<VoteSession>().begin();
    session.open = true;
    session.voterUnit = unit;
    session.dotsPerVoter = 5;
    session.capPerItem = 2;
    session.cardsVotable = true;
    session.clustersVotable = true;
    session.minusDots = minusDots;
    conference.all<VoteSession>().put(session);
    return conference;
}

} // namespace weitblick::test
