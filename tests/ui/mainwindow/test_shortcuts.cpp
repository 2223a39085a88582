#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/sample/sampleconference.h"
#include "dialogtesting.h"
#include "testfiles.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/phasenavigator.h"
#include "ui/mainwindow/workspace.h"
#include "ui/presenter/presenterwindow.h"
#include "ui/setup/participantsview.h"
#include "ui/wall/phasepage.h"
#include "ui/wall/quickentrybar.h"
#include "ui/wall/wallview.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTest>

using namespace weitblick;

namespace {

// One key bound to an action (or QShortcut, or a menu title's mnemonic) where it can fire:
// the widget it is attached to and how far around that widget it reaches.
struct Binding
{
    QKeySequence key;
    const QObject *owner;
    QString name;
    QWidget *widget;
    Qt::ShortcutContext context;
};

// The widget a menu's action really acts in: the menu bar the menu hangs from (Qt checks the
// context there), or null for a menu that is not in a menu bar.
QWidget *actingWidget(QObject *object)
{
    for (int depth = 0; depth < 8; ++depth) {
        auto *menu = qobject_cast<QMenu *>(object);
        if (!menu)
            return qobject_cast<QWidget *>(object);
        const QList<QObject *> holders = menu->menuAction()->associatedObjects();
        if (holders.isEmpty())
            return nullptr;
        object = holders.constFirst();
    }
    return nullptr;
}

// Whether a widget with the focus somewhere could make both bindings fire: Qt then reports an
// ambiguous shortcut and triggers neither.
bool overlap(const Binding &a, const Binding &b)
{
    if (a.context == Qt::ApplicationShortcut || b.context == Qt::ApplicationShortcut)
        return true;
    if (a.widget->window() != b.widget->window())
        return false;
    if (a.context == Qt::WindowShortcut || b.context == Qt::WindowShortcut)
        return true;
    const auto reaches = [](const Binding &outer, const QWidget *inner) {
        return outer.widget == inner
               || (outer.context == Qt::WidgetWithChildrenShortcut
                   && outer.widget->isAncestorOf(inner));
    };
    return reaches(a, b.widget) || reaches(b, a.widget);
}

void addBindings(QList<Binding> *bindings, const QObject *owner, const QString &name,
                 const QList<QKeySequence> &keys, const QList<QObject *> &attachedTo,
                 Qt::ShortcutContext context)
{
    for (QObject *object : attachedTo) {
        QWidget *widget = actingWidget(object);
        // Qt ignores shortcuts of hidden or disabled widgets (a page not shown).
        if (!widget || !widget->isVisible() || !widget->isEnabled())
            continue;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty())
                bindings->append({key, owner, name, widget, context});
        }
    }
}

// Every key bound twice where both could fire, as readable lines; empty when there is none.
// Keys of one action count once per widget, but a key listed twice in one action's shortcuts
// (as a standard key that expands to a key given as well) is a conflict of its own.
QStringList ambiguousShortcuts()
{
    QList<Binding> bindings;
    QSet<const QAction *> seen;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (seen.contains(action))
                continue;
            seen.insert(action);
            QList<QKeySequence> keys = action->shortcuts();
            addBindings(&bindings, action, action->text(), keys, action->associatedObjects(),
                        action->shortcutContext());
        }
        for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
            addBindings(&bindings, shortcut, shortcut->objectName(), shortcut->keys(),
                        {shortcut->parent()}, shortcut->context());
        }
        for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
            for (QAction *menu : bar->actions()) {
                addBindings(&bindings, menu, menu->text(), {QKeySequence::mnemonic(menu->text())},
                            {bar}, Qt::WindowShortcut);
            }
        }
    }

    QStringList found;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const Binding &a = bindings.at(i);
            const Binding &b = bindings.at(j);
            if (a.key != b.key || !overlap(a, b))
                continue;
            // One action attached to several widgets is one shortcut to Qt, unless it lists
            // the same key twice.
            if (a.owner == b.owner && a.widget != b.widget)
                continue;
            found << QStringLiteral("%1: \"%2\" and \"%3\"")
                         .arg(a.key.toString(QKeySequence::PortableText), a.name, b.name);
        }
    }
    found.removeDuplicates();
    return found;
}

