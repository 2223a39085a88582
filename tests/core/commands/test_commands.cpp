#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/model/limits.h"
#include "core/model/newconference.h"
#include "core/wall/wallcommands.h"
#include "opendocument.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <functional>

using namespace weitblick;

namespace {

struct OpenConference : test::OpenDocument
{
    explicit OpenConference(const Conference &conference = test::awkwardConference())
        : OpenDocument(conference)
    {
    }
};

// Runs the edit, then undo, redo and undo again; the model and the file must follow each step.
void checkRedoUndoRedo(const char *name, const std::function<bool(ConferenceDocument *)> &edit,
                       const Conference &start = test::awkwardConference())
{
    INFO(name);
    OpenConference c(start);
    const Conference before = c.document->conference();
    REQUIRE(edit(c.get()));
    const Conference after = c.document->conference();
    CHECK_FALSE(after == before);
    CHECK(c.fromFile() == after);
    CHECK(findProblems(after).isEmpty());

    QUndoStack *stack = c.document->undoStack();
    REQUIRE(stack->count() == 1);
    stack->undo();
    CHECK(c.document->conference() == before);
    CHECK(c.fromFile() == before);
    stack->redo();
    CHECK(c.document->conference() == after);
    CHECK(c.fromFile() == after);
    stack->undo();
    CHECK(c.document->conference() == before);
}

} // namespace

