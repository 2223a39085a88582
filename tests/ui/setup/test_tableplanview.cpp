#include "setupfixture.h"

#include "ui/setup/groupcountsbar.h"
#include "ui/setup/seatlist.h"
#include "ui/setup/setuplists.h"
#include "ui/setup/tablebox.h"
#include "ui/setup/tableplanview.h"

#include "core/analysis/seating.h"
#include "core/commands/commands.h"
#include "core/model/newconference.h"

#include <QAbstractButton>
#include <QDropEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QTest>
#include <QMessageBox>
#include <QMimeData>

using namespace weitblick;
using test::SetupDocument;

namespace {

QList<Id> listed(TableBox *box)
{
    QList<Id> ids;
    for (int i = 0; i < box->seatList()->count(); ++i)
        ids.append(box->seatList()->item(i)->data(SeatList::IdRole).value<Id>());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Id> seatedAt(const Conference &conference, Id tableId)
{
    QList<Id> ids;
    for (const Participant &p : conference.all<Participant>()) {
        if (p.tableId == tableId)
            ids.append(p.id);
    }
    return ids;
}

// Drops the participants on the list the way a drag from another table ends.
void drop(SeatList *list, const QList<Id> &participantIds)
{
    std::unique_ptr<QMimeData> mime(SeatList::mimeDataFor(participantIds));
    const QPointF pos = list->viewport()->rect().center();
    QDragEnterEvent enter(pos.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &dropEvent);
    REQUIRE(dropEvent.isAccepted());
}

} // namespace

TEST_CASE("The table plan shows every table with its participants and group counts", "[setup]")
{
    SetupDocument doc;
    TablePlanView view(doc.get());
    view.resize(1300, 800);
    view.show();
    const Conference &conference = doc.conference();
    const QList<Table> tables = commands::orderedTables(conference);
    REQUIRE(view.tableIds().size() == tables.size());
    CHECK_FALSE(view.box(NoId)); // everyone is seated
    for (const Table &table : tables) {
        TableBox *box = view.box(table.id);
        REQUIRE(box);
        CHECK(listed(box) == seatedAt(conference, table.id));
        CHECK(box->title().startsWith(table.name));
        int total = 0;
        for (const GroupCountsBar::Count &count : box->countsBar()->counts())
            total += count.count;
        CHECK(total == seatedAt(conference, table.id).size());
    }
    // The sample is dealt round-robin over groups: a balanced max-mix.
    CHECK(view.isBalanced());
}

TEST_CASE("Tables without participants are not called balanced", "[setup]")
{
    // A new conference whose tables are made before anyone is invited.
    Conference conference = newConference();
    for (int number = 1; number <= 3; ++number)
        conference.all<Table>().put({number, number, QStringLiteral("Tisch %1").arg(number)});
    SetupDocument doc(conference);
    TablePlanView view(doc.get());
    CHECK_FALSE(view.isBalanced());
    CHECK(view.balanceText().startsWith(QStringLiteral("No participants yet")));
}

TEST_CASE("The table plan moves participants by hand one undo step each", "[setup]")
{
    SetupDocument doc;
    TablePlanView view(doc.get());
    view.resize(1300, 800);
    view.show();
    const QList<Id> tables = view.tableIds();
    const Id from = tables.at(0);
    const Id to = tables.at(1);
    const QList<Id> moving = seatedAt(doc.conference(), from).mid(0, 2);
    QUndoStack *stack = doc.get()->undoStack();

    SECTION("by dragging onto another table")
    {
        drop(view.box(to)->seatList(), moving);
    }
    SECTION("with Move to Table")
    {
        REQUIRE(view.moveParticipants(moving, to));
    }

    for (Id id : moving)
        CHECK(doc.conference().find<Participant>(id)->tableId == to);
    CHECK(listed(view.box(to)).contains(moving.at(0)));
    CHECK_FALSE(listed(view.box(from)).contains(moving.at(0)));
    CHECK_FALSE(view.isBalanced()); // two of a group moved away
    REQUIRE(stack->count() == 1);
    CHECK(doc.openReadOnly()->conference() == doc.conference());

    stack->undo();
    for (Id id : moving)
        CHECK(doc.conference().find<Participant>(id)->tableId == from);
    CHECK(listed(view.box(from)) == seatedAt(doc.conference(), from));
    CHECK(view.isBalanced());
}

TEST_CASE("The table plan unseats participants into a box of their own", "[setup]")
{
    SetupDocument doc;
    TablePlanView view(doc.get());
    const Id table = view.tableIds().constFirst();
    const Id who = seatedAt(doc.conference(), table).constFirst();
    REQUIRE(view.moveParticipants({who}, NoId));
    REQUIRE(view.box(NoId));
    CHECK(listed(view.box(NoId)) == QList<Id>{who});
    CHECK_FALSE(view.isBalanced());
    // Dropping them back seats them again, and the box goes.
    drop(view.box(table)->seatList(), {who});
    CHECK(doc.conference().find<Participant>(who)->tableId == table);
    CHECK_FALSE(view.box(NoId));
}

TEST_CASE("The table plan seats everyone mixed or by group in one step", "[setup]")
{
    SetupDocument doc;
    TablePlanView view(doc.get());
    const QList<Id> tables = view.tableIds();
    QUndoStack *stack = doc.get()->undoStack();

    REQUIRE(view.seatByGroup());
    CHECK(stack->count() == 1);
    CHECK_FALSE(view.isBalanced());
    // By group: no table holds two groups when there are at least as many tables as groups.
    for (Id table : tables) {
        QSet<Id> groups;
        for (Id id : seatedAt(doc.conference(), table))
            groups.insert(doc.conference().find<Participant>(id)->groupId);
        CHECK(groups.size() <= 1);
        CHECK(listed(view.box(table)) == seatedAt(doc.conference(), table));
    }

    REQUIRE(view.seatMixed());
    CHECK(stack->count() == 2);
    CHECK(view.isBalanced());
    QHash<Id, Id> seating;
    for (const Participant &p : doc.conference().all<Participant>())
        seating.insert(p.id, p.tableId);
    CHECK(seating::isMaxMix(doc.conference(), seating, tables));

    stack->undo();
    CHECK_FALSE(view.isBalanced());
}

TEST_CASE("The table plan creates renames and deletes tables", "[setup]")
{
    SetupDocument doc;
    TablePlanView view(doc.get());
    QUndoStack *stack = doc.get()->undoStack();
    const int before = doc.conference().all<Table>().size();

    SECTION("create several tables as one step, numbered on")
    {
        REQUIRE(view.createTables(3));
        CHECK(stack->count() == 1);
        const QList<Table> tables = commands::orderedTables(doc.conference());
        REQUIRE(tables.size() == before + 3);
        CHECK(tables.constLast().number == before + 3);
        CHECK(view.box(tables.constLast().id));
        CHECK(view.box(tables.constLast().id)->title().startsWith(
            QStringLiteral("Table %1").arg(before + 3)));
        stack->undo();
        CHECK(doc.conference().all<Table>().size() == before);
        CHECK(view.tableIds().size() == before);
    }

    SECTION("create tables through the question")
    {
        test::whenModal([](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            REQUIRE(dialog);
            CHECK(dialog->intValue() == 1); // tables exist: one more is the suggestion
            dialog->setIntValue(2);
            dialog->accept();
        });
        view.askCreateTables();
        CHECK(doc.conference().all<Table>().size() == before + 2);
    }

    SECTION("rename")
    {
        const Id id = view.tableIds().constFirst();
        REQUIRE(view.renameTable(id, QStringLiteral("  Fensterplatz ")));
        CHECK(doc.conference().find<Table>(id)->name == QStringLiteral("Fensterplatz"));
        CHECK(view.box(id)->title().startsWith(QStringLiteral("Fensterplatz")));
    }

    SECTION("delete after asking; its people stay, without a table")
    {
        const Id id = view.tableIds().constFirst();
        const QList<Id> people = seatedAt(doc.conference(), id);
        QString question;
        test::whenModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            REQUIRE(box);
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        view.askDeleteTable(id);
        CHECK(question.contains(QString::number(people.size())));
        CHECK_FALSE(doc.conference().find<Table>(id));
        CHECK_FALSE(view.box(id));
        REQUIRE(view.box(NoId));
        CHECK(listed(view.box(NoId)) == people);
        stack->undo();
        CHECK(listed(view.box(id)) == people);
        CHECK_FALSE(view.box(NoId));
    }
}

TEST_CASE("A table's new name is saved while the rename question is still open", "[setup][typing]")
{
    SetupDocument doc;
    TablePlanView view(doc.get());
    const Id id = view.tableIds().constFirst();
    const QString before = doc.conference().find<Table>(id)->name;
    const bool accept = GENERATE(true, false);

    bool savedWhileOpen = false;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        auto *edit = modal->findChild<QLineEdit *>();
        if (!dialog || !edit)
            return; // the checks below fail
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Am Fenster"));
        savedWhileOpen = QTest::qWaitFor(
            [&] { return doc.conference().find<Table>(id)->name == QStringLiteral("Am Fenster"); },
            20000);
        if (accept)
            dialog->accept();
        else
            dialog->reject();
    });
    view.askRenameTable(id);
    CHECK(savedWhileOpen);
    CHECK(doc.conference().find<Table>(id)->name
          == (accept ? QStringLiteral("Am Fenster") : before));
}

