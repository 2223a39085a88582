// Voting benchmark (issue 4): the results and the dots of the stress conference (1,000
// participants, 100,000 dots), each beside a baseline measured in the same run.
// Usage: bench_voting [RUNS] (default 7). Files go to a temporary folder in the current
// directory, on a real disk, because a dot is durable the moment it is stuck.

#include "benchutil.h"
#include "rawsqlite.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/sample/stressconference.h"
#include "core/voting/ranking.h"
#include "ui/voting/rankingpainter.h"
#include "ui/voting/votingpanel.h"
#include "ui/wall/phasepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QTemporaryDir>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

// The session with the most dots: the one a moderator would look at.
Id busiestSession(const Conference &conference)
{
    QHash<Id, int> dots;
    for (const Dot &dot : conference.all<Dot>())
        dots[dot.sessionId] += dot.count;
    Id best = NoId;
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        if (best == NoId || it.value() > dots.value(best))
            best = it.key();
    }
    return best;
}

// The least work any ranking needs: one pass summing the dots per item.
int rawTally(const Conference &conference, Id sessionId)
{
    QHash<Id, int> perItem;
    for (const Dot &dot : conference.all<Dot>()) {
        if (dot.sessionId == sessionId)
            perItem[dot.cardId != NoId ? dot.cardId : -dot.clusterId] += dot.count;
    }
    return int(perItem.size());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = qMax(5, argc > 1 ? QByteArray(argv[1]).toInt() : 7);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    const QString stress = dir.filePath(QStringLiteral("stress.weitblick"));
    QString error;
    require(ConferenceStore::create(stress, makeStressConference(), &error),
            QStringLiteral("writing the stress file: %1").arg(error));
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(stress, ConferenceStore::Access::ReadWrite, &outcome);
    require(document != nullptr, QStringLiteral("opening the stress file"));
    const Conference &conference = document->conference();
    const Id sessionId = busiestSession(conference);
    QTextStream(stdout) << "stress conference: " << conference.all<Dot>().size()
                        << " dot rows; median of " << runs << " runs\n";
    printHeader();

    const auto [rawMs, rankingMs] = interleavedMediansMs(
        runs, [&] { rawTally(conference, sessionId); },
        [&] { Ranking(conference, sessionId).commonGround(1.0); });
    printRow(QStringLiteral("ranking + common ground (sum per item)"), rankingMs, rawMs,
             QStringLiteral("< 100 ms"));

    // The projector's ranking slide, against filling the same image with as many text rows.
    QImage image(1920, 1080, QImage::Format_RGB32);
    const RankingPainter painter(conference, sessionId);
    const auto [rawPaint, paint] = interleavedMediansMs(runs, [&] {
        QPainter p(&image);
        p.fillRect(image.rect(), Qt::white);
        for (int row = 0; row < 16; ++row)
            p.drawText(QPointF(60, 60 + row * 60), painter.ranking().items().at(row).label);
    }, [&] {
        QPainter p(&image);
        painter.paint(&p, QRectF(image.rect()));
    });
    printRow(QStringLiteral("paint the ranking slide at 1920x1080"), paint, rawPaint,
             QStringLiteral("< 50 ms"));

    // One click on the wall: budget and cap checked, the dot durable, against a raw
    // INSERT + COMMIT on a file in the same folder.
    sqlite3 *rawDb = openRawScratch(dir.filePath(QStringLiteral("raw.sqlite")));
    QList<Id> voters;
    for (const Participant &participant : conference.all<Participant>())
        voters << participant.id;
    QList<Id> cards;
    for (const Card &card : conference.all<Card>()) {
        if (card.phaseId == conference.find<VoteSession>(sessionId)->phaseId
            && card.form != CardForm::Heading) // a heading takes no dots
            cards << card.id;
    }
    // Open, by participant, with room for every timed dot: each must be stuck, not refused
    // (the dots go round the 1,000 voters, each with a budget of 99).
    VoteSession open = *conference.find<VoteSession>(sessionId);
    open.open = true;
    open.dotsPerVoter = limits::MaxDotsPerVoter;
    open.capPerItem = 0;
    open.voterUnit = VoterUnit::Participant;
    require(commands::edit(document.get(), open, QStringLiteral("open")),
            QStringLiteral("opening the vote"));
    require(!cards.isEmpty(), QStringLiteral("finding the cards of the vote"));
    int n = 0;
    int stuck = 0;
    const auto stickDot = [&] {
        ++n;
        DotTarget target;
        target.sessionId = sessionId;
        target.voterId = voters.at(n % voters.size());
        target.cardId = cards.at(n % cards.size());
        QString refusal;
        const bool ok = commands::addDots(document.get(), target, 1, &refusal);
        require(ok, QStringLiteral("a dot (refused: %1)").arg(refusal));
        ++stuck;
    };
    const int dotRuns = qMax(runs, 51);
    const auto [rawDot, dot] = interleavedMediansMs(dotRuns, [&] {
        require(rawInsertCommit(rawDb, n + 1), QStringLiteral("raw INSERT and COMMIT"));
    }, stickDot);
    require(stuck == dotRuns, QStringLiteral("sticking every timed dot"));
    printRow(QStringLiteral("one durable dot (click on the wall)"), dot, rawDot,
             QStringLiteral("<= 1.5x"));

    // The same dot with the wall on screen and its voting panel open, which marks the voters
    // who have used all their dots after every dot (one more pass over the 100,000 dots),
    // against the wall with the panel closed.
    {
        PhasePage page(document.get());
        page.resize(1600, 1000);
        page.setPhase(open.phaseId);
        page.show();
        page.votingAction()->setChecked(true);
        page.votingPanel()->setSession(sessionId);
        QApplication::processEvents();
        // The panel opens and closes untimed between the dots (opening refits the wall).
        const auto withPanel = [&](bool open) {
            page.votingAction()->setChecked(open);
            QApplication::processEvents();
            return medianMs(1, stickDot);
        };
        QList<double> closed;
        QList<double> opened;
        for (int i = 0; i < dotRuns; ++i) {
            closed << withPanel(false);
            opened << withPanel(true);
        }
        std::sort(closed.begin(), closed.end());
        std::sort(opened.begin(), opened.end());
        const double plainDot = closed.at(dotRuns / 2);
        const double panelDot = opened.at(dotRuns / 2);
        require(page.votingPanel()->voterList()->count() == voters.size(),
                QStringLiteral("listing every voter"));
        printRow(QStringLiteral("one dot, voting panel open (1000 voters)"), panelDot, plainDot,
                 QStringLiteral("<= 2x"));
    }
    sqlite3_close(rawDb);
    return 0;
}
