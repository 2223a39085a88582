// Participation over the network under the load of issue 13: 300 devices on loopback join,
// poll the state every 2 s and send 10 cards each over 60 s (one answer in ten "lost", so the
// card is sent again); 100 of them vote in an anonymous room vote, trying more dots than their
// budget. The same requests go first to a bare QHttpServer with canned answers, as the
// baseline of the same run; then to Weitblick's server while its wall is painted every 100 ms
// in the same thread.
// Prints the latencies (median and p95) beside the baseline, whether any card was lost or
// stored twice, whether every dot kept the rules, and the wall's frame time under the load.
// Usage: bench_participation [SECONDS] (default 60). The file goes to a temporary folder in the
// current directory, on a real disk, because durable writes are part of the figure.

#include "benchutil.h"
#include "participationload.h"

#include "core/commands/commands.h"
#include "core/sample/sampleconference.h"
#include "core/voting/voteitems.h"
#include "net/participationserver.h"
#include "ui/wall/phasepage.h"
#include "ui/wall/wallview.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QHttpServer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

constexpr auto Code = "K7QM2X";
constexpr Id CardPhase = 3;  // the future: cards come in here
constexpr Id VotePhase = 2;  // the present: its cards get dots

// The sample, with an open anonymous room vote on the present: 5 dots per device, 2 per item.
Conference benchConference(Id *voteId)
{
    Conference conference = makeSampleConference();
    VoteSession vote;
    vote.id = conference.all<VoteSession>().nextId();
    vote.phaseId = VotePhase;
    vote.title = QStringLiteral("Was ist uns wichtig?");
    vote.dotsPerVoter = 5;
    vote.capPerItem = 2;
    vote.voterUnit = VoterUnit::Room;
    vote.clustersVotable = false;
    conference.all<VoteSession>().put(vote);
    *voteId = vote.id;
    return conference;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

// The wall painted every 100 ms while the load runs: each frame is how late the timer fired
// (the thread was busy with requests) plus the paint.
class FrameClock : public QObject
{
public:
    explicit FrameClock(WallView *view) : m_view(view)
    {
        m_timer.setInterval(100);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { frame(); });
    }
    void start()
    {
        m_frames.clear();
        m_clock.start();
        m_expected = 100;
        m_timer.start();
    }
    QList<double> stop()
    {
        m_timer.stop();
        return m_frames;
    }

private:
    void frame()
    {
        const double late = std::max(0.0, m_clock.nsecsElapsed() / 1e6 - m_expected);
        QElapsedTimer paint;
        paint.start();
        m_view->viewport()->repaint();
        m_frames << late + paint.nsecsElapsed() / 1e6;
        m_expected = m_clock.nsecsElapsed() / 1e6 + 100;
    }

    WallView *m_view;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_expected = 0;
    QList<double> m_frames;
};

// Runs the plan in a thread of its own and waits for it here, serving meanwhile.
LoadResult runLoad(const LoadPlan &plan)
{
    QThread thread;
    auto *load = new ParticipationLoad(plan);
    load->moveToThread(&thread);
    QEventLoop wait;
    QObject::connect(load, &ParticipationLoad::finished, &wait, &QEventLoop::quit);
    QObject::connect(&thread, &QThread::started, load, &ParticipationLoad::start);
    thread.start();
    wait.exec();
    LoadResult result = load->result();
    QMetaObject::invokeMethod(load, &QObject::deleteLater);
    thread.quit();
    thread.wait();
    return result;
}

// A bare QHttpServer answering the same requests with canned answers of the same size.
void addBareRoutes(QHttpServer *server, const QByteArray &state)
{
    const auto json = [](const QByteArray &body, QHttpServerResponse::StatusCode status) {
        return QHttpServerResponse("application/json", body, status);
    };
    server->route(QStringLiteral("/api/join"), QHttpServerRequest::Method::Post,
                  [state, json](const QHttpServerRequest &) {
                      QHttpServerResponse response =
                          json(state, QHttpServerResponse::StatusCode::Ok);
                      response.addHeader("Set-Cookie", "weitblick_device=0123456789abcdef0123456"
                                                       "789abcdef; Path=/; HttpOnly; "
                                                       "SameSite=Strict");
                      return response;
                  });
    server->route(QStringLiteral("/api/state"), QHttpServerRequest::Method::Get,
                  [state, json] { return json(state, QHttpServerResponse::StatusCode::Ok); });
    server->route(QStringLiteral("/api/cards"), QHttpServerRequest::Method::Post,
                  [json](const QHttpServerRequest &request) {
                      const QByteArray id = QJsonDocument::fromJson(request.body())
                                                .object().value(QStringLiteral("id"))
                                                .toString().toLatin1();
                      return json("{\"id\":\"" + id + "\"}",
                                  QHttpServerResponse::StatusCode::Created);
                  });
    server->route(QStringLiteral("/api/dots"), QHttpServerRequest::Method::Post, [json] {
        return json("{\"mine\":{\"card:40\":1},\"left\":4,\"minusLeft\":0}",
                    QHttpServerResponse::StatusCode::Ok);
    });
}

