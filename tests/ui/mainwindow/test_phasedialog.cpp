#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/model/limits.h"
#include "core/sample/sampleconference.h"
#include "dialogtesting.h"
#include "testfiles.h"
#include "ui/mainwindow/phasedialog.h"
#include "ui/mainwindow/phasenavigator.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace weitblick;
using test::focus;

namespace {

// The sample conference in a file, and a phase dialog on its first phase.
struct PhaseFile
{
    test::TempDir dir;
    std::unique_ptr<ConferenceDocument> document;
    Id phaseId = NoId;

    PhaseFile()
    {
        QString error;
        document = ConferenceDocument::create(dir.path(QStringLiteral("c.weitblick")),
                                              makeSampleConference(), &error);
        REQUIRE(document);
        REQUIRE_FALSE(document->conference().all<Phase>().isEmpty());
        phaseId = document->conference().all<Phase>().begin()->id;
    }

    int undoCount() const { return document->undoStack()->count(); }

    // The Present phase (the Past phase always shows its timeline) as a wall by these topics.
    Phase presentByTopic(const QStringList &topics)
    {
        Phase present;
        for (const Phase &phase : document->conference().all<Phase>()) {
            if (phase.kind == PhaseKind::Present)
                present = phase;
        }
        REQUIRE(present.id != NoId);
        present.wallLayout = WallLayout::ByTopic;
        present.wallTopics = topics;
        REQUIRE(commands::editPhase(document.get(), present));
        return present;
    }

    // The phase as the file holds it now.
    Phase fromFile(Id id = NoId) const
    {
        OpenOutcome outcome;
        auto copy = ConferenceDocument::open(document->filePath(),
                                             ConferenceStore::Access::ReadOnly, &outcome);
        REQUIRE(copy);
        const Phase *phase = copy->conference().find<Phase>(id == NoId ? phaseId : id);
        REQUIRE(phase);
        return *phase;
    }
};

template<class T = QLineEdit>
T *field(QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

bool tellsOf(QDialog &dialog, const QString &what)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(what))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The phase dialog saves what is typed after a pause, one undo step per field",
          "[mainwindow][typing]")
{
    PhaseFile file;
    const Phase before = file.fromFile();
    PhaseDialog dialog(file.document.get(), file.phaseId);
    QLineEdit *title = field(dialog, "title");
    CHECK(title->text() == before.title);

    focus(dialog, title);
    QTest::keyClicks(title, QStringLiteral("Rueckblick <i>Lindenau</i> "));
    CHECK(file.undoCount() == 0); // not one step per keystroke
    QTest::qWaitFor([&] { return file.undoCount() == 1; }, 20000);
    REQUIRE(file.undoCount() == 1);
    CHECK(title->hasFocus());
    CHECK(file.fromFile().title == QStringLiteral("Rueckblick <i>Lindenau</i>"));
    CHECK(title->text() == QStringLiteral("Rueckblick <i>Lindenau</i> "));

    // The guiding question, then the time box without a pause: leaving a field ends its step.
    auto *question = field<QPlainTextEdit>(dialog, "guidingQuestion");
    focus(dialog, question);
    question->selectAll();
    QTest::keyClicks(question, QStringLiteral("Was hat uns gepraegt?"));
    auto *minutes = field<QSpinBox>(dialog, "timeBox");
    focus(dialog, minutes);
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("45"));
    QTest::qWaitFor([&] { return file.undoCount() == 3; }, 20000);
    REQUIRE(file.undoCount() == 3);
    const Phase saved = file.fromFile();
    CHECK(saved.guidingQuestion == QStringLiteral("Was hat uns gepraegt?"));
    CHECK(saved.timeBoxMinutes == 45);

    // An emptied title is not written, and the dialog says why.
    focus(dialog, title);
    QTest::keyClick(title, Qt::Key_Backspace);
    CHECK(tellsOf(dialog, QStringLiteral("needs a title")));
    focus(dialog, minutes);
    CHECK(file.undoCount() == 3);
    CHECK(file.fromFile().title == QStringLiteral("Rueckblick <i>Lindenau</i>"));

    // Ctrl+Z takes it back step by step.
    QUndoStack *stack = file.document->undoStack();
    stack->undo();
    CHECK(file.document->conference().find<Phase>(file.phaseId)->timeBoxMinutes
          == before.timeBoxMinutes);
    while (stack->canUndo())
        stack->undo();
    CHECK(*file.document->conference().find<Phase>(file.phaseId) == before);
}

