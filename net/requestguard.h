#pragma once

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace weitblick {

// Watches one connection before QHttpServer reads from it. QHttpServer (Qt 6.4) buffers a
// request of any size and waits for it without end; the guard refuses a request that grows
// beyond the limits of the API with 413 before it is buffered, and closes connections that
// send a request too slowly or stay idle.
class RequestGuard : public QObject
{
    Q_OBJECT

public:
    // More than the largest request the API accepts: its body, URL and headers.
    static constexpr qint64 MaxRequestBytes = 28 * 1024;
    static constexpr int RequestTimeoutMs = 10'000; // a started request must be complete by then
    static constexpr int IdleTimeoutMs = 120'000;   // a kept-alive connection without requests
    static constexpr int LingerMs = 2000; // after a refusal, until the connection is closed

    // Attaches itself to the socket; must run before QHttpServer connects to it, so that it
    // sees each piece of data first.
    explicit RequestGuard(QTcpSocket *socket);

    // The request is read whole and handed on: it waits for its answer, however long the
    // document's thread takes, without the guard closing the connection.
    void requestHandedOn();
    // Whether the guard refused a request on this connection: nothing else may be written.
    bool hasRefused() const { return m_refused; }

private:
    void dataArrived();
    void answerWritten();
    void refuse();

    QTcpSocket *m_socket;
    qint64 m_pending = 0; // bytes of the request under way, not answered yet
    bool m_refused = false;
    QTimer m_timer;
};

} // namespace weitblick
