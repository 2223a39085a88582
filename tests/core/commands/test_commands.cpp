#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/model/newconference.h"
#include "testfiles.h"

#include <QRandomGenerator>

#include <functional>

using namespace weitblick;

namespace {

struct OpenConference
{
    test::TempDir dir;
    std::unique_ptr<ConferenceDocument> document;

    explicit OpenConference(const Conference &conference = test::awkwardConference())
    {
        QString error;
        document = ConferenceDocument::create(dir.path(QStringLiteral("c.weitblick")),
                                              conference, &error);
        REQUIRE(document);
    }

    ConferenceDocument *get() const { return document.get(); }

    Conference fromFile() const
    {
        OpenOutcome outcome;
        auto copy = ConferenceDocument::open(document->filePath(),
                                             ConferenceStore::Access::ReadOnly, &outcome);
        REQUIRE(copy);
        return copy->conference();
    }
};

// Runs the edit, then undo, redo and undo again; the model and the file must follow each step.
void checkRedoUndoRedo(const char *name, const std::function<bool(ConferenceDocument *)> &edit)
{
    INFO(name);
    OpenConference c;
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
    checkRedoUndoRedo("edit table", [](ConferenceDocument *d) {
        return editTable(d, {1, 1, QStringLiteral("Fensterplatz")});
    });
    checkRedoUndoRedo("remove table", [](ConferenceDocument *d) { return removeTable(d, 1); });
    checkRedoUndoRedo("assign seats", [](ConferenceDocument *d) {
        return assignSeats(d, {{1, NoId}, {2, 1}}) && d->undoStack()->count() == 1;
    });
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
