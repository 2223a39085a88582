#include "participationload.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

namespace weitblick::bench {

struct ParticipationLoad::Device
{
    int index = 0;
    QHostAddress address;
    QTcpSocket *socket = nullptr;
    QByteArray cookie;
    QList<Action> queue;
    bool inFlight = false;
    Action current;
    QElapsedTimer sent;
    QByteArray buffer;
};

ParticipationLoad::ParticipationLoad(LoadPlan plan)
    : m_plan(std::move(plan)), m_random(m_plan.seed), m_ticker(this)
{
    m_ticker.setInterval(5);
    connect(&m_ticker, &QTimer::timeout, this, &ParticipationLoad::tick);
}

ParticipationLoad::~ParticipationLoad()
{
    qDeleteAll(m_devices);
}

void ParticipationLoad::start()
{
    const qint64 end = qint64(m_plan.seconds) * 1000;
    const qint64 joinSpread = std::min<qint64>(5000, end / 10);
    for (int d = 0; d < m_plan.devices; ++d) {
        auto *device = new Device;
        device->index = d;
        // 127.0.1.1, 127.0.1.2, ...: every device an address of its own, as on a venue's Wi-Fi.
        device->address =
            QHostAddress(QStringLiteral("127.0.%1.%2").arg(1 + d / 250).arg(1 + d % 250));
        m_devices.append(device);

        const qint64 joined = d * joinSpread / m_plan.devices;
        m_schedule.append({joined, d, "join", {}, {}});
        for (qint64 t = joined + 100 + m_random.bounded(m_plan.pollMs); t < end; t += m_plan.pollMs)
            m_schedule.append({t, d, "state", {}, {}});
        const qint64 span = end - joined - 3000;
        for (int k = 0; k < m_plan.cardsEach; ++k) {
            const qint64 at = joined + 1000 + k * span / m_plan.cardsEach
                              + m_random.bounded(int(span / m_plan.cardsEach / 2));
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QByteArray body = "{\"id\": \"" + id.toLatin1() + "\", \"text\": \"Idee "
                                    + QByteArray::number(k) + " von Gerät "
                                    + QByteArray::number(d)
                                    + ": mehr Grün, Bänke und Licht am Fluss\"}";
            m_schedule.append({at, d, "card", body, id});
            // Every tenth card's answer is "lost": the device sends it again.
            if (k == 3)
                m_schedule.append({at + 300, d, "card", body, id});
        }
        if (d < m_plan.voters && !m_plan.voteRefs.isEmpty()) {
            for (int k = 0; k < m_plan.dotsTried; ++k) {
                const qint64 at = end / 6 + m_random.bounded(int(end * 2 / 3));
                // Few items, so that caps are met too.
                const QString ref = m_plan.voteRefs.at(m_random.bounded(
                    int(std::min<qsizetype>(4, m_plan.voteRefs.size()))));
                m_schedule.append({at, d, "dot",
                                   "{\"ref\": \"" + ref.toLatin1() + "\", \"delta\": 1}", {}});
            }
        }
    }
    std::stable_sort(m_schedule.begin(), m_schedule.end(),
                     [](const Action &a, const Action &b) { return a.atMs < b.atMs; });
    m_clock.start();
    m_ticker.start();
}

void ParticipationLoad::tick()
{
    const qint64 now = m_clock.elapsed();
    while (m_next < m_schedule.size() && m_schedule.at(m_next).atMs <= now) {
        const Action &action = m_schedule.at(m_next++);
        Device &device = *m_devices.at(action.device);
        device.queue.append(action);
        if (!device.inFlight)
            send(device, device.queue.takeFirst());
    }
    if (m_next == m_schedule.size() && m_busy == 0) {
        bool idle = std::all_of(m_devices.cbegin(), m_devices.cend(),
                                [](const Device *d) { return d->queue.isEmpty(); });
        if (idle) {
            m_ticker.stop();
            m_result.cardsLost = int(m_pendingCards.size());
            emit finished();
        }
    }
}

QByteArray ParticipationLoad::request(const Device &device, const Action &action) const
{
    const bool get = action.kind == "state";
    const QByteArray path = action.kind == "join"  ? "/api/join"
                            : action.kind == "state" ? "/api/state"
                            : action.kind == "card"  ? "/api/cards"
                                                     : "/api/dots";
    QByteArray body = action.body;
    if (action.kind == "join")
        body = "{\"code\": \"" + m_plan.code
               + "\", \"table\": " + QByteArray::number(1 + device.index % 8) + "}";
    QByteArray bytes = (get ? "GET " : "POST ") + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
                       + QByteArray::number(m_plan.port) + "\r\n";
    if (!device.cookie.isEmpty())
        bytes += "Cookie: " + device.cookie + "\r\n";
    if (!get) {
        bytes += "Content-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n";
    }
    return bytes + "\r\n" + (get ? QByteArray() : body);
}

void ParticipationLoad::send(Device &device, const Action &action)
{
    device.inFlight = true;
    device.current = action;
    ++m_busy;
    if (action.kind == "card")
        m_pendingCards.insert(action.cardId);
    if (!device.socket) {
        device.socket = new QTcpSocket(this);
        device.socket->bind(device.address);
        connect(device.socket, &QTcpSocket::readyRead, this, [this, &device] { received(device); });
        connect(device.socket, &QTcpSocket::disconnected, this, [this, &device] {
            if (device.inFlight)
                answered(device, 0, {}, {});
            device.socket->deleteLater();
            device.socket = nullptr;
        });
        connect(device.socket, &QTcpSocket::connected, this, [this, &device] {
            device.sent.start();
            device.socket->write(request(device, device.current));
        });
        device.buffer.clear();
        device.socket->connectToHost(QHostAddress::LocalHost, m_plan.port);
        return;
    }
    device.sent.start();
    device.socket->write(request(device, action));
}

void ParticipationLoad::received(Device &device)
{
    device.buffer += device.socket->readAll();
    const qsizetype headEnd = device.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = device.buffer.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (device.buffer.size() < headEnd + 4 + length)
        return;
    const QByteArray body = device.buffer.mid(headEnd + 4, length);
    device.buffer.remove(0, headEnd + 4 + length);
    answered(device, head.mid(9, 3).toInt(), head, body);
}

void ParticipationLoad::answered(Device &device, int status, const QByteArray &head,
                                 const QByteArray &body)
{
    Q_UNUSED(body);
    const double ms = device.sent.nsecsElapsed() / 1e6;
    const Action action = device.current;
    device.inFlight = false;
    --m_busy;
    ++m_result.statusCounts[status];
    m_result.latencyMs[action.kind].append(ms);
    bool expected = false;
    if (action.kind == "join") {
        expected = status == 200;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("set-cookie:")) {
                const QByteArray value = line.mid(11).trimmed();
                device.cookie = value.left(value.indexOf(';'));
            }
        }
    } else if (action.kind == "state") {
        expected = status == 200;
    } else if (action.kind == "card") {
        expected = status == 201 || status == 200;
        if (status == 201)
            ++m_result.cardsCreated;
        else if (status == 200)
            ++m_result.cardsRepeated;
        if (expected) {
            m_pendingCards.remove(action.cardId);
            m_result.cardDevice.insert(action.cardId, device.address.toString());
        }
    } else if (action.kind == "dot") {
        expected = status == 200 || status == 409;
        m_result.dotsGiven += status == 200;
        m_result.dotsRefused += status == 409;
    }
    if (!expected)
        ++m_result.failures;
    if (!device.queue.isEmpty())
        send(device, device.queue.takeFirst());
}

} // namespace weitblick::bench
