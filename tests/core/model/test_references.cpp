#include <catch2/catch.hpp>

#include "core/model/limits.h"
#include "core/model/references.h"
#include "core/model/validation.h"
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
    CHECK_FALSE(conference.find<Dot>(1));
    CHECK_FALSE(conference.find<Dot>(2));
    CHECK(conference.find<Dot>(3)); // a device's dots in the vote on phase 2
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
    CHECK(all.contains(QStringLiteral("review meeting 2: date missing")));
}

TEST_CASE("The next id never overflows, even when a map holds the largest ids", "[model][ids]")
{
    EntityMap<Card> cards;
    CHECK(cards.nextId() == 1);
    Card card;
    card.id = 41;
    cards.put(card);
    CHECK(cards.nextId() == 42);
    card.id = limits::MaxId;
    cards.put(card);
    CHECK(cards.nextId() == 1); // the lowest free id
    card.id = std::numeric_limits<Id>::max();
    cards.put(card);
    card.id = 1;
    cards.put(card);
    CHECK(cards.nextId() == 2);
}

TEST_CASE("The reference check does not allocate by the largest id", "[model][ids]")
{
    Conference conference = test::awkwardConference();
    Card card = *conference.find<Card>(2);
    card.id = std::numeric_limits<Id>::max();
    conference.all<Card>().put(card);
    card.id = 3;
    card.clusterId = std::numeric_limits<Id>::max() - 1;
    conference.all<Card>().put(card);
    const QStringList problems = findProblems(conference);
    CHECK(problems.size() == 2);
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("card 9223372036854775807")));
    CHECK(findValueProblems(conference).size() == 1);
}

TEST_CASE("A change set is checked by the rules of the whole file", "[model][changes]")
{
    Conference conference = test::awkwardConference();
    const auto problemsOf = [&](const ChangeSet &changes) {
        REQUIRE(conference.applyIfCurrent(changes));
        const QStringList found = findProblems(conference, changes);
        // The quick check of the changes finds what the check of the whole file finds.
        CHECK(found.isEmpty() == findProblems(conference).isEmpty());
        conference.revert(changes);
        REQUIRE(conference == test::awkwardConference());
        return found;
    };

    SECTION("a legal edit passes")
    {
        Card card = *conference.find<Card>(2);
        card.text = QStringLiteral("neu");
        ChangeSet changes;
        changes.modify(*conference.find<Card>(2), card);
        CHECK(problemsOf(changes).isEmpty());
    }
    SECTION("a vote's voter unit changed after dots exist")
    {
        VoteSession session = *conference.find<VoteSession>(1);
        session.voterUnit = VoterUnit::Table;
        ChangeSet changes;
        changes.modify(*conference.find<VoteSession>(1), session);
        const QStringList problems = problemsOf(changes);
        REQUIRE(problems.size() == 1);
        CHECK(problems.constFirst().contains(QStringLiteral("dot 2")));
    }
    SECTION("a cluster moved to another phase away from its card")
    {
        Cluster cluster = *conference.find<Cluster>(1);
        cluster.phaseId = 2;
        ChangeSet changes;
        changes.modify(*conference.find<Cluster>(1), cluster);
        CHECK(problemsOf(changes).join(QLatin1Char('\n')).contains(QStringLiteral("card 1")));
    }
    SECTION("a phase removed without what is on it")
    {
        ChangeSet changes;
        changes.remove(*conference.find<Phase>(1));
        CHECK_FALSE(problemsOf(changes).isEmpty());
    }
    SECTION("values outside the limits")
    {
        Card card = *conference.find<Card>(1);
        card.year = 10000;
        ChangeSet changes;
        changes.modify(*conference.find<Card>(1), card);
        const QStringList problems = problemsOf(changes);
        REQUIRE(problems.size() == 1);
        CHECK(problems.constFirst().startsWith(QStringLiteral("card 1: year outside 1 to")));
        Dot dot = *conference.find<Dot>(1);
        dot.count = limits::MaxDotCount + 1;
        ChangeSet more;
        more.modify(*conference.find<Dot>(1), dot);
        CHECK(problemsOf(more).size() == 1);
        Measure measure = *conference.find<Measure>(1);
        measure.owner = QString(limits::MaxShortText + 1, QLatin1Char('x'));
        ChangeSet longer;
        longer.modify(*conference.find<Measure>(1), measure);
        CHECK(problemsOf(longer).size() == 1);
    }
    SECTION("a device's token that is not its hash")
    {
        Device device = *conference.find<Device>(1);
        device.tokenHash = device.tokenHash.toUpper();
        ChangeSet changes;
        changes.modify(*conference.find<Device>(1), device);
        const QStringList problems = problemsOf(changes);
        REQUIRE(problems.size() == 1);
        CHECK(problems.constFirst().startsWith(QStringLiteral("device 1: token")));
        device.tokenHash = QString(Device::TokenHashLength + 1, QLatin1Char('a'));
        ChangeSet longer;
        longer.modify(*conference.find<Device>(1), device);
        CHECK(problemsOf(longer).size() == 1);
    }
    SECTION("a device at a table that does not exist, and a device's dot in a vote with voters")
    {
        Device device = *conference.find<Device>(1);
        device.tableId = 99;
        ChangeSet changes;
        changes.modify(*conference.find<Device>(1), device);
        CHECK(problemsOf(changes).join(QLatin1Char('\n')).contains(QStringLiteral("table 99")));
        Dot dot = *conference.find<Dot>(1); // in a vote per participant
        dot.deviceId = 1;
        ChangeSet dots;
        dots.modify(*conference.find<Dot>(1), dot);
        CHECK(problemsOf(dots).join(QLatin1Char('\n'))
                  .contains(QStringLiteral("dot 1 names a device in a session with voters")));
    }
    SECTION("a device removed while its cards and dots stay")
    {
        ChangeSet changes;
        changes.remove(*conference.find<Device>(1));
        const QString problems = problemsOf(changes).join(QLatin1Char('\n'));
        CHECK(problems.contains(QStringLiteral("missing device 1")));
    }
}