TEST_CASE("Closing the phase dialog right after typing saves it", "[mainwindow][typing]")
{
    PhaseFile file;
    PhaseDialog dialog(file.document.get(), file.phaseId);
    auto *question = field<QPlainTextEdit>(dialog, "guidingQuestion");
    focus(dialog, question);
    question->selectAll();
    QTest::keyClicks(question, QStringLiteral("Was wollen wir bewahren?"));
    SECTION("the Close button")
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        CHECK_FALSE(buttons->button(QDialogButtonBox::Ok));
        CHECK_FALSE(buttons->button(QDialogButtonBox::Cancel));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    }
    SECTION("Escape")
    {
        QTest::keyClick(&dialog, Qt::Key_Escape);
    }
    CHECK_FALSE(dialog.isVisible());
    CHECK(file.undoCount() == 1);
    CHECK(file.fromFile().guidingQuestion == QStringLiteral("Was wollen wir bewahren?"));
}

TEST_CASE("A new phase is added first and then edited live", "[mainwindow][typing]")
{
    PhaseFile file;
    PhaseNavigator navigator;
    navigator.setDocument(file.document.get());
    QToolButton *add = nullptr;
    for (QToolButton *button : navigator.findChildren<QToolButton *>())
        if (button->text() == QStringLiteral("+"))
            add = button;
    REQUIRE(add);
    const int phasesBefore = file.document->conference().all<Phase>().size();

    // Types the title into the dialog once it is up, and closes it at once.
    int stepsWhileOpen = -1;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<PhaseDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        stepsWhileOpen = file.undoCount();
        QLineEdit *title = field(*dialog, "title");
        focus(*dialog, title);
        QTest::keyClicks(title, QStringLiteral("Markt der Moeglichkeiten"));
        dialog->close();
    });
    add->click();

    CHECK(stepsWhileOpen == 1); // the new phase, before anything is typed
    REQUIRE(file.document->conference().all<Phase>().size() == phasesBefore + 1);
    const Id added = navigator.currentPhase();
    CHECK(file.fromFile(added).title == QStringLiteral("Markt der Moeglichkeiten"));
    CHECK(file.undoCount() == 2);
    file.document->undoStack()->undo();
    file.document->undoStack()->undo();
    CHECK(file.document->conference().all<Phase>().size() == phasesBefore);
}

TEST_CASE("The phase dialog edits the topics of a wall by topic", "[mainwindow][typing]")
{
    PhaseFile file;
    const Phase present =
        file.presentByTopic({QStringLiteral("Verkehr"), QStringLiteral("Wohnen")});

    PhaseDialog dialog(file.document.get(), present.id);
    auto *topics = field<QPlainTextEdit>(dialog, "wallTopics");
    CHECK(topics->toPlainText() == QStringLiteral("Verkehr\nWohnen"));
    CHECK_FALSE(topics->isHidden());

    // One per line, trimmed, once each: and saved when the dialog closes.
    focus(dialog, topics);
    topics->setPlainText(QStringLiteral(" Grün \n\nVerkehr\nGrün\n"));
    CHECK(dialog.phase().wallTopics
          == QStringList({QStringLiteral("Grün"), QStringLiteral("Verkehr")}));

    // Only a wall by topic has topics to edit.
    auto *layouts = field<QComboBox>(dialog, "wallLayout");
    layouts->setCurrentIndex(int(WallLayout::Swot));
    CHECK(topics->isHidden());
    dialog.done(QDialog::Rejected);
    const Phase saved = file.fromFile(present.id);
    CHECK(saved.wallTopics == QStringList({QStringLiteral("Grün"), QStringLiteral("Verkehr")}));
    CHECK(saved.wallLayout == WallLayout::Swot);
}

TEST_CASE("The phase dialog names the topics a wall has no room for", "[mainwindow][typing]")
{
    PhaseFile file;
    const Phase present = file.presentByTopic({QStringLiteral("Verkehr")});

    PhaseDialog dialog(file.document.get(), present.id);
    dialog.show();
    auto *topics = field<QPlainTextEdit>(dialog, "wallTopics");
    QStringList lines;
    for (int i = 1; i <= limits::MaxWallTopics + 1; ++i)
        lines << QStringLiteral("Thema %1").arg(i);
    focus(dialog, topics);
    topics->setPlainText(lines.join(QLatin1Char('\n')));
    const QString thirteenth = QStringLiteral("Thema %1").arg(limits::MaxWallTopics + 1);
    CHECK(tellsOf(dialog, QStringLiteral("“%1”").arg(thirteenth)));
    CHECK(dialog.phase().wallTopics.size() == limits::MaxWallTopics);

    // One line fewer, and nothing is left out.
    lines.removeLast();
    topics->setPlainText(lines.join(QLatin1Char('\n')));
    CHECK_FALSE(tellsOf(dialog, thirteenth));
    // Nor on a wall that has no topics.
    lines << thirteenth;
    topics->setPlainText(lines.join(QLatin1Char('\n')));
    field<QComboBox>(dialog, "wallLayout")->setCurrentIndex(int(WallLayout::Free));
    CHECK_FALSE(tellsOf(dialog, thirteenth));
}
