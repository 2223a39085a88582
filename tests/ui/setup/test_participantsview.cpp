#include "setupfixture.h"

#include "core/commands/commands.h"
#include "ui/setup/participantsfiltermodel.h"
#include "ui/setup/participantsmodel.h"
#include "ui/setup/participantsview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace weitblick;
using test::SetupDocument;

namespace {

// The view's index of a participant's cell.
QModelIndex cellOf(ParticipantsView &view, Id participantId, int column)
{
    const int row = view.model()->rowOf(participantId);
    REQUIRE(row >= 0);
    return view.filterModel()->mapFromSource(view.model()->index(row, column));
}

template<class Editor>
Editor *openEditor(ParticipantsView &view, const QModelIndex &index)
{
    view.tableView()->setCurrentIndex(index);
    view.tableView()->edit(index);
    auto *editor = view.tableView()->viewport()->findChild<Editor *>();
    REQUIRE(editor);
    return editor;
}

const Participant &participant(const SetupDocument &doc, Id id)
{
    const Participant *p = doc.conference().find<Participant>(id);
    REQUIRE(p);
    return *p;
}

} // namespace

TEST_CASE("Editing a participant in place writes through and undoes", "[setup]")
{
    SetupDocument doc;
    ParticipantsView view(doc.get());
    view.resize(1000, 600);
    view.show();
    QUndoStack *stack = doc.get()->undoStack();
    const Participant before = participant(doc, 1);

    SECTION("the name, with a line edit")
    {
        auto *editor = openEditor<QLineEdit>(view, cellOf(view, 1, ParticipantsModel::NameColumn));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Katrin Boehm-Weber"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits queued
        CHECK(participant(doc, 1).name == QStringLiteral("Katrin Boehm-Weber"));
        CHECK(cellOf(view, 1, ParticipantsModel::NameColumn).data().toString()
              == QStringLiteral("Katrin Boehm-Weber"));
        REQUIRE(stack->count() == 1);
        stack->undo();
        CHECK(participant(doc, 1) == before);
        CHECK(cellOf(view, 1, ParticipantsModel::NameColumn).data().toString() == before.name);
    }

    SECTION("an empty name is refused")
    {
        auto *editor = openEditor<QLineEdit>(view, cellOf(view, 1, ParticipantsModel::NameColumn));
        editor->clear();
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits queued
        CHECK(participant(doc, 1) == before);
        CHECK(stack->count() == 0);
    }

    SECTION("the group, with a combo box")
    {
        auto *combo = openEditor<QComboBox>(view, cellOf(view, 1, ParticipantsModel::GroupColumn));
        CHECK(combo->count() == doc.conference().all<StakeholderGroup>().size() + 1);
        CHECK(combo->currentData().value<Id>() == before.groupId);
        const int next = combo->currentIndex() + 1;
        const Id newGroup = combo->itemData(next).value<Id>();
        REQUIRE(newGroup != before.groupId);
        QTest::keyClick(combo, Qt::Key_Down); // a closed combo box: choose the next entry
        CHECK(participant(doc, 1).groupId == newGroup);
        CHECK(cellOf(view, 1, ParticipantsModel::GroupColumn).data().toString()
              == doc.conference().find<StakeholderGroup>(newGroup)->name);
        REQUIRE(stack->count() == 1);
        stack->undo();
        CHECK(participant(doc, 1) == before);
    }

    SECTION("the table, with a combo box offering no table")
    {
        auto *combo = openEditor<QComboBox>(view, cellOf(view, 1, ParticipantsModel::TableColumn));
        CHECK(combo->itemData(0).value<Id>() == NoId);
        combo->setCurrentIndex(0);
        emit combo->activated(0);
        CHECK(participant(doc, 1).tableId == NoId);
        CHECK(cellOf(view, 1, ParticipantsModel::TableColumn).data().toString().isEmpty());
        stack->undo();
        CHECK(participant(doc, 1) == before);
    }

    SECTION("the steering committee, with a check box")
    {
        const QModelIndex cell = cellOf(view, 1, ParticipantsModel::SteeringColumn);
        CHECK(cell.flags().testFlag(Qt::ItemIsUserCheckable));
        view.tableView()->setFocus();
        view.tableView()->setCurrentIndex(cell);
        QTest::keyClick(view.tableView(), Qt::Key_Space);
        CHECK(participant(doc, 1).steeringCommittee == !before.steeringCommittee);
        CHECK(Qt::CheckState(cell.data(Qt::CheckStateRole).toInt())
              == (before.steeringCommittee ? Qt::Unchecked : Qt::Checked));
        stack->undo();
        CHECK(participant(doc, 1) == before);
    }

    // Every edit above also reached the file: the commands write through.
    CHECK(doc.openReadOnly()->conference() == doc.conference());
}