TEST_CASE("The table plan edits nothing in a read-only document", "[setup]")
{
    SetupDocument doc;
    auto readOnly = doc.openReadOnly();
    TablePlanView view(readOnly.get());
    const QList<Id> tables = view.tableIds();
    const Id who = seatedAt(readOnly->conference(), tables.at(0)).constFirst();
    CHECK_FALSE(view.moveParticipants({who}, tables.at(1)));
    CHECK_FALSE(view.seatByGroup());
    CHECK_FALSE(view.box(tables.at(1))->seatList()->acceptDrops());
    CHECK(readOnly->conference().find<Participant>(who)->tableId == tables.at(0));
}

// How fast this is, is bench_setup's job; here: moving and mixed seating work at this size.
TEST_CASE("The table plan seats a thousand participants at 125 tables", "[setup]")
{
    Conference conference = makeSampleConference();
    const QList<StakeholderGroup> groups(conference.all<StakeholderGroup>().begin(),
                                         conference.all<StakeholderGroup>().end());
    for (int number = conference.all<Table>().size() + 1; number <= 125; ++number) {
        Table table;
        table.id = conference.all<Table>().nextId();
        table.number = number;
        conference.all<Table>().put(table);
    }
    const QList<Table> tables(conference.all<Table>().begin(), conference.all<Table>().end());
    for (int i = conference.all<Participant>().size(); i < 1000; ++i) {
        Participant p;
        p.id = conference.all<Participant>().nextId();
        p.name = QStringLiteral("Teilnehmer %1").arg(i);
        p.groupId = groups.at(i % groups.size()).id;
        p.tableId = tables.at(i % tables.size()).id;
        conference.all<Participant>().put(p);
    }
    SetupDocument doc(conference);

    TablePlanView view(doc.get());
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    REQUIRE(view.tableIds().size() == 125);

    const Id to = view.tableIds().at(7);
    const Id who = seatedAt(doc.conference(), view.tableIds().at(3)).constFirst();
    drop(view.box(to)->seatList(), {who});
    QCoreApplication::processEvents();
    CHECK(doc.conference().find<Participant>(who)->tableId == to);
    CHECK(listed(view.box(to)).contains(who));

    REQUIRE(view.seatMixed());
    QCoreApplication::processEvents();
    CHECK(view.isBalanced());
}

