#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/sample/sampleconference.h"
#include "testfiles.h"
#include "typingchild.h"
#include "ui/common/fieldbinder.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"
#include "ui/measures/measureeditor.h"
#include "ui/measures/measurespage.h"
#include "ui/measures/plaintextfield.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QTest>
#include <QUndoStack>

using namespace weitblick;

namespace {

// The sample in a file, open in a main window on the measures page, with the focus in the
// first measure's title.
struct TypingWindow
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("Lindenau.weitblick"));
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
    MeasureEditor *editor = nullptr;
    Id measureId = NoId;

    TypingWindow()
    {
        QString error;
        REQUIRE(ConferenceStore::create(path, makeSampleConference(), &error));
        REQUIRE(window->openFile(path));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->workspace()->showPage(PhaseNavigator::Page::Measures);
        auto *page = qobject_cast<MeasuresPage *>(window->workspace()->currentPage());
        REQUIRE(page);
        editor = page->editor();
        measureId = editor->measure();
        REQUIRE(measureId != NoId);
        QApplication::setActiveWindow(window.get());
        editor->titleEdit()->setFocus();
        editor->titleEdit()->selectAll();
    }

    int undoCount() const { return window->document()->undoStack()->count(); }

    // The measure as the file holds it now.
    Measure fromFile() const
    {
        OpenOutcome outcome;
        auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly,
                                                 &outcome);
        REQUIRE(document);
        const Measure *measure = document->conference().find<Measure>(measureId);
        REQUIRE(measure);
        return *measure;
    }

    QAction *action(const QKeySequence &keys) const
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(keys))
                return action;
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("Typing into a measure is saved after a pause, as one undo step", "[typing]")
{
    TypingWindow w;
    const int before = w.undoCount();
    QTest::keyClicks(w.editor->titleEdit(), QStringLiteral("Leerstand nutzen "));
    CHECK(w.undoCount() == before); // not one step per keystroke
    // The pause saves it without leaving the field, trimmed, but the field keeps the space.
    REQUIRE(QTest::qWaitFor([&] { return w.undoCount() == before + 1; }, 20000));
    CHECK(w.editor->titleEdit()->hasFocus());
    CHECK(w.fromFile().title == QStringLiteral("Leerstand nutzen"));
    CHECK(w.editor->titleEdit()->text() == QStringLiteral("Leerstand nutzen "));
    QTest::keyClicks(w.editor->titleEdit(), QStringLiteral("am Markt"));
    REQUIRE(QTest::qWaitFor([&] { return w.undoCount() == before + 2; }, 20000));
    CHECK(w.fromFile().title == QStringLiteral("Leerstand nutzen am Markt"));

    // An emptied title is refused, but not taken out of the hands typing a new one.
    w.editor->titleEdit()->selectAll();
    QTest::keyClick(w.editor->titleEdit(), Qt::Key_Backspace);
    QTest::qWait(FieldBinder::PauseMs * 2);
    CHECK(w.editor->titleEdit()->text().isEmpty());
    CHECK(w.fromFile().title == QStringLiteral("Leerstand nutzen am Markt"));

    // A multi-line field too, one step per pause.
    w.editor->descriptionEdit()->setFocus();
    const int steps = w.undoCount();
    QTest::keyClicks(w.editor->descriptionEdit(), QStringLiteral("Zwischennutzung"));
    REQUIRE(QTest::qWaitFor([&] { return w.undoCount() == steps + 1; }, 20000));
    CHECK(w.fromFile().description.contains(QStringLiteral("Zwischennutzung")));
}

TEST_CASE("What is typed is saved when the page changes, the conference closes or the window "
          "quits",
          "[typing]")
{
    SECTION("the page changes")
    {
        TypingWindow w;
        QTest::keyClicks(w.editor->titleEdit(), test::typingChildTitle());
        w.window->workspace()->showPage(PhaseNavigator::Page::Participants);
        CHECK(w.fromFile().title == test::typingChildTitle());
    }
    SECTION("Ctrl+W")
    {
        TypingWindow w;
        QTest::keyClicks(w.editor->titleEdit(), test::typingChildTitle());
        QAction *close = w.action(QKeySequence::Close);
        REQUIRE(close);
        close->trigger();
        CHECK_FALSE(w.window->document());
        CHECK(w.fromFile().title == test::typingChildTitle());
    }
    SECTION("Ctrl+Q and the window's X")
    {
        TypingWindow w;
        QTest::keyClicks(w.editor->titleEdit(), test::typingChildTitle());
        CHECK(w.window->close());
        CHECK(w.fromFile().title == test::typingChildTitle());
    }
}

// A child process types into a measure's title and never leaves the field; it is killed with
// SIGKILL once it says the title is saved, and the file must hold it.
TEST_CASE("What is typed survives SIGKILL without leaving the field", "[typing]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("killed.weitblick"));
    QString error;
    REQUIRE(ConferenceStore::create(path, makeSampleConference(), &error));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(test::TypingChildFlag), path});
    REQUIRE(child.waitForStarted());
    QByteArray output;
    while (!output.contains("saved\n") && child.waitForReadyRead(30000))
        output += child.readAllStandardOutput();
    child.kill(); // SIGKILL
    child.waitForFinished();
    INFO(output.toStdString() << child.readAllStandardError().toStdString());
    REQUIRE(output.contains("saved\n"));

    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(document);
    bool found = false;
    for (const Measure &measure : document->conference().all<Measure>())
        found = found || measure.title == test::typingChildTitle();
    CHECK(found);
}
