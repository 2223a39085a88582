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

    const HttpReply reply = m_api->handle(data);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
    return true;
}

} // namespace weitblick
