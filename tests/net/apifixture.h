#pragma once

#include "net/participationapi.h"
#include "opendocument.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace weitblick::test {

// A conference open in a temporary file with the participation API on it, driven without
// sockets and on a clock the test sets. Phase 3 (the future) accepts cards; participants join
// by table.
struct ApiFixture
{
    static constexpr auto Code = "K7QM2X";

    explicit ApiFixture(const Conference &conference);

    // One request from the address; the cookie is sent as the device's session.
    HttpReply request(const QByteArray &method, const QByteArray &target,
                      const QByteArray &body = {}, const QByteArray &cookie = {},
                      const QString &peer = QStringLiteral("10.0.0.2"),
                      const HttpHeaders &extra = {});
    HttpReply post(const QByteArray &target, const QJsonObject &body, const QByteArray &cookie,
                   const QString &peer = QStringLiteral("10.0.0.2"));
    // Joins at the table (NoId: without choosing) and returns the session cookie.
    QByteArray join(Id tableId, const QString &peer = QStringLiteral("10.0.0.2"));
    HttpReply postCard(const QByteArray &cookie, const QString &text,
                       const QString &clientId = {});
    HttpReply postDot(const QByteArray &cookie, const QString &ref, int delta);
    QJsonObject state(const QByteArray &cookie);
    void changeSettings(const std::function<void(RoomSettings &)> &change);

    OpenDocument document;
    ParticipationApi api;
    qint64 now = 1'000'000;
};

QJsonObject jsonOf(const HttpReply &reply);
// The sample conference with its vote open, dots on cards and clusters (5 per participant,
// at most 2 on an item), and no dots given yet.
Conference votingConference(VoterUnit unit = VoterUnit::Participant, bool minusDots = false);

} // namespace weitblick::test