void printLatencies(const QString &name, const LoadResult &measured, const LoadResult &bare)
{
    const QList<QByteArray> kinds{"join", "state", "card", "dot"};
    QList<double> all;
    QList<double> allBare;
    for (const QByteArray &kind : kinds) {
        const QList<double> ms = measured.latencyMs.value(kind);
        const QList<double> bareMs = bare.latencyMs.value(kind);
        all += ms;
        allBare += bareMs;
        printRow(QStringLiteral("%1 %2: median (%3 requests)").arg(name, QLatin1String(kind))
                     .arg(ms.size()),
                 percentile(ms, 0.5), percentile(bareMs, 0.5), QStringLiteral("-"));
        printRow(QStringLiteral("%1 %2: p95").arg(name, QLatin1String(kind)), percentile(ms, 0.95),
                 percentile(bareMs, 0.95), QStringLiteral("-"));
    }
    printRow(QStringLiteral("%1 every request: p95 (%2 requests)").arg(name).arg(all.size()),
             percentile(all, 0.95), percentile(allBare, 0.95), QStringLiteral("100, 3x"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60;

    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench-participation-XXXXXX")));
    Id voteId = NoId;
    QString error;
    auto document = ConferenceDocument::create(
        QDir(dir.path()).filePath(QStringLiteral("room.weitblick")), benchConference(&voteId),
        &error);
    if (!document) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    ParticipationServer server(document.get());
    server.setOpenPhase(CardPhase);
    server.setDeviceVote(voteId);
    if (!server.start(QHostAddress::LocalHost, 0, QLatin1String(Code), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }

    // The moderator looks at the wall the cards arrive on.
    PhasePage page(document.get());
    page.resize(1920, 1080);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        qWarning("The page was not exposed; figures may be off.");
    page.setPhase(CardPhase);
    FrameClock frames(page.view());

    LoadPlan plan;
    plan.code = Code;
    plan.seconds = seconds;
    const VoteSession vote = *document->conference().find<VoteSession>(voteId);
    for (const VoteItem &item : voteItems(document->conference(), vote))
        plan.voteRefs << QStringLiteral("card:%1").arg(item.cardId);

    // The baseline: a bare QHttpServer with answers of the size of the real state.
    HttpRequestData probe;
    probe.method = "POST";
    probe.target = "/api/join";
    probe.peer = QStringLiteral("127.0.9.9");
    probe.headers = {{"Content-Type", "application/json"}};
    probe.body = "{\"code\": \"" + QByteArray(Code) + "\", \"table\": 1}";
    const QByteArray state = server.api()->handle(probe).body;
    QHttpServer bare;
    addBareRoutes(&bare, state);
    auto *bareTcp = new QTcpServer;
    bareTcp->listen(QHostAddress::LocalHost, 0);
    bare.bind(bareTcp);
    plan.port = bareTcp->serverPort();
    frames.start();
    const LoadResult baseline = runLoad(plan);
    const QList<double> bareFrames = frames.stop();

    plan.port = server.port();
    frames.start();
    const LoadResult measured = runLoad(plan);
    const QList<double> wallFrames = frames.stop();

    // What the file holds: every confirmed card once, and every dot within the rules.
    const Conference &conference = document->conference();
    QHash<QUuid, int> stored;
    for (const Card &card : conference.all<Card>()) {
        if (card.deviceId != NoId)
            ++stored[card.clientId];
    }
    int lost = measured.cardsLost;
    int duplicated = 0;
    for (auto it = measured.cardDevice.cbegin(); it != measured.cardDevice.cend(); ++it)
        lost += stored.value(QUuid(it.key())) == 0 ? 1 : 0;
    for (int count : std::as_const(stored))
        duplicated += count - 1;
    QHash<Id, int> dotsOfDevice;
    QHash<std::pair<Id, Id>, int> dotsOnItem;
    int dotsInFile = 0;
    for (const Dot &dot : conference.all<Dot>()) {
        if (dot.sessionId != voteId)
            continue;
        dotsOfDevice[dot.deviceId] += dot.count;
        dotsOnItem[{dot.deviceId, dot.cardId}] += dot.count;
        dotsInFile += dot.count;
    }
    int broken = 0;
    for (int count : std::as_const(dotsOfDevice))
        broken += count > vote.dotsPerVoter;
    for (int count : std::as_const(dotsOnItem))
        broken += count > vote.capPerItem;

    printHeader();
    printLatencies(QStringLiteral("weitblick"), measured, baseline);
    printRow(QStringLiteral("wall frame under load: median (%1 frames)").arg(wallFrames.size()),
             percentile(wallFrames, 0.5), percentile(bareFrames, 0.5), QStringLiteral("-"));
    printRow(QStringLiteral("wall frame under load: p95"), percentile(wallFrames, 0.95),
             percentile(bareFrames, 0.95), QStringLiteral("50"));
    printRow(QStringLiteral("wall frame under load: worst"), percentile(wallFrames, 1.0),
             percentile(bareFrames, 1.0), QStringLiteral("-"));
    QTextStream(stdout) << QStringLiteral(
        "cards: %1 sent, %2 stored (201), %3 answered 200 when sent again, %4 lost, "
        "%5 stored twice\n"
        "dots: %6 given, %7 refused by the rules, %8 in the file, %9 over a budget or cap\n"
        "unexpected answers: %10 (weitblick), %11 (bare)\n")
        .arg(plan.devices * plan.cardsEach)
        .arg(measured.cardsCreated)
        .arg(measured.cardsRepeated)
        .arg(lost)
        .arg(duplicated)
        .arg(measured.dotsGiven)
        .arg(measured.dotsRefused)
        .arg(dotsInFile)
        .arg(broken)
        .arg(measured.failures)
        .arg(baseline.failures);
    const bool ok = lost == 0 && duplicated == 0 && broken == 0 && measured.failures == 0
                    && dotsInFile == measured.dotsGiven;
    return ok ? 0 : 1;
}
