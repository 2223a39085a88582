#include "setupfixture.h"

#include "ui/setup/conferencedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace weitblick;
using test::SetupDocument;

namespace {

template<class T = QLineEdit>
T *field(QDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("The conference dialog applies its data as one undo step", "[setup]")
{
    SetupDocument doc;
    const ConferenceInfo before = doc.conference().info();
    ConferenceDialog dialog(doc.get());
    CHECK(dialog.info() == before); // shows what the file holds

    QLineEdit *title = field(dialog, "title");
    QLineEdit *area = field(dialog, "area");
    QLineEdit *place = field(dialog, "place");
    QLineEdit *moderators = field(dialog, "moderators");
    CHECK(title->text() == before.title);
    CHECK(area->text() == before.area);
    CHECK(place->text() == before.place);
    CHECK(moderators->text() == before.moderators);

    title->setText(QStringLiteral("Zukunftskonferenz <b>Lindenau</b> 2031"));
    area->setText(QStringLiteral("Landkreis Lindenau"));
    field<QComboBox>(dialog, "areaKind")->setCurrentIndex(int(AreaKind::District));
    place->setText(QStringLiteral("Stadthalle"));
    field<QDateEdit>(dialog, "startDate")->setDate(QDate(2031, 3, 14));
    field<QDateEdit>(dialog, "endDate")->setDate(QDate(2031, 3, 16));
    moderators->setText(QStringLiteral("A. Muster, B. Beispiel"));
    field<QPlainTextEdit>(dialog, "notes")->setPlainText(QStringLiteral("Raum ab 8 Uhr"));

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const ConferenceInfo &after = doc.conference().info();
    CHECK(after.title == QStringLiteral("Zukunftskonferenz <b>Lindenau</b> 2031"));
    CHECK(after.area == QStringLiteral("Landkreis Lindenau"));
    CHECK(after.areaKind == AreaKind::District);
    CHECK(after.place == QStringLiteral("Stadthalle"));
    CHECK(after.startDate == QDate(2031, 3, 14));
    CHECK(after.endDate == QDate(2031, 3, 16));
    CHECK(after.moderators == QStringLiteral("A. Muster, B. Beispiel"));
    CHECK(after.notes == QStringLiteral("Raum ab 8 Uhr"));
    CHECK(doc.openReadOnly()->conference().info() == after);

    QUndoStack *stack = doc.get()->undoStack();
    REQUIRE(stack->count() == 1);
    stack->undo();
    CHECK(doc.conference().info() == before);
}

TEST_CASE("The conference dialog checks title and dates", "[setup]")
{
    SetupDocument doc;
    ConferenceDialog dialog(doc.get());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());

    field(dialog, "title")->setText(QStringLiteral("   "));
    CHECK_FALSE(ok->isEnabled());
    field(dialog, "title")->setText(QStringLiteral("Titel"));
    CHECK(ok->isEnabled());

    QDateEdit *start = field<QDateEdit>(dialog, "startDate");
    QDateEdit *end = field<QDateEdit>(dialog, "endDate");
    // A first day after the last one takes the last day along.
    start->setDate(end->date().addDays(5));
    CHECK(end->date() == start->date());
    CHECK(ok->isEnabled());
    end->setDate(start->date().addDays(-1));
    CHECK_FALSE(ok->isEnabled());

    // Without dates, both are cleared.
    field<QCheckBox>(dialog, "dates")->setChecked(false);
    CHECK(ok->isEnabled());
    CHECK_FALSE(dialog.info().startDate.isValid());
    CHECK_FALSE(dialog.info().endDate.isValid());

    // Cancel changes nothing.
    const ConferenceInfo before = doc.conference().info();
    dialog.reject();
    CHECK(doc.conference().info() == before);
    CHECK(doc.get()->undoStack()->count() == 0);
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
