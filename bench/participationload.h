#pragma once

// The load of bench_participation: simulated devices that join, poll the state, send cards and
// vote over HTTP, each over a keep-alive connection of its own from a loopback address of its
// own, as phones on a venue's Wi-Fi do. It runs in a thread of its own, so that the latencies it
// measures include the time the server's thread was busy.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QTcpSocket;

namespace weitblick::bench {

struct LoadPlan
{
    quint16 port = 0;
    QByteArray code;
    int devices = 300;
    int voters = 100;      // the first devices also vote
    int cardsEach = 10;
    int dotsTried = 7;     // more than the budget, to meet the rules
    int seconds = 60;
    int pollMs = 2000;
    QStringList voteRefs;  // what the voters put dots on
    quint32 seed = 13;
};

// What came back, per kind of request.
struct LoadResult
{
    QHash<QByteArray, QList<double>> latencyMs; // "join", "state", "card", "dot"
    QHash<int, int> statusCounts;
    int cardsCreated = 0;   // 201
    int cardsRepeated = 0;  // 200 for a card sent again
    int cardsLost = 0;      // never confirmed
    int dotsGiven = 0;      // 200 on +1
    int dotsRefused = 0;    // 409
    int failures = 0;       // no answer, or an unexpected status
    QHash<QString, QString> cardDevice; // client id -> device address, every card confirmed
};

class ParticipationLoad : public QObject
{
    Q_OBJECT

public:
    explicit ParticipationLoad(LoadPlan plan);
    ~ParticipationLoad() override;

    // Runs the plan; finished() comes when every device is done.
    void start();
    const LoadResult &result() const { return m_result; }

signals:
    void finished();

private:
    struct Action
    {
        qint64 atMs = 0;
        int device = 0;
        QByteArray kind; // join, state, card, dot
        QByteArray body;
        QString cardId;
    };
    struct Device;

    void tick();
    void send(Device &device, const Action &action);
    void received(Device &device);
    void answered(Device &device, int status, const QByteArray &headers, const QByteArray &body);
    QByteArray request(const Device &device, const Action &action) const;

    LoadPlan m_plan;
    QRandomGenerator m_random;
    QList<Action> m_schedule; // by time
    qsizetype m_next = 0;
    QList<Device *> m_devices;
    QElapsedTimer m_clock;
    QTimer m_ticker; // a child, so that it moves to the load's thread with it
    LoadResult m_result;
    QSet<QString> m_pendingCards; // sent, not yet confirmed
    int m_busy = 0;
};

} // namespace weitblick::bench
