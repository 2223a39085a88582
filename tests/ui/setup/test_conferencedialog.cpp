#include "setupfixture.h"

#include "ui/setup/conferencedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace weitblick;
using test::SetupDocument;
using test::focus;

namespace {

template<class T = QLineEdit>
T *field(QDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

int undoCount(const SetupDocument &doc)
{
    return doc.get()->undoStack()->count();
}

TEST_CASE("The conference dialog saves what is typed after a pause, one undo step per field",
          "[setup][typing]")
{
    SetupDocument doc;
    const ConferenceInfo before = doc.conference().info();
    ConferenceDialog dialog(doc.get());
    CHECK(dialog.info() == before); // shows what the file holds
    QLineEdit *title = field(dialog, "title");
    CHECK(title->text() == before.title);

    // The field is not left: the pause saves it.
    focus(dialog, title);
    QTest::keyClicks(title, QStringLiteral("Zukunftskonferenz <b>Lindenau</b> 2031 "));
    CHECK(undoCount(doc) == 0); // not one step per keystroke
    QTest::qWaitFor([&] { return undoCount(doc) == 1; }, 20000);
    REQUIRE(undoCount(doc) == 1);
    CHECK(title->hasFocus());
    CHECK(doc.openReadOnly()->conference().info().title
          == QStringLiteral("Zukunftskonferenz <b>Lindenau</b> 2031"));

    // The notes too (no editingFinished of their own).
    QPlainTextEdit *notes = field<QPlainTextEdit>(dialog, "notes");
    focus(dialog, notes);
    QTest::keyClicks(notes, QStringLiteral("Raum ab 8 Uhr"));
    QTest::qWaitFor([&] { return undoCount(doc) == 2; }, 20000);
    REQUIRE(undoCount(doc) == 2);
    CHECK(doc.openReadOnly()->conference().info().notes.contains(QStringLiteral("Raum ab 8 Uhr")));

    // Typing on in the next field without a pause: leaving the first one ends its step.
    QLineEdit *area = field(dialog, "area");
    QLineEdit *place = field(dialog, "place");
    focus(dialog, area);
    QTest::keyClicks(area, QStringLiteral("Landkreis Lindenau"));
    focus(dialog, place);
    QTest::keyClicks(place, QStringLiteral("Stadthalle"));
    QTest::qWaitFor([&] { return undoCount(doc) == 4; }, 20000);
    REQUIRE(undoCount(doc) == 4);
    const ConferenceInfo saved = doc.openReadOnly()->conference().info();
    CHECK(saved.area == QStringLiteral("Landkreis Lindenau"));
    CHECK(saved.place == QStringLiteral("Stadthalle"));

    // Ctrl+Z takes it back step by step.
    QUndoStack *stack = doc.get()->undoStack();
    stack->undo();
    CHECK(doc.conference().info().place == before.place);
    CHECK(doc.conference().info().area == QStringLiteral("Landkreis Lindenau"));
    while (stack->canUndo())
        stack->undo();
    CHECK(doc.conference().info() == before);
}

TEST_CASE("Closing the conference dialog right after typing saves it", "[setup][typing]")
{
    SetupDocument doc;
    ConferenceDialog dialog(doc.get());
    QLineEdit *moderators = field(dialog, "moderators");
    focus(dialog, moderators);
    QTest::keyClicks(moderators, QStringLiteral("A. Muster, B. Beispiel"));
    SECTION("the Close button")
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        CHECK_FALSE(buttons->button(QDialogButtonBox::Ok));
        CHECK_FALSE(buttons->button(QDialogButtonBox::Cancel));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    }
    SECTION("Escape")
    {
        QTest::keyClick(moderators, Qt::Key_Escape);
    }
    CHECK_FALSE(dialog.isVisible());
    CHECK(undoCount(doc) == 1);
    CHECK(doc.openReadOnly()->conference().info().moderators
          == QStringLiteral("A. Muster, B. Beispiel"));
}

TEST_CASE("The conference dialog does not write an empty title or reversed dates",
          "[setup][typing]")
{
    SetupDocument doc;
    const ConferenceInfo before = doc.conference().info();
    REQUIRE_FALSE(before.title.isEmpty());
    ConferenceDialog dialog(doc.get());
    QLineEdit *title = field(dialog, "title");
    focus(dialog, title);
    QTest::keyClick(title, Qt::Key_Backspace);
    QTest::keyClicks(title, QStringLiteral("   "));
    QLineEdit *place = field(dialog, "place");
    focus(dialog, place);
    QTest::keyClicks(place, QStringLiteral("Stadthalle"));
    QTest::qWaitFor([&] { return undoCount(doc) == 1; }, 20000);
    REQUIRE(undoCount(doc) == 1);
    ConferenceInfo saved = doc.openReadOnly()->conference().info();
    CHECK(saved.title == before.title); // kept
    CHECK(saved.place == QStringLiteral("Stadthalle"));
    CHECK(title->text().trimmed().isEmpty()); // not taken out of the moderator's hands
    bool told = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        told |= label->isVisible() && label->text().contains(QStringLiteral("title"));
    CHECK(told);

    // A first day after the last one takes the last day along.
    field<QCheckBox>(dialog, "dates")->setChecked(true);
    QDateEdit *start = field<QDateEdit>(dialog, "startDate");
    QDateEdit *end = field<QDateEdit>(dialog, "endDate");
    start->setDate(end->date().addDays(5));
    CHECK(end->date() == start->date());
    // A last day before the first is not written.
    title->setText(before.title);
    end->setDate(start->date().addDays(-1));
    const ConferenceInfo shown = dialog.info();
    CHECK(dialog.apply());
    saved = doc.openReadOnly()->conference().info();
    CHECK_FALSE(saved.endDate == shown.endDate);
    bool toldDates = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        toldDates |= label->isVisible() && label->text().contains(QStringLiteral("last day"));
    CHECK(toldDates);

    // Without dates, both are cleared.
    field<QCheckBox>(dialog, "dates")->setChecked(false);
    CHECK_FALSE(dialog.info().startDate.isValid());
    CHECK_FALSE(dialog.info().endDate.isValid());
}

TEST_CASE("The conference dialog only shows a read-only document", "[setup]")
{
    SetupDocument doc;
    auto readOnly = doc.openReadOnly();
    ConferenceDialog dialog(readOnly.get());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    CHECK_FALSE(buttons->button(QDialogButtonBox::Ok));
    CHECK(buttons->button(QDialogButtonBox::Close));
    CHECK(field(dialog, "title")->isReadOnly());
    CHECK_FALSE(dialog.apply());
}
