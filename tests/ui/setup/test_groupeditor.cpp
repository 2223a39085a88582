#include "setupfixture.h"

#include "ui/setup/groupeditor.h"
#include "ui/setup/setuplists.h"

#include "core/commands/commands.h"

#include <QColorDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace weitblick;
using test::SetupDocument;

namespace {

QStringList groupNames(const Conference &conference)
{
    QStringList names;
    for (const StakeholderGroup &group : commands::orderedGroups(conference))
        names.append(group.name);
    return names;
}

QStringList listedNames(GroupEditor &editor)
{
    auto *list = editor.findChild<QTreeWidget *>();
    QStringList names;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        names.append(list->topLevelItem(i)->text(0));
    return names;
}

} // namespace

TEST_CASE("The group editor adds and renames a group", "[setup]")
{
    SetupDocument doc;
    GroupEditor editor(doc.get());
    editor.show();
    const int groups = doc.conference().all<StakeholderGroup>().size();
    CHECK(listedNames(editor) == groupNames(doc.conference()));

    editor.addGroup();
    REQUIRE(doc.conference().all<StakeholderGroup>().size() == groups + 1);
    const Id id = editor.currentGroup();
    const StakeholderGroup *added = doc.conference().find<StakeholderGroup>(id);
    REQUIRE(added);
    CHECK(commands::orderedGroups(doc.conference()).constLast().id == id); // appended
    CHECK(added->color.isValid());

    // Its name is open for editing in place.
    auto *nameEditor = editor.findChild<QTreeWidget *>()->viewport()->findChild<QLineEdit *>();
    REQUIRE(nameEditor);
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral("Jugend"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits queued
    CHECK(doc.conference().find<StakeholderGroup>(id)->name == QStringLiteral("Jugend"));
    CHECK(listedNames(editor).constLast() == QStringLiteral("Jugend"));
    CHECK(doc.get()->undoStack()->count() == 2);
    doc.get()->undoStack()->undo();
    doc.get()->undoStack()->undo();
    CHECK(doc.conference().all<StakeholderGroup>().size() == groups);
    CHECK(listedNames(editor) == groupNames(doc.conference()));
}

TEST_CASE("The group editor keeps the names of the groups apart", "[setup]")
{
    SetupDocument doc;
    GroupEditor editor(doc.get());
    editor.resize(640, 600); // every group in view, to be clicked
    editor.show();
    const QString existing = commands::orderedGroups(doc.conference()).constFirst().name;
    auto *problem = editor.findChild<QLabel *>(QStringLiteral("problem"));
    REQUIRE(problem);

    // Two new groups get names of their own.
    editor.addGroup();
    QTest::keyClick(editor.findChild<QTreeWidget *>()->viewport()->findChild<QLineEdit *>(),
                    Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor
    editor.addGroup();
    const Id id = editor.currentGroup();
    const QString proposed = doc.conference().find<StakeholderGroup>(id)->name;
    CHECK(groupNames(doc.conference()).count(proposed) == 1);

    // A name taken by another group, in other case and spacing, is refused and said why.
    auto *nameEditor = editor.findChild<QTreeWidget *>()->viewport()->findChild<QLineEdit *>();
    REQUIRE(nameEditor);
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral(" ") + existing.toUpper() + QStringLiteral(" "));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits queued
    CHECK(doc.conference().find<StakeholderGroup>(id)->name == proposed);
    CHECK(listedNames(editor).constLast() == proposed);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(existing.toUpper()));
    CHECK(problem->text().contains(proposed)); // the group that keeps its name
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The message goes when the moderator turns to another group.
    QCoreApplication::processEvents(); // as the event loop turns before the next click
    auto *list = editor.findChild<QTreeWidget *>();
    const QList<StakeholderGroup> groups = commands::orderedGroups(doc.conference());
    editor.setCurrentGroup(groups.constFirst().id);
    CHECK_FALSE(problem->isVisible());

    // Types a name into the editor of the current group, without committing it.
    const auto typeName = [list](const QString &name) {
        list->editItem(list->currentItem(), 0);
        auto *field = list->viewport()->findChild<QLineEdit *>();
        REQUIRE(field);
        field->selectAll();
        QTest::keyClicks(field, name);
        return field;
    };

    // A taken name typed and left by a click on another group is refused as the click moves
    // on: the message stays beside the group clicked, until the next one.
    editor.setCurrentGroup(id);
    typeName(existing);
    const QRect second = list->visualItemRect(list->topLevelItem(1));
    REQUIRE(list->viewport()->rect().contains(second));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(editor.currentGroup() == groups.at(1).id);
    CHECK(doc.conference().find<StakeholderGroup>(id)->name == proposed);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(proposed));
    QCoreApplication::processEvents();
    editor.setCurrentGroup(groups.at(2).id);
    CHECK_FALSE(problem->isVisible());
    editor.setCurrentGroup(id);

    // Another name is taken, and no message comes.
    QTest::keyClick(typeName(QStringLiteral("Jugend")), Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(doc.conference().find<StakeholderGroup>(id)->name == QStringLiteral("Jugend"));
    CHECK_FALSE(problem->isVisible());
}

TEST_CASE("The group editor changes a colour with the colour dialog", "[setup]")
{
    SetupDocument doc;
    GroupEditor editor(doc.get());
    editor.show();
    const StakeholderGroup first = commands::orderedGroups(doc.conference()).constFirst();
    editor.setCurrentGroup(first.id);

    const QColor chosen(0x12, 0x34, 0x56);
    bool sawDialog = false;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QColorDialog *>(modal);
        REQUIRE(dialog);
        CHECK(dialog->currentColor() == first.color);
        sawDialog = true;
        dialog->setCurrentColor(chosen);
        dialog->accept();
    });
    editor.chooseColor();
    CHECK(sawDialog);
    CHECK(doc.conference().find<StakeholderGroup>(first.id)->color == chosen);
    CHECK(doc.get()->undoStack()->count() == 1);

    // Cancelled: nothing changes.
    test::whenModal([](QWidget *modal) { static_cast<QDialog *>(modal)->reject(); });
    editor.chooseColor();
    CHECK(doc.get()->undoStack()->count() == 1);
}

