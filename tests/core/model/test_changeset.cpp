#include <catch2/catch.hpp>

#include "core/model/changeset.h"
#include "core/model/conference.h"
#include "core/model/newconference.h"

using namespace weitblick;

TEST_CASE("A change set and its inverse give back the conference", "[model]")
{
    Conference conference = newConference();
    const Conference original = conference;

    Card card;
    card.id = 1;
    card.phaseId = 1;
    card.text = QStringLiteral("Mehr Grün");
    Card moved = card;
    moved.pos = QPointF(50, 60);
    StakeholderGroup group = *conference.find<StakeholderGroup>(2);

    ChangeSet changes;
    changes.add(card);
    changes.modify(card, moved);
    changes.remove(group);
    conference.apply(changes);

    CHECK(conference.find<Card>(1)->pos == QPointF(50, 60));
    CHECK_FALSE(conference.find<StakeholderGroup>(2));
    conference.revert(changes);
    CHECK(conference == original);
}

TEST_CASE("Modifying to an equal value records nothing", "[model]")
{
    Phase phase;
    phase.id = 3;
    ChangeSet changes;
    changes.modify(phase, phase);
    CHECK(changes.isEmpty());
}

TEST_CASE("Successive moves fold into one change per entity", "[model]")
{
    Card a;
    a.id = 1;
    Card b = a;
    b.pos = QPointF(1, 0);
    Card c = a;
    c.pos = QPointF(2, 0);
    ChangeSet first;
    first.modify(a, b);
    ChangeSet second;
    second.modify(b, c);

    REQUIRE(first.touchesSameEntitiesAs(second));
    const ChangeSet folded = first.followedBy(second);
    REQUIRE(folded.size() == 1);
    CHECK(std::get<Card>(*folded.changes().at(0).before) == a);
    CHECK(std::get<Card>(*folded.changes().at(0).after) == c);

    Card other = a;
    other.id = 2;
    Card otherMoved = other;
    otherMoved.pos = QPointF(5, 5);
    ChangeSet third;
    third.modify(other, otherMoved);
    CHECK_FALSE(first.touchesSameEntitiesAs(third));
}

TEST_CASE("Card text is cut at the limit without splitting an emoji", "[model]")
{
    const QString emoji = QString::fromUtf8("🙂");
    // The emoji is one character: 2,000 of them fit.
    const QString text = QString(Card::MaxTextLength - 1, QLatin1Char('a')) + emoji;
    CHECK(clampCardText(text) == text);
    const QString cut = clampCardText(text + emoji);
    CHECK(cut == text);
    CHECK(clampCardText(QString(Card::MaxTextLength, QLatin1Char('a')) + emoji)
          == QString(Card::MaxTextLength, QLatin1Char('a')));
    CHECK(clampCardText(QStringLiteral("kurz")) == QStringLiteral("kurz"));
}

TEST_CASE("A new conference has the six town groups and the five phases", "[model]")
{
    const Conference conference = newConference();
    CHECK(conference.all<StakeholderGroup>().size() == 6);
    CHECK(conference.find<StakeholderGroup>(1)->name == QStringLiteral("Handel und Gewerbe"));
    CHECK(conference.find<StakeholderGroup>(6)->name == QStringLiteral("Verwaltung und Politik"));
    REQUIRE(conference.all<Phase>().size() == 5);
    CHECK(conference.find<Phase>(1)->kind == PhaseKind::Past);
    CHECK(conference.find<Phase>(5)->kind == PhaseKind::Measures);
    for (const Phase &phase : conference.all<Phase>()) {
        CHECK_FALSE(phase.guidingQuestion.isEmpty());
        CHECK(phase.timeBoxMinutes > 0);
    }
}