struct ShownWindow
{
    test::TempDir dir;
    MainWindow window;

    ShownWindow()
    {
        window.resize(1600, 1000);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    void openSample()
    {
        const QString path = dir.path(QStringLiteral("Lindenau.weitblick"));
        QString error;
        REQUIRE(ConferenceStore::create(path, makeSampleConference(), &error));
        REQUIRE(window.openFile(path));
        QApplication::processEvents();
    }

    // Makes the window the active one, so that its shortcuts work as on a desktop.
    void activate()
    {
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    void checkShortcuts(const char *shown)
    {
        QApplication::processEvents();
        const QStringList ambiguous = ambiguousShortcuts();
        INFO("shown: " << shown);
        INFO("bound twice: " << ambiguous.join(QStringLiteral("; ")).toStdString());
        CHECK(ambiguous.isEmpty());
    }
};

} // namespace

TEST_CASE("No shortcut is bound twice on any page of the main window", "[mainwindow][keys]")
{
    ShownWindow s;
    s.checkShortcuts("start page");

    s.openSample();
    Workspace *workspace = s.window.workspace();
    REQUIRE(workspace);
    const int phases = int(commands::orderedPhases(s.window.document()->conference()).size());
    for (int i = 0; i < phases; ++i) {
        REQUIRE(workspace->showPhaseAt(i));
        s.checkShortcuts(qPrintable(QStringLiteral("phase %1").arg(i + 1)));
    }
    using Page = PhaseNavigator::Page;
    const std::pair<Page, const char *> pages[] = {{Page::Participants, "participants"},
                                                   {Page::TablePlan, "table plan"},
                                                   {Page::Measures, "measures"},
                                                   {Page::Organisation, "organisation"},
                                                   {Page::Reviews, "reviews"}};
    for (const auto &[page, name] : pages) {
        workspace->showPage(page);
        s.checkShortcuts(name);
    }

    REQUIRE(workspace->showPhaseAt(2));
    workspace->phasePage()->votingAction()->setChecked(true);
    s.checkShortcuts("wall with the voting panel");
    workspace->projectorAction()->setChecked(true);
    REQUIRE(workspace->presenter()->isVisible());
    s.checkShortcuts("wall with the voting panel and the projector");
    workspace->projectorAction()->setChecked(false);
}

TEST_CASE("The test finds a key bound twice, in one action and in two", "[mainwindow][keys]")
{
    // The test above proves nothing unless it would see a conflict.
    QWidget window;
    auto *twice = new QAction(QStringLiteral("twice"), &window);
    twice->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence::Undo});
    window.addAction(twice);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(ambiguousShortcuts().size() == 1);

    twice->setShortcut(QKeySequence::Undo);
    CHECK(ambiguousShortcuts().isEmpty());
    auto *other = new QAction(QStringLiteral("other"), &window);
    other->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    window.addAction(other);
    CHECK(ambiguousShortcuts().size() == 1);
}

