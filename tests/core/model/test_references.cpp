#include <catch2/catch.hpp>

#include "core/model/references.h"
#include "testfiles.h"

using namespace weitblick;

TEST_CASE("The awkward test conference is consistent", "[model]")
{
    CHECK(findProblems(test::awkwardConference()).isEmpty());
}

TEST_CASE("Removing a phase takes its cards, clusters, sessions and dots along", "[model]")
{
    Conference conference = test::awkwardConference();
    EntityIds roots;
    roots.insert<Phase>(1);
    const ChangeSet changes = removalWithDependents(conference, roots);
    conference.apply(changes);

    CHECK_FALSE(conference.find<Phase>(1));
    CHECK_FALSE(conference.find<Card>(1));
    CHECK_FALSE(conference.find<Cluster>(1));
    CHECK_FALSE(conference.find<VoteSession>(1));
    CHECK(conference.all<Dot>().isEmpty());
    CHECK(conference.find<Card>(2)); // of phase 2
    // The measure stays, only forgetting where it came from.
    REQUIRE(conference.find<Measure>(1));
    CHECK(conference.find<Measure>(1)->sourceClusterId == NoId);
    CHECK(conference.find<Measure>(1)->sourceCardId == NoId);
    CHECK(findProblems(conference).isEmpty());
}

TEST_CASE("Removing a group clears references and removes the group's dots", "[model]")
{
    Conference conference = test::awkwardConference();
    VoteSession session = *conference.find<VoteSession>(1);
    session.voterUnit = VoterUnit::Group;
    conference.all<VoteSession>().put(session); // dots 1 and 2 are now cast by groups 1 and 2

    EntityIds roots;
    roots.insert<StakeholderGroup>(2);
    conference.apply(removalWithDependents(conference, roots));

    CHECK(conference.find<Participant>(1)->groupId == NoId);
    CHECK(conference.find<Dot>(1));      // group 1
    CHECK_FALSE(conference.find<Dot>(2)); // group 2
    CHECK(findProblems(conference).isEmpty());
}

TEST_CASE("Broken references and bad values are found", "[model]")
{
    Conference conference = test::awkwardConference();
    Card card = *conference.find<Card>(2);
    card.clusterId = 99;
    conference.all<Card>().put(card);
    Dot dot = *conference.find<Dot>(1);
    dot.clusterId = 1; // now on a card and a cluster
    conference.all<Dot>().put(dot);
    Measure measure = *conference.find<Measure>(1);
    measure.progress = 101;
    conference.all<Measure>().put(measure);
    Criterion orphan{9, 42, {}, {}, {}, {}, {}, {}};
    conference.all<Criterion>().put(orphan);

    const QStringList problems = findProblems(conference);
    CHECK(problems.size() == 4);
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("missing cluster 99")));
}

namespace {

Conference withFollowUp()
{
    Conference c = test::awkwardConference();
    c.all<ReviewMeeting>().put({1, QDate(2026, 9, 1), QStringLiteral("1."), {}});
    c.all<MeasureReview>().put({1, 1, 1, {}, {}, {}, {}, MeasureStatus::Planned, 10});
    c.all<IndicatorValue>().put({1, 1, 1, QDate(2026, 9, 1), 11.0});
    c.all<IndicatorValue>().put({2, 2, NoId, QDate(2026, 5, 1), 3.0});
    return c;
}

} // namespace

TEST_CASE("Removing a measure takes its criteria reviews and indicator values along",
          "[model][measures]")
{
    Conference conference = withFollowUp();
    REQUIRE(findProblems(conference).isEmpty());
    EntityIds roots;
    roots.insert<Measure>(1);
    conference.apply(removalWithDependents(conference, roots));
    CHECK(conference.all<Criterion>().isEmpty());
    CHECK(conference.all<MeasureReview>().isEmpty());
    CHECK(conference.all<IndicatorValue>().isEmpty());
    CHECK(conference.find<ReviewMeeting>(1)); // the meeting was about other measures too
    CHECK(findProblems(conference).isEmpty());
}

TEST_CASE("Removing a review meeting keeps the indicator values without it", "[model][measures]")
{
    Conference conference = withFollowUp();
    EntityIds roots;
    roots.insert<ReviewMeeting>(1);
    conference.apply(removalWithDependents(conference, roots));
    CHECK(conference.all<MeasureReview>().isEmpty());
    REQUIRE(conference.find<IndicatorValue>(1));
    CHECK(conference.find<IndicatorValue>(1)->meetingId == NoId);
    CHECK(conference.find<IndicatorValue>(1)->date == QDate(2026, 9, 1));
    CHECK(conference.find<Measure>(1));
    CHECK(findProblems(conference).isEmpty());
}

TEST_CASE("Broken follow-up references and values are found", "[model][measures]")
{
    Conference conference = withFollowUp();
    conference.all<MeasureReview>().put({2, 9, 1, {}, {}, {}, {}, MeasureStatus::Idea, 0});
    conference.all<MeasureReview>().put({3, 1, 1, {}, {}, {}, {}, MeasureStatus::Idea, 101});
    conference.all<IndicatorValue>().put({3, 7, NoId, QDate(2026, 1, 1), 0});
    conference.all<ReviewMeeting>().put({2, QDate(), {}, {}});
    const QStringList problems = findProblems(conference);
    CHECK(problems.size() == 4);
    const QString all = problems.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("review meeting 2 has no date")));
}
