#include <catch2/catch.hpp>

#include "core/model/references.h"
#include "core/sample/sampleconference.h"
#include "core/sample/stressconference.h"
#include "core/timer/phasetimer.h"

#include <QDateTime>
#include <QRectF>
#include <QSet>

#include <map>
#include <tuple>
#include <utility>

using namespace weitblick;

namespace {

bool hasUmlaut(const QString &text)
{
    static const QString umlauts = QString::fromUtf8("äöüÄÖÜß");
    for (const QChar c : text) {
        if (umlauts.contains(c))
            return true;
    }
    return false;
}

// What is wrong with the dots of a conference. Counted rather than CHECKed one by one, since
// the stress conference has 100,000 of them.
struct DotReport
{
    int overBudget = 0; // voters who spent more dots than the session gives
    int overCap = 0;    // (voter, item) pairs above the session's cap
    int badCount = 0;   // dots with a count below one
    int wrongPhase = 0; // dots on an item of another phase than the session's
    QSet<Id> voters;
};

DotReport checkDots(const Conference &conference)
{
    DotReport report;
    std::map<std::pair<Id, Id>, int> spent;            // by (session, voter)
    std::map<std::tuple<Id, Id, Id, Id>, int> perItem; // by (session, voter, card, cluster)
    for (const Dot &dot : conference.all<Dot>()) {
        const VoteSession *session = conference.find<VoteSession>(dot.sessionId);
        if (!session)
            continue; // findProblems reports it
        if (dot.count < 1)
            ++report.badCount;
        spent[{dot.sessionId, dot.voterId}] += dot.count;
        perItem[{dot.sessionId, dot.voterId, dot.cardId, dot.clusterId}] += dot.count;
        report.voters.insert(dot.voterId);
        const Id phaseId = dot.cardId != NoId ? conference.find<Card>(dot.cardId)->phaseId
                                              : conference.find<Cluster>(dot.clusterId)->phaseId;
        if (phaseId != session->phaseId)
            ++report.wrongPhase;
    }
    for (const auto &[key, count] : spent) {
        if (count > conference.find<VoteSession>(key.first)->dotsPerVoter)
            ++report.overBudget;
    }
    for (const auto &[key, count] : perItem) {
        const int cap = conference.find<VoteSession>(std::get<0>(key))->capPerItem;
        if (cap > 0 && count > cap)
            ++report.overCap;
    }
    return report;
}

void checkDotReport(const DotReport &report)
{
    CHECK(report.overBudget == 0);
    CHECK(report.overCap == 0);
    CHECK(report.badCount == 0);
    CHECK(report.wrongPhase == 0);
}

} // namespace

TEST_CASE("The sample conference is consistent", "[sample]")
{
    const Conference conference = makeSampleConference();
    const QStringList problems = findProblems(conference);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The sample conference is the same every time", "[sample]")
{
    CHECK(makeSampleConference() == makeSampleConference());
}

TEST_CASE("The sample conference opens with its timers stopped and none run out", "[sample]")
{
    // Whenever it is opened: a running timer would have run out long since.
    const Conference conference = makeSampleConference();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Phase &phase : conference.all<Phase>()) {
        INFO(phase.title.toStdString());
        const PhaseTimer timer(phase);
        CHECK_FALSE(timer.isRunning());
        CHECK_FALSE(timer.isUp(now));
        CHECK_FALSE(timer.isUp(now + 365LL * 24 * 3600 * 1000));
    }
}