TEST_CASE("The group editor moves groups up and down", "[setup]")
{
    SetupDocument doc;
    GroupEditor editor(doc.get());
    const QStringList before = groupNames(doc.conference());
    const QList<StakeholderGroup> groups = commands::orderedGroups(doc.conference());
    editor.setCurrentGroup(groups.at(0).id);
    editor.moveCurrent(-1); // already first
    CHECK(doc.get()->undoStack()->count() == 0);
    editor.moveCurrent(+1);
    QStringList expected = before;
    expected.move(0, 1);
    CHECK(groupNames(doc.conference()) == expected);
    CHECK(listedNames(editor) == expected);
    CHECK(editor.currentGroup() == groups.at(0).id); // the moved group stays current
    CHECK(doc.get()->undoStack()->count() == 1);
    doc.get()->undoStack()->undo();
    CHECK(groupNames(doc.conference()) == before);
}

TEST_CASE("The group editor deletes a group after asking", "[setup]")
{
    SetupDocument doc;
    GroupEditor editor(doc.get());
    editor.show();
    const Conference before = doc.conference();
    const StakeholderGroup group = commands::orderedGroups(before).constFirst();
    int participants = 0;
    int cards = 0;
    for (const Participant &p : before.all<Participant>())
        participants += p.groupId == group.id;
    for (const Card &c : before.all<Card>())
        cards += c.groupId == group.id;
    REQUIRE(participants > 0);
    REQUIRE(cards > 0);
    editor.setCurrentGroup(group.id);

    SECTION("cancelled")
    {
        test::whenModal([](QWidget *modal) { static_cast<QDialog *>(modal)->reject(); });
        editor.deleteCurrent();
        CHECK(doc.conference() == before);
    }

    SECTION("confirmed")
    {
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
        editor.deleteCurrent();
        // The question names the group and what it takes along.
        CHECK(question.contains(group.name));
        CHECK(question.contains(QString::number(participants)));
        CHECK(question.contains(QString::number(cards)));

        CHECK_FALSE(doc.conference().find<StakeholderGroup>(group.id));
        for (const Participant &p : doc.conference().all<Participant>())
            CHECK(p.groupId != group.id);
        for (const Card &c : doc.conference().all<Card>())
            CHECK(c.groupId != group.id);
        CHECK(doc.conference().all<Participant>().size() == before.all<Participant>().size());
        CHECK_FALSE(listedNames(editor).contains(group.name));
        CHECK(editor.currentGroup() != NoId);

        REQUIRE(doc.get()->undoStack()->count() == 1);
        doc.get()->undoStack()->undo();
        CHECK(doc.conference() == before);
        CHECK(listedNames(editor) == groupNames(before));
    }
}

TEST_CASE("The group editor follows changes made elsewhere", "[setup]")
{
    SetupDocument doc;
    GroupEditor editor(doc.get());
    StakeholderGroup group = commands::orderedGroups(doc.conference()).constFirst();
    group.name = QStringLiteral("Einzelhandel");
    REQUIRE(commands::editGroup(doc.get(), group));
    CHECK(listedNames(editor).constFirst() == QStringLiteral("Einzelhandel"));
}

TEST_CASE("The group editor edits nothing in a read-only document", "[setup]")
{
    SetupDocument doc;
    auto readOnly = doc.openReadOnly();
    GroupEditor editor(readOnly.get());
    for (QPushButton *button : editor.findChildren<QPushButton *>())
        CHECK_FALSE(button->isEnabled());
    QTreeWidgetItem *item = editor.findChild<QTreeWidget *>()->topLevelItem(0);
    REQUIRE(item);
    CHECK_FALSE(item->flags().testFlag(Qt::ItemIsEditable));
    editor.moveCurrent(+1);
    editor.addGroup();
    CHECK(readOnly->conference() == doc.conference());
}

TEST_CASE("A group's name is saved after a pause in typing, with the editor still open",
          "[setup][typing]")
{
    SetupDocument doc;
    GroupEditor editor(doc.get());
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto *list = editor.findChild<QTreeWidget *>();
    const Id id = commands::orderedGroups(doc.conference()).constFirst().id;
    editor.setCurrentGroup(id);
    list->editItem(list->currentItem(), 0);
    auto *name = list->viewport()->findChild<QLineEdit *>();
    REQUIRE(name);
    name->setFocus();
    name->selectAll();
    const int before = doc.get()->undoStack()->count();
    QTest::keyClicks(name, QStringLiteral("Einzelhandel "));
    CHECK(doc.get()->undoStack()->count() == before);
    REQUIRE(QTest::qWaitFor([&] { return doc.get()->undoStack()->count() == before + 1; }, 20000));
    CHECK(doc.conference().find<StakeholderGroup>(id)->name == QStringLiteral("Einzelhandel"));
    // The editor goes on with what was typed, the space before the next word included.
    CHECK(list->viewport()->findChild<QLineEdit *>() == name);
    CHECK(name->text() == QStringLiteral("Einzelhandel "));
    QTest::keyClicks(name, QStringLiteral("am Markt"));
    REQUIRE(QTest::qWaitFor([&] { return doc.get()->undoStack()->count() == before + 2; }, 20000));
    CHECK(doc.conference().find<StakeholderGroup>(id)->name
          == QStringLiteral("Einzelhandel am Markt"));
}