TEST_CASE("Every command goes through redo, undo and redo again", "[commands]")
{
    using namespace commands;
    checkRedoUndoRedo("add card", [](ConferenceDocument *d) {
        Card card;
        card.phaseId = 2;
        card.text = QStringLiteral("Neue Karte");
        return addCard(d, card) == 3;
    });
    checkRedoUndoRedo("edit card text", [](ConferenceDocument *d) {
        return editCardText(d, 2, QStringLiteral("geändert"));
    });
    checkRedoUndoRedo("move cards", [](ConferenceDocument *d) {
        return moveCards(d, {1, 2}, QPointF(10, 20));
    });
    checkRedoUndoRedo("delete cards", [](ConferenceDocument *d) { return deleteCards(d, {1}); });
    checkRedoUndoRedo("create cluster", [](ConferenceDocument *d) {
        return createCluster(d, 2, QStringLiteral("Neu"), {2}, QPointF()) == 2;
    });
    checkRedoUndoRedo("rename cluster", [](ConferenceDocument *d) {
        return renameCluster(d, 1, QStringLiteral("Umbenannt"));
    });
    checkRedoUndoRedo("move clusters", [](ConferenceDocument *d) {
        return moveClusters(d, {1}, QPointF(-5, 5));
    });
    checkRedoUndoRedo("dissolve cluster", [](ConferenceDocument *d) { return dissolveCluster(d, 1); });
    checkRedoUndoRedo("take card out of cluster", [](ConferenceDocument *d) {
        return setCardsCluster(d, {1}, NoId);
    });
    checkRedoUndoRedo("add dots", [](ConferenceDocument *d) {
        return addDots(d, {1, 1, NoId, 2, DotKind::Plus}, 2);
    });
    checkRedoUndoRedo("add dots to an existing record", [](ConferenceDocument *d) {
        return addDots(d, {1, NoId, 1, 2, DotKind::Plus});
    });
    checkRedoUndoRedo("remove dots", [](ConferenceDocument *d) {
        return removeDots(d, {1, 1, NoId, 1, DotKind::Minus});
    });
    checkRedoUndoRedo("add card from a device", [](ConferenceDocument *d) {
        Card card;
        card.phaseId = 1;
        card.tableId = 1;
        card.deviceId = 1;
        card.clientId = QUuid(QStringLiteral("00000000-0000-4000-8000-000000000001"));
        card.text = QStringLiteral("vom Handy");
        return addCardFromDevice(d, card) == 3
            && d->conference().find<Card>(3)->clientId == card.clientId
            && d->undoStack()->text(0) == QString::fromUtf8("Card from table 1");
    });
    checkRedoUndoRedo("hide cards", [](ConferenceDocument *d) {
        return setCardsHidden(d, {1}, true) && d->conference().find<Card>(1)->hidden;
    });
    checkRedoUndoRedo("show cards", [](ConferenceDocument *d) {
        return setCardsHidden(d, {2}, false) && !d->conference().find<Card>(2)->hidden;
    });
    checkRedoUndoRedo("unblock device", [](ConferenceDocument *d) {
        return setDeviceBlocked(d, 1, false) && !d->conference().find<Device>(1)->blocked;
    });
    checkRedoUndoRedo("edit conference data", [](ConferenceDocument *d) {
        ConferenceInfo info = d->conference().info();
        info.place = QStringLiteral("Rathaus");
        return editConferenceInfo(d, info);
    });
    checkRedoUndoRedo("add participant", [](ConferenceDocument *d) {
        return addParticipant(d, {NoId, QStringLiteral("Neu"), {}, 1, 1, false}) == 3;
    });
    checkRedoUndoRedo("edit participant", [](ConferenceDocument *d) {
        Participant p = *d->conference().find<Participant>(2);
        p.steeringCommittee = true;
        return editParticipant(d, p);
    });
    checkRedoUndoRedo("remove participant", [](ConferenceDocument *d) {
        return removeParticipants(d, {1});
    });
    checkRedoUndoRedo("add group", [](ConferenceDocument *d) {
        return addGroup(d, {NoId, QStringLiteral("Jugend"), QColor(1, 2, 3), 7}) == 7;
    });
    checkRedoUndoRedo("edit group", [](ConferenceDocument *d) {
        StakeholderGroup g = *d->conference().find<StakeholderGroup>(1);
        g.color = Qt::red;
        return editGroup(d, g);
    });
    checkRedoUndoRedo("move group", [](ConferenceDocument *d) {
        const Id last = orderedGroups(d->conference()).constLast().id;
        return moveGroup(d, last, 0) && orderedGroups(d->conference()).constFirst().id == last;
    });
    checkRedoUndoRedo("remove group", [](ConferenceDocument *d) { return removeGroup(d, 3); });
    checkRedoUndoRedo("add measure", [](ConferenceDocument *d) {
        Measure m;
        m.title = QStringLiteral("Neue Maßnahme");
        return addMeasure(d, m) == 2;
    });
    checkRedoUndoRedo("edit measure", [](ConferenceDocument *d) {
        Measure m = *d->conference().find<Measure>(1);
        m.progress = 100;
        m.status = MeasureStatus::Done;
        return editMeasure(d, m);
    });
    checkRedoUndoRedo("remove measure", [](ConferenceDocument *d) { return removeMeasure(d, 1); });
    checkRedoUndoRedo("add phase", [](ConferenceDocument *d) {
        Phase phase;
        phase.title = QStringLiteral("Markt der Möglichkeiten");
        return addPhase(d, phase) == 6 && d->conference().find<Phase>(6)->order == 5;
    });
    checkRedoUndoRedo("edit phase", [](ConferenceDocument *d) {
        Phase phase = *d->conference().find<Phase>(2);
        phase.guidingQuestion = QStringLiteral("Was bewegt uns?");
        return editPhase(d, phase);
    });
    checkRedoUndoRedo("move phase", [](ConferenceDocument *d) {
        return movePhase(d, 5, 0) && orderedPhases(d->conference()).constFirst().id == 5
            && orderedPhases(d->conference()).constLast().id == 4;
    });
    checkRedoUndoRedo("remove phase", [](ConferenceDocument *d) { return removePhase(d, 1); });
    checkRedoUndoRedo("add table", [](ConferenceDocument *d) {
        return addTable(d, {NoId, 2, QStringLiteral("Tisch 2")}) == 2;
    });
    checkRedoUndoRedo("create tables", [](ConferenceDocument *d) {
        return createTables(d, 3) == 2 && d->conference().all<Table>().size() == 4;
    });
    checkRedoUndoRedo("edit table", [](ConferenceDocument *d) {
        return editTable(d, {1, 1, QStringLiteral("Fensterplatz")});
    });
    checkRedoUndoRedo("remove table", [](ConferenceDocument *d) { return removeTable(d, 1); });
    checkRedoUndoRedo("assign seats", [](ConferenceDocument *d) {
        return assignSeats(d, {{1, NoId}, {2, 1}}) && d->undoStack()->count() == 1;
    });
}

