#include "participationserver.h"

#include "participationhttpserver.h"
#include "roomsummarymodel.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"

#include <QRandomGenerator>
#include <QTcpSocket>

#include <algorithm>

namespace weitblick {

ParticipationServer::ParticipationServer(ConferenceDocument *document, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_api(new ParticipationApi(document, this)),
      m_summary(new RoomSummaryModel(m_api, this))
{
    connect(m_api, &ParticipationApi::deviceJoined, this, &ParticipationServer::deviceJoined);
    connect(m_api, &ParticipationApi::deviceConnected, this,
            &ParticipationServer::deviceConnected);
    connect(m_api, &ParticipationApi::cardReceived, this, &ParticipationServer::cardReceived);
    connect(m_api, &ParticipationApi::dotsGiven, this, &ParticipationServer::dotsGiven);
    // The conference closes: nothing may reach it any more.
    connect(document, &QObject::destroyed, this, &ParticipationServer::stop);
}

ParticipationServer::~ParticipationServer()
{
    stop();
}

QString ParticipationServer::codeAlphabet()
{
    // Without 0/O and 1/I (and only capitals, so no l): nothing to mistake on a projector.
    return QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
}

QString ParticipationServer::makeCode()
{
    const QString alphabet = codeAlphabet();
    QString code;
    for (int i = 0; i < CodeLength; ++i)
        code += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return code;
}

bool ParticipationServer::isValidCode(const QString &code)
{
    const QString alphabet = codeAlphabet();
    return code.size() == CodeLength
        && std::all_of(code.cbegin(), code.cend(), [&](QChar c) { return alphabet.contains(c); });
}

bool ParticipationServer::isRunning() const
{
    return m_port != 0;
}

bool ParticipationServer::start(const QHostAddress &address, quint16 port, const QString &code,
                                QString *error)
{
    stop();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_document)
        return fail(tr("No conference is open."));
    if (m_document->isReadOnly())
        return fail(tr("The conference is open read-only, so it cannot take cards."));
    if (!code.isEmpty() && !isValidCode(code))
        return fail(tr("An access code has %1 characters from %2.")
                        .arg(CodeLength).arg(codeAlphabet()));

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("participation-http"));
    m_thread->start();
    // The server and its sockets belong to the thread that serves them, so they are made there.
    quint16 boundPort = 0;
    QString reason;
    auto *maker = new QObject;
    maker->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(maker, [&] {
        m_http = new ParticipationHttpServer(m_api);
        auto *tcp = new GuardedTcpServer;
        const int tries = port == 0 ? 1 : PortsToTry;
        for (int i = 0; i < tries && !tcp->isListening(); ++i) {
            if (port != 0 && int(port) + i > 65535)
                break;
            tcp->listen(address, port == 0 ? 0 : quint16(port + i));
        }
        if (!tcp->isListening()) {
            reason = tcp->errorString();
            delete tcp;
            return;
        }
        boundPort = tcp->serverPort();
        m_http->bind(tcp);
    }, Qt::BlockingQueuedConnection);
    maker->deleteLater();
    if (boundPort == 0) {
        stop();
        return fail(tr("Weitblick cannot listen on %1, port %2 or the %3 after it (%4).")
                        .arg(address.toString()).arg(port).arg(PortsToTry - 1).arg(reason));
    }
    m_address = address;
    m_port = boundPort;
    // Pages must name this server: another name would be a DNS rebinding attempt. (Bound to
    // every address, the server cannot know its names.)
    QList<QByteArray> hosts;
    if (address != QHostAddress::Any && address != QHostAddress::AnyIPv4
        && address != QHostAddress::AnyIPv6) {
        const QByteArray hostPort = ':' + QByteArray::number(m_port);
        hosts << joinUrl().authority(QUrl::FullyEncoded).toUtf8();
        if (address.isLoopback())
            hosts << "localhost" + hostPort << "127.0.0.1" + hostPort << "[::1]" + hostPort;
    }
    m_api->setAllowedHosts(hosts);
    changeSettings([&](RoomSettings &s) { s.code = code.isEmpty() ? makeCode() : code; });
    emit runningChanged(true);
    return true;
}

void ParticipationServer::stop()
{
    // The blocking calls below are safe only from here: the server's thread never waits for
    // this one.
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_thread)
        return;
    // Close the port now, and every connection with it, so that a restart can take it again;
    // and delete the server in its thread, with its TCP server and every connection.
    QMetaObject::invokeMethod(m_http, [http = m_http] {
        for (QTcpServer *tcp : http->servers()) {
            tcp->close();
            const QList<QTcpSocket *> sockets = tcp->findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : sockets)
                socket->abort();
        }
        delete http;
    }, Qt::BlockingQueuedConnection);
    m_http = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    const bool wasRunning = m_port != 0;
    m_port = 0;
    if (wasRunning)
        emit runningChanged(false);
}

QUrl ParticipationServer::joinUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    url.setQuery(QStringLiteral("code=") + code());
    return url;
}

void ParticipationServer::changeSettings(const std::function<void(RoomSettings &)> &change)
{
    RoomSettings settings = m_api->settings();
    change(settings);
    if (settings == m_api->settings())
        return;
    m_api->setSettings(settings);
    emit settingsChanged();
}

void ParticipationServer::setOpenPhase(Id phaseId)
{
    changeSettings([&](RoomSettings &s) { s.openPhaseId = phaseId; });
}

void ParticipationServer::setIntakePaused(bool paused)
{
    changeSettings([&](RoomSettings &s) { s.intakePaused = paused; });
}

void ParticipationServer::setDeviceVote(Id sessionId)
{
    changeSettings([&](RoomSettings &s) { s.voteSessionId = sessionId; });
}

void ParticipationServer::setJoinMode(JoinMode mode)
{
    changeSettings([&](RoomSettings &s) { s.joinMode = mode; });
}

bool ParticipationServer::setDeviceBlocked(Id deviceId, bool blocked)
{
    return m_document && commands::setDeviceBlocked(m_document, deviceId, blocked);
}

bool ParticipationServer::setCardHidden(Id cardId, bool hidden)
{
    return m_document && commands::setCardsHidden(m_document, {cardId}, hidden);
}

} // namespace weitblick
