#pragma once

#include "devicedirectory.h"
#include "httpmessage.h"
#include "networkcardplacer.h"
#include "ratelimits.h"
#include "roomsettings.h"
#include "roomstate.h"

#include "core/document/conferencedocument.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QPointer>

#include <functional>

namespace weitblick {

// The participation interface of docs/participation.md as a request handler without sockets:
// one request in, one reply out. It checks every request (size limits, rate limits, the code,
// then the session, strict JSON), writes cards and dots into the document through the command
// facade, and puts the security headers on every reply. ParticipationServer feeds it from
// QHttpServer; tests and the fuzz target call handle() directly.
//
// It runs on the thread of the document (the GUI thread). Every request is short. The server
// goes through the second handle(), whose edits the document's writer thread makes durable:
// the GUI thread never waits for the disk on a device's behalf.
class ParticipationApi : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxBodyBytes = 16 * 1024;
    static constexpr int MaxTargetBytes = 2048;
    static constexpr int MaxHeaderBytes = 8 * 1024;
    static constexpr int MaxHeaderCount = 64;
    static constexpr int WrongCodesPerMinute = 10;
    static constexpr int NewDevicesPerMinute = 20; // per address: a phone, a laptop, retries
    static constexpr int RequestBurst = 30;        // per address, then ten a second
    static constexpr int CardBurst = 5;            // per device, then one a second
    static constexpr int CardsPerPhase = 200;      // per device
    static constexpr int MaxDevices = 5000;
    static constexpr int ConnectedWithinMs = 10000; // seen this recently: still connected
    static constexpr auto CookieName = "weitblick_device";

    explicit ParticipationApi(ConferenceDocument *document, QObject *parent = nullptr);
    ~ParticipationApi() override;

    // Answers the request with the document's edits durable before it returns.
    HttpReply handle(const HttpRequestData &request);
    // Answers the request, writing its edits on the document's writer thread. The answer to a
    // request that may have changed something waits until everything applied so far is in the
    // file; when it could not be written the answer is 503 "not-saved". A state is answered at
    // once: a device learns that its card or dot is stored only from the answer to its POST.
    void handle(const HttpRequestData &request, std::function<void(const HttpReply &)> answer);
    // An error reply with the headers every reply carries, for refusals made before a request
    // reaches handle() (see RequestGuard).
    static HttpReply refusal(int status, const char *error);

    const RoomSettings &settings() const { return m_settings; }
    void setSettings(const RoomSettings &settings);
    // The Host headers the server answers to (such as "192.168.1.20:8088"), against DNS
    // rebinding. Empty: any.
    void setAllowedHosts(const QList<QByteArray> &hosts) { m_allowedHosts = hosts; }
    // Milliseconds on a monotonic clock; tests replace it to step through the rate limits.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // The conference, or null once it closed.
    ConferenceDocument *document() const { return m_document; }
    // Whether the device made a request within ConnectedWithinMs.
    bool isConnected(Id deviceId) const;
    QList<Id> connectedDevices() const;

signals:
    void deviceJoined(weitblick::Id deviceId);
    void cardReceived(weitblick::Id cardId);
    void dotsGiven(weitblick::Id deviceId);
    // A device made a request after ConnectedWithinMs of silence (or its first one).
    void deviceConnected(weitblick::Id deviceId);

private:
    struct Session;
    HttpReply route(const HttpRequestData &request, const QByteArray &path);
    HttpReply join(const HttpRequestData &request);
    HttpReply state(const Session &session);
    HttpReply postCard(const Session &session, const QJsonObject &body);
    HttpReply postDot(const Session &session, const QJsonObject &body);
    HttpReply stateReply(const Device &device, int status = 200);
    std::optional<HttpReply> refuseIfTooFast(const QString &key, TokenBuckets &buckets,
                                             const char *error);
    std::optional<Session> sessionOf(const HttpRequestData &request, HttpReply *refusal);
    void documentChanged(const ChangeSet &changes);
    qint64 now() const { return m_clock(); }

    QPointer<ConferenceDocument> m_document; // null once the conference closed
    RoomSettings m_settings;
    // Every phase opened to devices since Weitblick started: a card written offline for one of
    // them still goes there when it arrives after the moderator moved on.
    QSet<Id> m_phasesOpened;
    QList<QByteArray> m_allowedHosts;
    std::function<qint64()> m_clock;
    DeviceDirectory m_directory;
    RoomState m_state;
    NetworkCardPlacer m_placer;
    WindowLimiter m_wrongCodes;
    WindowLimiter m_newDevices;
    TokenBuckets m_requests;
    TokenBuckets m_cards;
    TokenBuckets m_dots;
    QHash<Id, qint64> m_lastSeen;
};

} // namespace weitblick