// The awkward conference with a review meeting, a review of its measure and indicator values.
Conference withReviews()
{
    Conference c = test::awkwardConference();
    c.all<ReviewMeeting>().put({1, QDate(2026, 9, 1), QStringLiteral("1. Steuerkreis"), {}});
    c.all<ReviewMeeting>().put({2, QDate(2026, 12, 1), QStringLiteral("2. Steuerkreis"), {}});
    c.all<MeasureReview>().put({1, 1, 1, QStringLiteral("a"), QStringLiteral("b"),
                                QStringLiteral("c"), QStringLiteral("d"),
                                MeasureStatus::Planned, 10});
    c.all<IndicatorValue>().put({1, 1, 1, QDate(2026, 9, 1), 11.0});
    c.all<IndicatorValue>().put({2, 1, NoId, QDate(2026, 5, 1), 12.0});
    return c;
}

TEST_CASE("Every measure and review command goes through redo undo and redo",
          "[commands][measures]")
{
    using namespace commands;
    const Conference start = withReviews();
    checkRedoUndoRedo("measure from cluster", [](ConferenceDocument *d) {
        const Id id = addMeasureFromSource(d, 1, NoId);
        const Measure *m = d->conference().find<Measure>(id);
        return m && m->sourceClusterId == 1 && m->sourceCardId == NoId
            && m->title == QString::fromUtf8("Straße & Plätze")
            && m->description.contains(QChar(u'ä'));
    }, start);
    checkRedoUndoRedo("measure from card", [](ConferenceDocument *d) {
        const Id id = addMeasureFromSource(d, NoId, 2);
        const Measure *m = d->conference().find<Measure>(id);
        return m && m->sourceCardId == 2 && m->sourceClusterId == NoId && !m->title.isEmpty()
            && m->title.size() <= 120;
    }, start);
    checkRedoUndoRedo("add criterion", [](ConferenceDocument *d) {
        return addCriterion(d, {NoId, 1, QStringLiteral("Bäume"), QStringLiteral("Stück"), 0.0,
                                100.0, std::nullopt, QDate(2027, 1, 1)}) == 3;
    }, start);
    checkRedoUndoRedo("edit criterion", [](ConferenceDocument *d) {
        Criterion c = *d->conference().find<Criterion>(1);
        c.target = 4.0;
        return editCriterion(d, c);
    }, start);
    checkRedoUndoRedo("remove criterion with its values", [](ConferenceDocument *d) {
        return removeCriterion(d, 1) && d->conference().all<IndicatorValue>().isEmpty();
    }, start);
    checkRedoUndoRedo("add sub-project", [](ConferenceDocument *d) {
        const SubProject sub{NoId, QStringLiteral("TP 2"), QStringLiteral("Frau Ö"), {}};
        return addSubProject(d, sub) != NoId;
    }, start);
    checkRedoUndoRedo("edit sub-project", [](ConferenceDocument *d) {
        SubProject p = *d->conference().find<SubProject>(1);
        p.leader = QStringLiteral("Neue Leitung");
        return editSubProject(d, p);
    }, start);
    checkRedoUndoRedo("remove sub-project keeps its measures", [](ConferenceDocument *d) {
        return removeSubProject(d, 1) && d->conference().find<Measure>(1)->subProjectId == NoId;
    }, start);
    checkRedoUndoRedo("add review meeting", [](ConferenceDocument *d) {
        return addReviewMeeting(d, {NoId, QDate(2027, 3, 1), QStringLiteral("3."), {}}) == 3;
    }, start);
    checkRedoUndoRedo("edit review meeting moves its values", [](ConferenceDocument *d) {
        ReviewMeeting m = *d->conference().find<ReviewMeeting>(1);
        m.date = QDate(2026, 9, 8);
        return editReviewMeeting(d, m)
            && d->conference().find<IndicatorValue>(1)->date == QDate(2026, 9, 8);
    }, start);
    checkRedoUndoRedo("remove review meeting", [](ConferenceDocument *d) {
        return removeReviewMeeting(d, 1) && d->conference().all<MeasureReview>().isEmpty()
            && d->conference().find<IndicatorValue>(1)->meetingId == NoId;
    }, start);
    checkRedoUndoRedo("new review sets the measure's status", [](ConferenceDocument *d) {
        MeasureReview r{NoId, 2, 1, QStringLiteral("x"), {}, {}, QStringLiteral("Hilfe"),
                        MeasureStatus::Done, 100};
        return saveMeasureReview(d, r) && d->conference().all<MeasureReview>().size() == 2
            && d->conference().find<Measure>(1)->status == MeasureStatus::Done
            && d->conference().find<Measure>(1)->progress == 100;
    }, start);
    checkRedoUndoRedo("review replaced in place", [](ConferenceDocument *d) {
        MeasureReview r{NoId, 1, 1, QStringLiteral("neu"), {}, {}, {}, MeasureStatus::Planned, 20};
        return saveMeasureReview(d, r) && d->conference().all<MeasureReview>().size() == 1
            && d->conference().find<MeasureReview>(1)->said == QStringLiteral("neu");
    }, start);
    checkRedoUndoRedo("indicator value at a meeting", [](ConferenceDocument *d) {
        return setIndicatorValue(d, 1, 2, 8.5)
            && d->conference().find<Criterion>(1)->current == 8.5
            && d->conference().all<IndicatorValue>().size() == 3;
    }, start);
    checkRedoUndoRedo("indicator value removed", [](ConferenceDocument *d) {
        return setIndicatorValue(d, 1, 1, std::nullopt)
            && d->conference().find<Criterion>(1)->current == 12.0;
    }, start);
}

