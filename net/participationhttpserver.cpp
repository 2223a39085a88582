#include "participationhttpserver.h"

#include "participationapi.h"
#include "requestguard.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <algorithm>

namespace weitblick {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get: return "GET";
    case M::Put: return "PUT";
    case M::Delete: return "DELETE";
    case M::Post: return "POST";
    case M::Head: return "HEAD";
    case M::Options: return "OPTIONS";
    case M::Patch: return "PATCH";
    case M::Connect: return "CONNECT";
    case M::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

// An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d; it is the same client.
QString plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

// The guard GuardedTcpServer put on the connection.
RequestGuard *guardOf(QTcpSocket *socket)
{
    return socket->findChild<RequestGuard *>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QList<QTcpSocket *> open = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    const QHostAddress peer = socket->peerAddress();
    const auto fromPeer = std::count_if(open.cbegin(), open.cend(), [&](QTcpSocket *other) {
        return other->peerAddress() == peer;
    });
    if (open.size() > MaxConnections || fromPeer > MaxConnectionsPerAddress) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    new RequestGuard(socket);
    addPendingConnection(socket);
}

bool ParticipationHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequestData data;
    data.method = methodName(request.method());
    data.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (data.target.isEmpty())
        data.target = "/";
    data.headers = request.headers();
    data.body = request.body();
    data.peer = plainAddress(request.remoteAddress());

    if (RequestGuard *guard = guardOf(socket))
        guard->requestHandedOn();
    const quint64 ticket = ++m_lastTicket;
    m_waiting.emplace(ticket, Waiting{socket, &request, std::nullopt});
    // The handler and its answer (which may come later, once the request's edits are in the
    // file) run on the document's thread and check that this server still exists: it is
    // deleted on its own thread while the document's thread waits for that
    // (ParticipationServer::stop), and queued calls to a deleted object are dropped.
    const QPointer<ParticipationHttpServer> self(this);
    QMetaObject::invokeMethod(m_api, [api = m_api, self, ticket, data] {
        if (!self)
            return; // stopped before the request was read: nobody waits for its answer
        api->handle(data, [self, ticket](const HttpReply &reply) {
            if (self) {
                QMetaObject::invokeMethod(
                    self.data(), [self, ticket, reply] { self->answer(ticket, reply); },
                    Qt::QueuedConnection);
            }
        });
    }, Qt::QueuedConnection);
    return true;
}

void ParticipationHttpServer::answer(quint64 ticket, const HttpReply &reply)
{
    const auto answered = m_waiting.find(ticket);
    if (answered == m_waiting.end())
        return;
    answered->second.reply = reply;
    const QTcpSocket *socket = answered->second.socket;
    if (!socket) {
        m_waiting.erase(answered);
        return;
    }
    for (auto earlier = m_waiting.begin(); earlier != answered; ++earlier) {
        if (earlier->second.socket == socket)
            return; // written after the earlier one's answer
    }
    for (auto next = answered; next != m_waiting.end();) {
        if (next->second.socket != socket) {
            ++next;
        } else if (next->second.reply) {
            write(next->second);
            next = m_waiting.erase(next);
        } else {
            break;
        }
    }
}

void ParticipationHttpServer::write(const Waiting &waiting)
{
    const HttpReply &reply = *waiting.reply;
    if (!waiting.socket || waiting.socket->state() != QAbstractSocket::ConnectedState)
        return; // the device went away; it sends again and finds its card stored
    // After the guard's refusal (a later request on the connection was too large) the
    // connection only ends: an answer behind it would be garbage to the client.
    const RequestGuard *guard = guardOf(waiting.socket);
    if (guard && guard->hasRefused())
        return;
    QHttpServerResponder responder = makeResponder(*waiting.request, waiting.socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

} // namespace weitblick