TEST_CASE("Ctrl+Shift+Z on the wall redoes what Ctrl+Z undid", "[mainwindow][keys]")
{
    ShownWindow s;
    s.openSample();
    Workspace *workspace = s.window.workspace();
    REQUIRE(workspace->showPhaseAt(2));
    ConferenceDocument *document = s.window.document();
    const qsizetype cards = document->conference().all<Card>().size();
    Card card;
    card.phaseId = workspace->phasePage()->phaseId();
    card.text = QStringLiteral("Seilbahn zum Rathaus");
    REQUIRE(commands::addCard(document, card) != NoId);

    s.activate();
    WallView *wall = workspace->phasePage()->view();
    wall->setFocus();
    QTest::keyClick(wall, Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->conference().all<Card>().size() == cards);
    QTest::keyClick(wall, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(document->conference().all<Card>().size() == cards + 1);
    // Ctrl+Y too, as on Windows and in Office.
    QTest::keyClick(wall, Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->conference().all<Card>().size() == cards);
    QTest::keyClick(wall, Qt::Key_Y, Qt::ControlModifier);
    CHECK(document->conference().all<Card>().size() == cards + 1);

    // In a text field Ctrl+Y redoes the typing there, not a step of the conference.
    QTest::keyClick(wall, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(document->conference().all<Card>().size() == cards);
    auto *line = new QLineEdit(workspace);
    line->show();
    line->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(QApplication::focusWidget() == line);
    QTest::keyClicks(line, QStringLiteral("Rad"));
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    CHECK(line->text().isEmpty());
    QTest::keyClick(line, Qt::Key_Y, Qt::ControlModifier);
    CHECK(line->text() == QStringLiteral("Rad"));
    CHECK(document->conference().all<Card>().size() == cards);
}

TEST_CASE("In the empty quick-entry line the undo and redo keys undo and redo the conference",
          "[mainwindow][keys][wall]")
{
    ShownWindow s;
    s.openSample();
    Workspace *workspace = s.window.workspace();
    REQUIRE(workspace->showPhaseAt(2));
    ConferenceDocument *document = s.window.document();
    const qsizetype cards = document->conference().all<Card>().size();
    s.activate();
    QTest::keyClick(workspace->phasePage()->view(), Qt::Key_E, Qt::ControlModifier);
    QLineEdit *line = workspace->phasePage()->quickEntry()->lineEdit();
    REQUIRE(line->hasFocus());

    // A wrong card typed: Ctrl+Z takes it back without leaving the line.
    QTest::keyClicks(line, QStringLiteral("Seilbahn"));
    QTest::keyClick(line, Qt::Key_Return);
    REQUIRE(document->conference().all<Card>().size() == cards + 1);
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->conference().all<Card>().size() == cards);
    CHECK(line->text().isEmpty()); // not the text of the card undone
    CHECK(line->hasFocus());

    // Every redo key of the platform, and Ctrl+Shift+Z, redoes.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    for (const QKeySequence &redo : std::as_const(redoKeys)) {
        INFO("redo key " << redo.toString().toStdString());
        QTest::keySequence(line, redo);
        CHECK(document->conference().all<Card>().size() == cards + 1);
        QTest::keySequence(line, QKeySequence::Undo);
        CHECK(document->conference().all<Card>().size() == cards);
    }

    // While the line holds text, Ctrl+Z edits the text and leaves the conference alone.
    QTest::keySequence(line, redoKeys.constLast());
    REQUIRE(document->conference().all<Card>().size() == cards + 1);
    QTest::keyClicks(line, QStringLiteral("Gondel"));
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    CHECK(line->text() != QStringLiteral("Gondel"));
    CHECK(document->conference().all<Card>().size() == cards + 1);
}

TEST_CASE("Ctrl+P prints posters and Ctrl+Shift+P shows the participants", "[mainwindow][keys]")
{
    // Ctrl+P means Print in every desktop program; the participants take a Shift as the
    // measures do (Ctrl+Shift+M).
    ShownWindow s;
    s.openSample();
    Workspace *workspace = s.window.workspace();
    REQUIRE(workspace->showPhaseAt(2));
    s.activate();
    workspace->phasePage()->view()->setFocus();

    QString opened;
    test::whenModal([&opened](QWidget *modal) {
        opened = QString::fromLatin1(modal->metaObject()->className());
        modal->close();
    });
    QTest::keyClick(workspace->phasePage()->view(), Qt::Key_P, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&opened] { return !opened.isEmpty(); }));
    CHECK(opened == QStringLiteral("weitblick::PosterDialog"));

    REQUIRE(workspace->showPhaseAt(2));
    QApplication::processEvents();
    s.activate();
    workspace->phasePage()->view()->setFocus();
    QTest::keyClick(workspace->phasePage()->view(), Qt::Key_P,
                    Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(qobject_cast<ParticipantsView *>(workspace->currentPage()));
}