TEST_CASE("Several measures come from one cluster", "[commands][measures]")
{
    OpenConference c(withReviews());
    const Id first = commands::addMeasureFromSource(c.get(), 1, NoId);
    const Id second = commands::addMeasureFromSource(c.get(), 1, NoId);
    REQUIRE(first != NoId);
    REQUIRE(second != NoId);
    CHECK(first != second);
    CHECK(c.document->conference().find<Measure>(second)->sourceClusterId == 1);
    CHECK(c.document->undoStack()->count() == 2);
    CHECK(c.fromFile() == c.document->conference());
}

TEST_CASE("An older review does not overwrite the measure's newer state", "[commands][measures]")
{
    OpenConference c(withReviews());
    MeasureReview later{NoId, 2, 1, {}, {}, {}, {}, MeasureStatus::InProgress, 70};
    REQUIRE(commands::saveMeasureReview(c.get(), later));
    MeasureReview earlier{NoId, 1, 1, QStringLiteral("korrigiert"), {}, {}, {},
                          MeasureStatus::Planned, 5};
    REQUIRE(commands::saveMeasureReview(c.get(), earlier));
    const Measure *m = c.document->conference().find<Measure>(1);
    CHECK(m->status == MeasureStatus::InProgress);
    CHECK(m->progress == 70);
    CHECK(c.fromFile() == c.document->conference());
    CHECK(c.document->undoStack()->count() == 2);
}

