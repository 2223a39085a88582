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