TEST_CASE("A table shows everyone and every group's chip after a group is added", "[setup]")
{
    SetupDocument doc;
    TablePlanView view(doc.get());
    view.resize(1300, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const Id tableId = commands::orderedTables(doc.conference()).at(2).id;

    StakeholderGroup youth;
    youth.name = QStringLiteral("Jugend");
    youth.color = QColor(0x20, 0x80, 0xc0);
    const Id youthId = commands::addGroup(doc.get(), youth);
    REQUIRE(youthId != NoId);
    Participant newcomer;
    newcomer.name = QStringLiteral("Lea Neumann");
    newcomer.groupId = youthId;
    newcomer.tableId = tableId;
    REQUIRE(commands::addParticipant(doc.get(), newcomer) != NoId);
    QCoreApplication::processEvents();
    QTest::qWait(50);

    TableBox *box = view.box(tableId);
    REQUIRE(box);
    SeatList *list = box->seatList();
    REQUIRE(list->count() == seatedAt(doc.conference(), tableId).size());
    // Every name is inside the list's visible part: the list does not scroll.
    for (int i = 0; i < list->count(); ++i) {
        CAPTURE(i, list->count(), list->height());
        CHECK(list->viewport()->rect().contains(list->visualItemRect(list->item(i))));
    }
    // Every group's chip, the new one too, lies inside the bar.
    GroupCountsBar *bar = box->countsBar();
    CHECK(bar->counts().size() == doc.conference().all<StakeholderGroup>().size());
    CHECK(bar->height() >= bar->heightForWidth(bar->width()));
}