TEST_CASE("Correcting a review's text keeps a later edit of the measure", "[commands][measures]")
{
    OpenConference c(withReviews());
    // Review 1 (meeting 1) said Planned, 10 %; the measure moved on since.
    Measure moved = *c.document->conference().find<Measure>(1);
    moved.status = MeasureStatus::InProgress;
    moved.progress = 60;
    REQUIRE(commands::editMeasure(c.get(), moved));
    MeasureReview corrected = *c.document->conference().find<MeasureReview>(1);
    corrected.did = QStringLiteral("Tippfehler korrigiert");
    REQUIRE(commands::saveMeasureReview(c.get(), corrected));
    CHECK(c.document->conference().find<MeasureReview>(1)->did == corrected.did);
    CHECK(c.document->conference().find<Measure>(1)->progress == 60);
    CHECK(c.document->conference().find<Measure>(1)->status == MeasureStatus::InProgress);
    // A new state at that review still sets the measure.
    corrected.progress = 80;
    REQUIRE(commands::saveMeasureReview(c.get(), corrected));
    CHECK(c.document->conference().find<Measure>(1)->progress == 80);
    CHECK(c.fromFile() == c.document->conference());
}

TEST_CASE("Removing an indicator's only value clears the current value it set",
          "[commands][measures]")
{
    Conference start = withReviews();
    start.all<IndicatorValue>().remove(2);
    Criterion criterion = *start.find<Criterion>(1);
    criterion.current = 11.0;
    start.all<Criterion>().put(criterion);
    OpenConference c(start);
    REQUIRE(commands::setIndicatorValue(c.get(), 1, 1, std::nullopt));
    CHECK_FALSE(c.document->conference().find<Criterion>(1)->current.has_value());
    c.document->undoStack()->undo();
    CHECK(c.document->conference().find<Criterion>(1)->current == 11.0);
    CHECK(c.fromFile() == c.document->conference());
}

TEST_CASE("Invalid follow-up edits are refused", "[commands][measures]")
{
    OpenConference c(withReviews());
    CHECK(commands::addReviewMeeting(c.get(), {NoId, QDate(), QStringLiteral("x"), {}}) == NoId);
    CHECK(commands::addMeasureFromSource(c.get(), 1, 1) == NoId);
    CHECK(commands::addMeasureFromSource(c.get(), NoId, NoId) == NoId);
    CHECK_FALSE(commands::saveMeasureReview(c.get(), {NoId, 9, 1, {}, {}, {}, {}, {}, 0}));
    CHECK_FALSE(commands::saveMeasureReview(c.get(), {NoId, 1, 1, {}, {}, {}, {}, {}, 101}));
    CHECK_FALSE(commands::setIndicatorValue(c.get(), 1, 9, 1.0));
    CHECK(c.document->undoStack()->count() == 0);
}

TEST_CASE("Groups are added after the last and moved with a dense order", "[commands]")
{
    OpenConference c;
    const auto orders = [&c] {
        QList<int> result;
        for (const StakeholderGroup &group : commands::orderedGroups(c.document->conference()))
            result << group.order;
        return result;
    };
    const QList<StakeholderGroup> before = commands::orderedGroups(c.document->conference());
    REQUIRE(before.size() >= 3);

    // The order a caller sets is not trusted: a new group goes to the end.
    const Id added = commands::addGroup(c.get(), {NoId, QStringLiteral("Jugend"), Qt::red, 0});
    REQUIRE(added != NoId);
    CHECK(commands::orderedGroups(c.document->conference()).constLast().id == added);

    // Removing one leaves a gap; the next move closes it and is one undo step.
    REQUIRE(commands::removeGroup(c.get(), before.at(1).id));
    const int steps = c.undoCount();
    REQUIRE(commands::moveGroup(c.get(), added, 0));
    CHECK(c.undoCount() == steps + 1);
    const QList<StakeholderGroup> after = commands::orderedGroups(c.document->conference());
    CHECK(after.constFirst().id == added);
    CHECK(after.at(1).id == before.at(0).id);
    QList<int> dense;
    for (int i = 0; i < after.size(); ++i)
        dense << i;
    CHECK(orders() == dense);
    CHECK(c.fromFile() == c.document->conference());

    // Out of range, or a group that is not there, moves nothing.
    CHECK_FALSE(commands::moveGroup(c.get(), added, int(after.size())));
    CHECK_FALSE(commands::moveGroup(c.get(), added, -1));
    CHECK_FALSE(commands::moveGroup(c.get(), 999, 0));
    CHECK(c.undoCount() == steps + 1);
}