TEST_CASE("The sample conference looks like a real one", "[sample]")
{
    const Conference conference = makeSampleConference();

    CHECK_FALSE(conference.info().title.isEmpty());
    CHECK(conference.info().areaKind == AreaKind::Town);
    CHECK(conference.info().startDate.year() == 2026);
    CHECK(conference.all<StakeholderGroup>().size() == 6);
    CHECK(conference.all<Phase>().size() == 5);
    CHECK(conference.all<Card>().size() >= 90);
    CHECK(conference.all<Cluster>().size() >= 10);
    CHECK(conference.all<Measure>().size() >= 8);
    CHECK(conference.all<SubProject>().size() >= 3);

    const int participants = conference.all<Participant>().size();
    CHECK(participants >= 60);
    CHECK(participants <= 70);

    SECTION("eight tables, each mixing the groups")
    {
        REQUIRE(conference.all<Table>().size() == 8);
        QSet<int> numbers;
        for (const Table &table : conference.all<Table>()) {
            numbers.insert(table.number);
            CHECK(table.name == QStringLiteral("Tisch %1").arg(table.number));
        }
        CHECK(numbers == QSet<int>{1, 2, 3, 4, 5, 6, 7, 8});

        std::map<Id, QSet<Id>> groupsAtTable;
        int steering = 0;
        for (const Participant &participant : conference.all<Participant>()) {
            REQUIRE(participant.tableId != NoId);
            REQUIRE(participant.groupId != NoId);
            groupsAtTable[participant.tableId].insert(participant.groupId);
            steering += participant.steeringCommittee ? 1 : 0;
        }
        for (const auto &[table, groups] : groupsAtTable)
            CHECK(groups.size() >= 4);
        CHECK(steering >= 5);
        CHECK(steering <= 10);
    }

    SECTION("cards on the timeline have a year and a lane, wall cards a group and table")
    {
        for (const Card &card : conference.all<Card>()) {
            const Phase *phase = conference.find<Phase>(card.phaseId);
            REQUIRE(phase);
            if (phase->kind == PhaseKind::Past) {
                CHECK(card.year.has_value());
                CHECK(card.lane != TimelineLane::None);
            }
            if (card.form == CardForm::Card) {
                CHECK(card.groupId != NoId);
                CHECK(card.tableId != NoId);
            }
        }
    }

    SECTION("clusters have headings and cards, and no two cards of a wall overlap")
    {
        std::map<Id, int> cardsInCluster;
        for (const Card &card : conference.all<Card>())
            ++cardsInCluster[card.clusterId];
        for (const Cluster &cluster : conference.all<Cluster>()) {
            CHECK_FALSE(cluster.heading.isEmpty());
            CHECK(cardsInCluster[cluster.id] >= 3);
        }

        const QSizeF cardSize(220, 120);
        QStringList overlapping;
        for (const Card &a : conference.all<Card>()) {
            for (const Card &b : conference.all<Card>()) {
                if (a.id < b.id && a.phaseId == b.phaseId
                    && QRectF(a.pos, cardSize).intersects(QRectF(b.pos, cardSize)))
                    overlapping << a.text + QStringLiteral(" / ") + b.text;
            }
        }
        INFO(overlapping.join(QLatin1Char('\n')).toStdString());
        CHECK(overlapping.isEmpty());
    }

    SECTION("the vote is closed and respects the budget")
    {
        REQUIRE(conference.all<VoteSession>().size() == 1);
        const VoteSession &session = *conference.all<VoteSession>().begin();
        CHECK_FALSE(session.open);
        CHECK(conference.find<Phase>(session.phaseId)->kind == PhaseKind::Future);
        CHECK(session.voterUnit == VoterUnit::Participant);
        CHECK(session.dotsPerVoter == 5);
        CHECK(session.capPerItem == 2);

        const DotReport report = checkDots(conference);
        checkDotReport(report);
        CHECK(report.voters.size() >= participants * 3 / 4);
        for (const Id voter : report.voters)
            CHECK(conference.find<Participant>(voter));
    }

    SECTION("measures come from voted clusters and are followed up")
    {
        QSet<Id> votedClusters;
        for (const Dot &dot : conference.all<Dot>())
            votedClusters.insert(dot.clusterId);
        std::map<Id, int> criteria;
        for (const Criterion &criterion : conference.all<Criterion>())
            ++criteria[criterion.measureId];

        QSet<int> statuses;
        for (const Measure &measure : conference.all<Measure>()) {
            CHECK(votedClusters.contains(measure.sourceClusterId));
            CHECK(measure.subProjectId != NoId);
            CHECK_FALSE(measure.owner.isEmpty());
            CHECK_FALSE(measure.team.isEmpty());
            CHECK_FALSE(measure.description.isEmpty());
            CHECK_FALSE(measure.communication.isEmpty());
            CHECK(measure.startDate.isValid());
            CHECK(measure.deadline >= measure.startDate);
            CHECK(criteria[measure.id] >= 1);
            statuses.insert(int(measure.status));
        }
        CHECK(statuses.size() >= 3);
    }

    SECTION("the texts are German")
    {
        bool umlautOnCard = false;
        for (const Card &card : conference.all<Card>())
            umlautOnCard = umlautOnCard || hasUmlaut(card.text);
        CHECK(umlautOnCard);
    }
}

TEST_CASE("The stress conference has the promised size and is consistent", "[sample][stress]")
{
    const Conference conference = makeStressConference();

    CHECK(conference.all<Participant>().size() == 1000);
    CHECK(conference.all<Table>().size() == 40);
    CHECK(conference.all<StakeholderGroup>().size() == 6);
    CHECK(conference.all<Phase>().size() == 5);
    CHECK(conference.all<Card>().size() == 20000);
    CHECK(conference.all<Cluster>().size() == 2000);
    CHECK(conference.all<VoteSession>().size() == 5);
    CHECK(conference.all<Dot>().size() == 100000);
    CHECK(conference.all<Measure>().size() == 500);
    CHECK(conference.all<Criterion>().size() == 500);
    CHECK(conference.all<SubProject>().size() == 20);

    // findProblems stops early by default; look at all of them.
    const QStringList problems = findProblems(conference, 1000000);
    INFO(problems.mid(0, 20).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());

    const DotReport report = checkDots(conference);
    checkDotReport(report);
    CHECK(report.voters.size() == 1000);

    int badLength = 0;
    bool umlaut = false;
    for (const Card &card : conference.all<Card>()) {
        const qsizetype words = card.text.count(QLatin1Char(' ')) + 1;
        if (words < 5 || words > 20)
            ++badLength;
        umlaut = umlaut || hasUmlaut(card.text);
    }
    CHECK(badLength == 0);
    CHECK(umlaut);
}

TEST_CASE("The stress conference depends only on its seed", "[sample][stress]")
{
    CHECK(makeStressConference(7) == makeStressConference(7));
    CHECK_FALSE(makeStressConference(7) == makeStressConference(8));
}
