#pragma once

#include "httpmessage.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>

#include <map>
#include <optional>

namespace weitblick {

class ParticipationApi;

// Accepts connections for the participation server, and puts a RequestGuard on each before
// QHttpServer reads from it. Refuses connections beyond a limit, per address and in all.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    static constexpr int MaxConnections = 2000;
    static constexpr int MaxConnectionsPerAddress = 16;

    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

// Hands every request QHttpServer parsed to the ParticipationApi and writes its reply when it
// comes back. It lives in a thread of its own (see ParticipationServer), while the API stays on
// the document's thread: reading, parsing and answering hundreds of connections never waits
// for the wall or a durable write, and those never wait for the sockets.
class ParticipationHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ParticipationHttpServer(ParticipationApi *api) : m_api(api) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    // A request handed to the API and not answered yet. QHttpServer deletes the request with
    // its socket, when the device went away meanwhile. (Qt 6.4 keeps one request object per
    // connection and reuses it for the next request; its responder only writes to the socket
    // and never reads the request, so a reused one does no harm.)
    struct Waiting
    {
        QPointer<QTcpSocket> socket;
        const QHttpServerRequest *request = nullptr;
        std::optional<HttpReply> reply; // came back, and waits for an earlier one's answer
    };

    // Takes the API's reply and writes it, and those behind it on the same connection, as
    // soon as every earlier request on that connection was answered: a client may send
    // several requests before the first answer (HTTP/1.1), and a POST's answer waits for the
    // file while a later GET's does not.
    void answer(quint64 ticket, const HttpReply &reply);
    void write(const Waiting &waiting);

    ParticipationApi *m_api; // on the document's thread: only ever called there
    quint64 m_lastTicket = 0;
    std::map<quint64, Waiting> m_waiting; // by ticket, so in the order the requests came
};

} // namespace weitblick
