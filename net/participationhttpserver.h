#pragma once

#include <QAbstractHttpServer>
#include <QTcpServer>

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

// Hands every request QHttpServer parsed to the ParticipationApi and writes its reply.
class ParticipationHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ParticipationHttpServer(ParticipationApi *api) : m_api(api) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    ParticipationApi *m_api;
};

} // namespace weitblick