TEST_CASE("A stale change set is not applied at all", "[model][changes]")
{
    Conference conference = test::awkwardConference();
    Card card = *conference.find<Card>(2);
    Card stale = card;
    stale.text = QStringLiteral("not what the conference holds");
    Card edited = card;
    edited.text = QStringLiteral("edited");
    Card added;
    added.id = 7;
    added.phaseId = 1;
    ChangeSet changes;
    changes.add(added);
    changes.modify(stale, edited);
    CHECK_FALSE(conference.applyIfCurrent(changes));
    CHECK(conference == test::awkwardConference());
}

TEST_CASE("Card texts count characters as SQLite does", "[model]")
{
    CHECK(codePointCount(QString::fromUtf8("🙂🙂x")) == 3);
    Conference conference = test::awkwardConference();
    Card card = *conference.find<Card>(2);
    card.text = QString::fromUtf8("🙂").repeated(Card::MaxTextLength);
    conference.all<Card>().put(card);
    CHECK(findProblems(conference).isEmpty());
    card.text += QLatin1Char('x');
    conference.all<Card>().put(card);
    CHECK(findProblems(conference).size() == 1);
}

// Issue 12, item 14: limits count characters as a person sees them, and a card's text stays
// within what the schema's CHECK (code points) stores.
TEST_CASE("Text limits count characters as a person sees them", "[model]")
{
    const QString thumb = QString::fromUtf8("👍🏽");
    const QString flag = QString::fromUtf8("🇩🇪");
    const QString accent = QStringLiteral("e\u0301");
    CHECK(visibleLength(thumb + flag + accent + QStringLiteral("x")) == 4);
    CHECK(codePointCount(thumb + flag + accent) == 6);

    Conference conference = test::awkwardConference();
    Participant participant = *conference.all<Participant>().begin();
    participant.name = accent.repeated(limits::MaxShortText);
    conference.all<Participant>().put(participant);
    CHECK(valueProblem(AnyEntity(participant)).isEmpty());
    participant.name += QLatin1Char('x');
    CHECK_FALSE(valueProblem(AnyEntity(participant)).isEmpty());

    Card card = *conference.find<Card>(2);
    card.text = thumb.repeated(limits::MaxStoredCardText / 2);
    CHECK(valueProblem(AnyEntity(card)).isEmpty());
    CHECK(cardTextProblem(card.text).isEmpty());
    card.text += thumb;
    CHECK(valueProblem(AnyEntity(card)).contains(QStringLiteral("places a file stores")));
    CHECK(cardTextFit(card.text) == TextFit::TooLongToStore);

    // Cut between whole characters, to what a file stores.
    CHECK(clampCardText(thumb.repeated(1001)) == thumb.repeated(1000));
    CHECK(clampCardText(QString::fromUtf8("🙂").repeated(2001))
          == QString::fromUtf8("🙂").repeated(2000));
    CHECK(clampCardText(QStringLiteral("x").repeated(1999) + accent) ==
          QStringLiteral("x").repeated(1999));
}
