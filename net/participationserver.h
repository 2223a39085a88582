#pragma once

#include "participationapi.h"
#include "roomsettings.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace weitblick {

class ConferenceDocument;
class ParticipationHttpServer;
class RoomSummaryModel;

// Lets participants take part from their phones and table laptops (docs/participation.md):
// serves the participant page and its API over HTTP on one address of this computer, and holds
// what the moderator opened to them. The connections are served in a thread of their own; each
// request is handled on the thread of the document, the GUI thread, because the document and
// its undo stack belong to that thread. Each request is a few milliseconds there at most (see
// ParticipationApi), so the moderator's typing stays responsive.
//
// Widgets start it, stop it, and choose what is open; the document may not be closed while it
// runs (it stops by itself when the document goes).
class ParticipationServer : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 8088;
    static constexpr int PortsToTry = 20; // the port asked for and the ones after it
    static constexpr int CodeLength = 6;

    explicit ParticipationServer(ConferenceDocument *document, QObject *parent = nullptr);
    ~ParticipationServer() override;

    // A new access code: CodeLength characters from an alphabet without look-alikes (no 0/O,
    // no 1/I/l), drawn from the system's random generator.
    static QString makeCode();
    static bool isValidCode(const QString &code);
    // The alphabet of access codes.
    static QString codeAlphabet();

    // Starts serving on the address, at the port or the first free one of the PortsToTry
    // after it (0: any free port), with the code, or a new one when it is empty. False with
    // *error in words for the moderator when it cannot.
    bool start(const QHostAddress &address, quint16 port = DefaultPort, const QString &code = {},
               QString *error = nullptr);
    // Stops serving and closes every connection. Nothing is lost: cards and dots are in the
    // file as they arrive, and devices find their sessions again after the next start.
    void stop();

    bool isRunning() const;
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString code() const { return m_api->settings().code; }
    // http://ADDR:PORT/?code=CODE, for the QR code and the projector.
    QUrl joinUrl() const;

    RoomSettings settings() const { return m_api->settings(); }
    void setOpenPhase(Id phaseId);
    void setIntakePaused(bool paused);
    // The vote that accepts dots from devices, or NoId.
    void setDeviceVote(Id sessionId);
    void setJoinMode(JoinMode mode);

    // The moderator's edits on what came in: each is one undo step.
    bool setDeviceBlocked(Id deviceId, bool blocked);
    bool setCardHidden(Id cardId, bool hidden);

    ParticipationApi *api() const { return m_api; }
    RoomSummaryModel *summary() const { return m_summary; }

signals:
    void runningChanged(bool running);
    void settingsChanged();
    void deviceJoined(weitblick::Id deviceId);
    void deviceConnected(weitblick::Id deviceId);
    void cardReceived(weitblick::Id cardId);
    void dotsGiven(weitblick::Id deviceId);

private:
    void changeSettings(const std::function<void(RoomSettings &)> &change);

    QPointer<ConferenceDocument> m_document;
    ParticipationApi *m_api;
    RoomSummaryModel *m_summary;
    std::unique_ptr<QThread> m_thread;
    ParticipationHttpServer *m_http = nullptr; // lives in m_thread, and is deleted there
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace weitblick