TEST_CASE("The participants filter matches any column and the group", "[setup]")
{
    SetupDocument doc;
    ParticipantsView view(doc.get());
    const Conference &conference = doc.conference();
    const int total = conference.all<Participant>().size();
    REQUIRE(view.filterModel()->rowCount() == total);

    auto shownIds = [&] {
        QList<Id> ids;
        for (int row = 0; row < view.filterModel()->rowCount(); ++row)
            ids.append(view.filterModel()->index(row, 0).data(ParticipantsModel::IdRole)
                           .value<Id>());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto expected = [&](const std::function<bool(const Participant &)> &match) {
        QList<Id> ids;
        for (const Participant &p : conference.all<Participant>()) {
            if (match(p))
                ids.append(p.id);
        }
        return ids;
    };

    const Participant first = *conference.find<Participant>(1);
    SECTION("by name, whatever the case")
    {
        view.setSearchText(first.name.toUpper());
        CHECK(shownIds() == expected([&](const Participant &p) { return p.name == first.name; }));
    }
    SECTION("by organisation")
    {
        view.setSearchText(first.organisation);
        CHECK(shownIds().contains(first.id));
        CHECK(shownIds() == expected([&](const Participant &p) {
                  return p.organisation.contains(first.organisation, Qt::CaseInsensitive)
                         || p.name.contains(first.organisation, Qt::CaseInsensitive);
              }));
    }
    SECTION("by group name and table name, word by word")
    {
        const QString group = conference.find<StakeholderGroup>(first.groupId)->name;
        const QString table = conference.find<Table>(first.tableId)->name;
        view.setSearchText(group + QLatin1Char(' ') + table);
        CHECK(shownIds() == expected([&](const Participant &p) {
                  return p.groupId == first.groupId && p.tableId == first.tableId;
              }));
    }
    SECTION("by group, through the group selector")
    {
        auto *selector = view.findChild<QComboBox *>();
        REQUIRE(selector);
        const int index = selector->findData(first.groupId);
        REQUIRE(index > 0);
        selector->setCurrentIndex(index);
        CHECK(shownIds()
              == expected([&](const Participant &p) { return p.groupId == first.groupId; }));
        // Search and group combine.
        view.setSearchText(first.name);
        CHECK(shownIds() == QList<Id>{first.id});
        view.setSearchText(QString());
        selector->setCurrentIndex(0);
        CHECK(view.filterModel()->rowCount() == total);
    }
    SECTION("participants without a group")
    {
        Participant loner;
        loner.name = QStringLiteral("Ohne Gruppe");
        const Id id = commands::addParticipant(doc.get(), loner);
        view.setGroupFilter(NoId);
        CHECK(shownIds() == QList<Id>{id});
    }
    SECTION("nothing matches")
    {
        view.setSearchText(QStringLiteral("zzz-nobody-zzz"));
        CHECK(view.filterModel()->rowCount() == 0);
    }
    SECTION("an edit that leaves the filter hides the row")
    {
        view.setSearchText(first.name);
        REQUIRE(view.filterModel()->rowCount() == 1);
        Participant renamed = first;
        renamed.name = QStringLiteral("Jemand anderes");
        REQUIRE(commands::editParticipant(doc.get(), renamed));
        CHECK(view.filterModel()->rowCount() == 0);
    }
}

TEST_CASE("The participants table sorts by column", "[setup]")
{
    SetupDocument doc;
    ParticipantsView view(doc.get());
    QSortFilterProxyModel *proxy = view.filterModel();

    view.tableView()->sortByColumn(ParticipantsModel::NameColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row) {
        CHECK(QString::localeAwareCompare(proxy->index(row - 1, 0).data().toString(),
                                          proxy->index(row, 0).data().toString())
              <= 0);
    }
    // Groups sort in their own order, not by name.
    view.tableView()->sortByColumn(ParticipantsModel::GroupColumn, Qt::AscendingOrder);
    const Conference &conference = doc.conference();
    for (int row = 1; row < proxy->rowCount(); ++row) {
        const auto groupAt = [&](int r) {
            const Id id = proxy->index(r, ParticipantsModel::GroupColumn).data(Qt::EditRole)
                              .value<Id>();
            return conference.find<StakeholderGroup>(id)->order;
        };
        CHECK(groupAt(row - 1) <= groupAt(row));
    }
    // Steering committee members first.
    view.tableView()->sortByColumn(ParticipantsModel::SteeringColumn, Qt::AscendingOrder);
    CHECK(proxy->index(0, ParticipantsModel::SteeringColumn).data(Qt::CheckStateRole).toInt()
          == Qt::Checked);
}

TEST_CASE("Participants are added and deleted through commands", "[setup]")
{
    SetupDocument doc;
    ParticipantsView view(doc.get());
    view.resize(1000, 600);
    view.show();
    QUndoStack *stack = doc.get()->undoStack();
    const int total = doc.conference().all<Participant>().size();

    SECTION("add, in the filtered group, and name it in place")
    {
        const Id group = doc.conference().find<Participant>(1)->groupId;
        view.setGroupFilter(group);
        view.setSearchText(QStringLiteral("Böhm"));
        view.addParticipant();
        CHECK(doc.conference().all<Participant>().size() == total + 1);
        const Id id = doc.conference().all<Participant>().nextId() - 1;
        CHECK(doc.conference().find<Participant>(id)->groupId == group);
        // The search is cleared so that the new row shows, and its name is being edited.
        auto *editor = view.tableView()->viewport()->findChild<QLineEdit *>();
        REQUIRE(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Neue Person"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits queued
        CHECK(doc.conference().find<Participant>(id)->name == QStringLiteral("Neue Person"));
        CHECK(stack->count() == 2);
        stack->undo();
        stack->undo();
        CHECK(doc.conference().all<Participant>().size() == total);
        CHECK(view.model()->rowCount() == total);
    }

    SECTION("delete a multi-selection in one step")
    {
        view.setSearchText(QString());
        QItemSelectionModel *selection = view.tableView()->selectionModel();
        const QList<Id> chosen = {2, 5, 9};
        for (Id id : chosen) {
            selection->select(cellOf(view, id, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        auto *deleteButton = [&] {
            for (QPushButton *b : view.findChildren<QPushButton *>()) {
                if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Delete"))
                    return b;
            }
            return static_cast<QPushButton *>(nullptr);
        }();
        REQUIRE(deleteButton);
        CHECK(deleteButton->isEnabled());
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        CHECK(doc.conference().all<Participant>().size() == total - 3);
        for (Id id : chosen)
            CHECK(view.model()->rowOf(id) == -1);
        CHECK(stack->count() == 1);
        stack->undo();
        CHECK(doc.conference().all<Participant>().size() == total);
        for (Id id : chosen)
            CHECK(view.model()->rowOf(id) >= 0);
    }

    SECTION("the Delete key deletes the selection")
    {
        QApplication::setActiveWindow(&view); // shortcuts need an active window
        view.tableView()->setFocus();
        view.tableView()->selectRow(0);
        const Id id = view.filterModel()->index(0, 0).data(ParticipantsModel::IdRole).value<Id>();
        QTest::keyClick(view.tableView(), Qt::Key_Delete);
        CHECK_FALSE(doc.conference().find<Participant>(id));
    }
}

TEST_CASE("The participants view edits nothing in a read-only document", "[setup]")
{
    SetupDocument doc;
    auto readOnly = doc.openReadOnly();
    REQUIRE(readOnly->isReadOnly());
    ParticipantsView view(readOnly.get());
    const QModelIndex cell = view.filterModel()->index(0, ParticipantsModel::NameColumn);
    CHECK_FALSE(cell.flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(view.filterModel()->setData(cell, QStringLiteral("x")));
    CHECK_FALSE(view.filterModel()
                    ->index(0, ParticipantsModel::SteeringColumn)
                    .flags()
                    .testFlag(Qt::ItemIsUserCheckable));
    for (QPushButton *button : view.findChildren<QPushButton *>())
        CHECK_FALSE(button->isEnabled());
}

// How fast this is, is bench_setup's job; here: a single edit touches one row, a bulk edit
// resets once, and the filter finds what it should among a thousand.
TEST_CASE("The participants table updates a thousand participants row by row", "[setup]")
{
    Conference conference = makeSampleConference();
    const QList<StakeholderGroup> groups(conference.all<StakeholderGroup>().begin(),
                                         conference.all<StakeholderGroup>().end());
    const QList<Table> tables(conference.all<Table>().begin(), conference.all<Table>().end());
    for (int i = conference.all<Participant>().size(); i < 1000; ++i) {
        Participant p;
        p.id = conference.all<Participant>().nextId();
        p.name = QStringLiteral("Teilnehmerin %1").arg(i);
        p.organisation = QStringLiteral("Verein %1").arg(i % 37);
        p.groupId = groups.at(i % groups.size()).id;
        p.tableId = tables.at(i % tables.size()).id;
        conference.all<Participant>().put(p);
    }
    SetupDocument doc(conference);
    ParticipantsView view(doc.get());
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    REQUIRE(view.model()->rowCount() == 1000);

    // A single edit updates one row.
    int resets = 0;
    QObject::connect(view.model(), &QAbstractItemModel::modelReset, [&] { ++resets; });
    Participant p = *doc.conference().find<Participant>(500);
    p.name = QStringLiteral("Umbenannt");
    REQUIRE(commands::editParticipant(doc.get(), p));
    QCoreApplication::processEvents();
    CHECK(resets == 0);
    CHECK(view.model()->index(view.model()->rowOf(500), ParticipantsModel::NameColumn).data()
          == QStringLiteral("Umbenannt"));

    // A bulk removal resets once.
    QList<Id> half;
    for (Id id = 1; id <= 500; ++id)
        half.append(id);
    REQUIRE(commands::removeParticipants(doc.get(), half));
    QCoreApplication::processEvents();
    CHECK(resets == 1);
    CHECK(view.model()->rowCount() == 500);

    view.setSearchText(QStringLiteral("teilnehmerin 777"));
    REQUIRE(view.filterModel()->rowCount() == 1);
    CHECK(view.filterModel()->index(0, ParticipantsModel::NameColumn).data()
          == QStringLiteral("Teilnehmerin 777"));
}