TEST_CASE("New tables are numbered on from the highest number", "[commands]")
{
    Conference start = test::awkwardConference();
    start.all<Table>().put({2, 7, QStringLiteral("Bühne")});
    OpenConference c(start);
    const Id first = commands::createTables(c.get(), 2);
    REQUIRE(first == 3);
    CHECK(c.undoCount() == 1);
    QList<int> numbers;
    for (const Table &table : commands::orderedTables(c.document->conference()))
        numbers << table.number;
    CHECK(numbers == QList<int>{1, 7, 8, 9});
    CHECK(c.document->conference().find<Table>(3)->name.isEmpty());
    CHECK(c.document->undoStack()->undoText().contains(QLatin1Char('2')));
    CHECK(commands::createTables(c.get(), 0) == NoId);
    CHECK(c.undoCount() == 1);

    // The first table of an empty plan is number 1.
    OpenConference none(newConference());
    REQUIRE(none.document->conference().all<Table>().isEmpty());
    REQUIRE(commands::createTables(none.get(), 1) != NoId);
    CHECK(commands::orderedTables(none.document->conference()).constFirst().number == 1);
    CHECK(none.document->undoStack()->undoText() == QStringLiteral("Add table"));
}

TEST_CASE("One drag is one undo step", "[commands]")
{
    OpenConference c;
    const Conference before = c.document->conference();
    for (int step = 0; step < 10; ++step)
        REQUIRE(commands::moveCards(c.get(), {1, 2}, QPointF(3, 4)));
    CHECK(c.document->undoStack()->count() == 1);
    CHECK(c.document->conference().find<Card>(1)->pos == before.find<Card>(1)->pos + QPointF(30, 40));
    c.document->undoStack()->undo();
    CHECK(c.document->conference() == before);
    CHECK(c.fromFile() == before);
}

TEST_CASE("An edit that would break the file is refused, says why and changes nothing",
          "[commands][refused]")
{
    OpenConference c;
    ConferenceDocument *d = c.get();
    QStringList refusals;
    QObject::connect(d, &ConferenceDocument::editRefused,
                     [&](const QString &reason) { refusals << reason; });
    const Conference before = d->conference();
    const QByteArray file = test::readAll(d->filePath());

    SECTION("the voter unit of a vote that has dots")
    {
        VoteSession session = *before.find<VoteSession>(1);
        session.voterUnit = VoterUnit::Table;
        CHECK_FALSE(commands::edit(d, session, QStringLiteral("Change voters")));
        REQUIRE(refusals.size() == 1);
        CHECK(refusals.constFirst().contains(QStringLiteral("dot 2")));
    }
    SECTION("a year beyond the timeline")
    {
        CHECK_FALSE(commands::setCardYear(d, 1, 12000, TimelineLane::World));
        CHECK(refusals.size() == 1);
    }
    SECTION("a text longer than its limit")
    {
        Measure measure = *before.find<Measure>(1);
        measure.description = QString(limits::MaxLongText + 1, QLatin1Char('x'));
        CHECK_FALSE(commands::editMeasure(d, measure));
        CHECK(refusals.size() == 1);
    }
    SECTION("more wall topics than a wall has columns for")
    {
        Phase phase = *before.find<Phase>(2);
        phase.wallLayout = WallLayout::ByTopic;
        for (int i = 0; i <= limits::MaxWallTopics; ++i)
            phase.wallTopics << QStringLiteral("Thema %1").arg(i + 1);
        CHECK_FALSE(commands::editPhase(d, phase));
        REQUIRE(refusals.size() == 1);
        CHECK(refusals.constFirst().contains(QStringLiteral("wall topics")));
    }
    SECTION("a wall topic too long for its caption, or twice")
    {
        Phase phase = *before.find<Phase>(2);
        phase.wallLayout = WallLayout::ByTopic;
        phase.wallTopics = {QString(limits::MaxWallTopicLength + 1, QLatin1Char('x'))};
        CHECK_FALSE(commands::editPhase(d, phase));
        phase.wallTopics = {QStringLiteral("Verkehr"), QStringLiteral("Verkehr")};
        CHECK_FALSE(commands::editPhase(d, phase));
        CHECK(refusals.size() == 2);
    }
    SECTION("a phase taken away without what is on it")
    {
        ChangeSet changes;
        changes.remove(*before.find<Phase>(1));
        CHECK_FALSE(commands::push(d, QStringLiteral("Remove"), changes));
        CHECK(refusals.size() == 1);
    }
    SECTION("a card moved further than a wall reaches, in the middle of a drag")
    {
        REQUIRE(commands::moveCards(d, {2}, QPointF(10, 10)));
        const Conference moved = d->conference();
        CHECK_FALSE(commands::moveCards(d, {2}, QPointF(2 * limits::MaxCoordinate, 0)));
        CHECK(d->conference() == moved);
        // The refused step did not join the drag: one undo takes back what was made.
        CHECK(d->undoStack()->count() == 1);
        d->undoStack()->undo();
        CHECK(d->conference() == before);
        CHECK(c.fromFile() == before);
        return;
    }
    CHECK(d->conference() == before);
    CHECK(test::readAll(d->filePath()) == file);
    CHECK(d->undoStack()->count() == 0);
    CHECK_FALSE(d->isReadOnly());
    // The next legal edit is made as usual.
    CHECK(commands::editCardText(d, 2, QStringLiteral("weiter")));
}

