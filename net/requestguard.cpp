#include "requestguard.h"

#include "participationapi.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace weitblick {

RequestGuard::RequestGuard(QTcpSocket *socket) : QObject(socket), m_socket(socket)
{
    // Never more in memory than a refused request needs to be noticed.
    socket->setReadBufferSize(2 * MaxRequestBytes);
    m_timer.setSingleShot(true);
    m_timer.start(IdleTimeoutMs);
    connect(&m_timer, &QTimer::timeout, socket, &QTcpSocket::abort);
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::dataArrived);
    connect(socket, &QTcpSocket::bytesWritten, this, &RequestGuard::answerWritten);
}

void RequestGuard::dataArrived()
{
    if (m_refused) {
        m_socket->readAll(); // what the client still sends of the refused request
        return;
    }
    // QHttpServer reads all there is on each readyRead, so what is available now is new.
    if (m_pending == 0)
        m_timer.start(RequestTimeoutMs);
    m_pending += m_socket->bytesAvailable();
    if (m_pending > MaxRequestBytes)
        refuse();
}

void RequestGuard::requestHandedOn()
{
    m_pending = 0;
    m_timer.stop(); // the idle timer starts again with the answer
}

void RequestGuard::answerWritten()
{
    if (!m_refused) {
        // An answer went out: the request it answered is done.
        m_pending = 0;
        m_timer.start(IdleTimeoutMs);
    } else if (m_socket->bytesToWrite() == 0) {
        // The refusal is out: end our side, and read what the client still sends until it
        // ends its side, so that it gets the answer instead of a connection reset.
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }
}

void RequestGuard::refuse()
{
    // QHttpServer must not read this request any more: only this guard listens from now on.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::dataArrived);
    m_refused = true;
    // QHttpServer keeps what it read in a transaction; nobody reads it now.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    const HttpReply reply = ParticipationApi::refusal(413, "body-too-large");
    QByteArray response = "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n"
                          "Content-Type: " + reply.contentType + "\r\nContent-Length: "
                          + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        response += name + ": " + value + "\r\n";
    m_socket->write(response + "\r\n" + reply.body);
    m_socket->readAll();
    m_timer.start(LingerMs); // then the connection goes, whatever the client does
}

} // namespace weitblick