TEST_CASE("A read-only document refuses edits", "[commands]")
{
    OpenConference c;
    OpenOutcome outcome;
    auto reader = ConferenceDocument::open(c.document->filePath(),
                                           ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(reader);
    CHECK_FALSE(commands::editCardText(reader.get(), 1, QStringLiteral("x")));
    CHECK(reader->undoStack()->count() == 0);
}

// 10,000 random edits of every kind, then all undone: the conference is back exactly, in
// memory and in the file.
TEST_CASE("A seeded sequence of 10,000 random edits undoes exactly", "[commands][random]")
{
    OpenConference c(test::awkwardConference());
    ConferenceDocument *d = c.get();
    const Conference original = d->conference();
    d->undoStack()->setUndoLimit(0);
    QRandomGenerator random(20261126);

    const auto pick = [&](auto &map) -> Id {
        if (map.isEmpty())
            return NoId;
        auto it = map.begin();
        for (int skip = int(random.bounded(map.size())); skip > 0; --skip)
            ++it;
        return it->id;
    };
    const auto randomText = [&]() {
        static const QStringList words = {QStringLiteral("Straße"), QStringLiteral("Grün"),
                                          QStringLiteral("Markt"), QStringLiteral("Café"),
                                          QStringLiteral("🙂"), QStringLiteral("'; --")};
        QString text;
        for (int i = int(random.bounded(1, 6)); i > 0; --i)
            text += words.at(random.bounded(words.size())) + QLatin1Char(' ');
        return text;
    };

    int pushed = 0;
    for (int edit = 0; edit < 10000; ++edit) {
        const Conference &now = d->conference();
        const Id card = pick(now.all<Card>());
        const Id cluster = pick(now.all<Cluster>());
        const Id phase = pick(now.all<Phase>());
        const int countBefore = d->undoStack()->count();
        switch (random.bounded(10)) {
        case 0:
        case 1: {
            Card newCard;
            newCard.phaseId = phase;
            newCard.text = randomText();
            newCard.pos = QPointF(random.bounded(2000), random.bounded(1000));
            commands::addCard(d, newCard);
            break;
        }
        case 2:
            commands::editCardText(d, card, randomText());
            break;
        case 3:
            // Different sets each time, so moves do not merge.
            commands::moveCards(d, {card}, QPointF(edit, -edit));
            break;
        case 4:
            commands::deleteCards(d, {card});
            break;
        case 5:
            if (const Card *c = now.find<Card>(card))
                commands::createCluster(d, c->phaseId, randomText(), {card}, c->pos);
            break;
        case 6:
            if (const Cluster *cl = now.find<Cluster>(cluster)) {
                QList<Id> ids;
                for (const Card &c : now.all<Card>())
                    if (c.phaseId == cl->phaseId && ids.size() < 3)
                        ids << c.id;
                commands::setCardsCluster(d, ids, cluster);
            }
            break;
        case 7:
            commands::dissolveCluster(d, cluster);
            break;
        case 8:
            if (now.find<Card>(card))
                commands::addDots(d, {1, card, NoId, pick(now.all<Participant>()), DotKind::Plus});
            break;
        case 9:
            if (const Dot *dot = now.find<Dot>(pick(now.all<Dot>())))
                commands::removeDots(d, {dot->sessionId, dot->cardId, dot->clusterId,
                                         dot->voterId, dot->kind});
            break;
        }
        pushed += d->undoStack()->count() - countBefore;
    }
    REQUIRE_FALSE(d->isReadOnly());
    REQUIRE(pushed > 5000);
    CHECK(findProblems(d->conference()).isEmpty());
    CHECK(c.fromFile() == d->conference());

    while (d->undoStack()->canUndo())
        d->undoStack()->undo();
    CHECK(d->conference() == original);
    CHECK(c.fromFile() == original);
}

TEST_CASE("The map in commands.h names every place where undo steps are made", "[commands]")
{
    // A reader of the facade finds every command: each core file that pushes an undo step
    // outside core/commands is named, by its header, in the comment at the top of commands.h.
    const QDir source(QStringLiteral(WEITBLICK_SOURCE_DIR));
    const QString facade = QString::fromUtf8(
        test::readAll(source.filePath(QStringLiteral("core/commands/commands.h"))));
    REQUIRE_FALSE(facade.isEmpty());
    QStringList pushing;
    QDirIterator files(source.filePath(QStringLiteral("core")), {QStringLiteral("*.cpp")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString code = QString::fromUtf8(test::readAll(path));
        // commands::push, or push inside namespace commands; not a list's or a stack's push.
        static const QRegularExpression pushes(QStringLiteral("(^|[^\\w.>])push\\(document"));
        if (path.contains(QLatin1String("/core/commands/")) || !code.contains(pushes))
            continue;
        QString header = source.relativeFilePath(path);
        header.replace(QLatin1String(".cpp"), QLatin1String(".h"));
        pushing << header;
        INFO(header.toStdString() << " pushes undo steps");
        CHECK(facade.contains(header));
    }
    CHECK(pushing.size() >= 4); // the wall, the tally, the suggestions, the imports
}

TEST_CASE("A card made on the laptop never carries a device's identity", "[commands][net]")
{
    test::OpenDocument c(test::awkwardConference());
    Card copy = *c.conference().find<Card>(2); // a card a device sent
    REQUIRE_FALSE(copy.clientId.isNull());
    copy.id = NoId;
    const Id id = commands::addCard(c.get(), copy);
    REQUIRE(id != NoId);
    const Card *added = c.conference().find<Card>(id);
    CHECK(added->clientId.isNull());
    CHECK(added->deviceId == NoId);
    CHECK_FALSE(added->hidden);
    CHECK_FALSE(c.get()->isReadOnly()); // the file's UNIQUE client id was not violated
}

TEST_CASE("A device joining is written but is no undo step", "[commands][net]")
{
    test::OpenDocument c(test::awkwardConference());
    Device device;
    device.tokenHash = QString(Device::TokenHashLength, QLatin1Char('b'));
    device.groupId = 2;
    const Id id = commands::recordDevice(c.get(), device);
    CHECK(id == 2);
    CHECK(c.undoCount() == 0);
    CHECK(c.fromFile().find<Device>(2)->groupId == 2);
    device = *c.conference().find<Device>(2);
    device.groupId = NoId;
    device.tableId = 1;
    CHECK(commands::recordDevice(c.get(), device) == 2);
    CHECK(c.fromFile().find<Device>(2)->tableId == 1);
    CHECK(c.undoCount() == 0);
}
