#include "measuresfixture.h"

#include "dialogtesting.h"

#include "ui/common/datefield.h"
#include "ui/measures/measureeditor.h"
#include "ui/measures/measurefromrankingdialog.h"
#include "ui/measures/measurelistmodel.h"
#include "ui/measures/measurespage.h"
#include "ui/measures/plaintextfield.h"

#include "core/commands/commands.h"
#include "core/measures/datetext.h"
#include "core/measures/measurehealth.h"
#include "core/measures/progressrollup.h"
#include "core/voting/ranking.h"

#include <QApplication>
#include <QCheckBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace weitblick;
using test::MeasuresDocument;

namespace {

QStringList titles(const MeasureListModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, MeasureListModel::Title).data().toString();
    return result;
}

int rowOfTitle(const MeasureListModel *model, const QString &title)
{
    return int(titles(model).indexOf(title));
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The measure list filters by owner status and sub-project", "[measures][ui]")
{
    MeasuresDocument doc;
    MeasuresPage page(doc.get());
    page.setToday(test::sampleToday());
    MeasureListModel *model = page.model();
    CHECK(model->rowCount() == 11);

    selectData(page.subProjectFilter(), 3); // TP 3 – Mobilität und Barrierefreiheit
    CHECK(model->rowCount() == 3);
    selectData(page.statusFilter(), int(MeasureStatus::InProgress));
    CHECK(titles(model) == QStringList{QString::fromUtf8("Radweg Bahnhof – Altstadt")});
    page.statusFilter()->setCurrentIndex(0);
    page.subProjectFilter()->setCurrentIndex(0);

    page.ownerFilter()->setCurrentIndex(page.ownerFilter()->findText(QStringLiteral("Elif Kaya")));
    CHECK(titles(model) == QStringList{QString::fromUtf8("Begegnungsfest „Lindenau blüht“")});
    page.ownerFilter()->setCurrentIndex(0);

    page.attentionFilter()->setChecked(true);
    CHECK(titles(model)
          == QStringList{QString::fromUtf8("Pop-up-Läden im ehemaligen Kaufhaus Merkur")});
    page.attentionFilter()->setChecked(false);
    CHECK(model->rowCount() == 11);
    CHECK(page.summary()->text().contains(QStringLiteral("1 at risk")));
}

TEST_CASE("Overdue and at-risk rows say so in words and colour", "[measures][ui]")
{
    MeasuresDocument doc;
    MeasuresPage page(doc.get());
    MeasureListModel *model = page.model();
    page.setToday(QDate(2026, 12, 1)); // the pop-up shops are one day late
    const int popUp = rowOfTitle(model, QString::fromUtf8("Pop-up-Läden im ehemaligen Kaufhaus Merkur"));
    REQUIRE(popUp >= 0);
    const QModelIndex health = model->index(popUp, MeasureListModel::Health);
    CHECK(health.data().toString() == QStringLiteral("Overdue"));
    CHECK(health.data(Qt::DecorationRole).isValid());
    CHECK(health.data(Qt::BackgroundRole).isValid());
    CHECK(model->index(popUp, MeasureListModel::Title).data(Qt::BackgroundRole).isValid());

    page.setToday(test::sampleToday());
    const int again = rowOfTitle(model, QString::fromUtf8("Pop-up-Läden im ehemaligen Kaufhaus Merkur"));
    CHECK(model->index(again, MeasureListModel::Health).data().toString()
          == QStringLiteral("At risk"));
    const int radweg = rowOfTitle(model, QString::fromUtf8("Radweg Bahnhof – Altstadt"));
    CHECK(model->index(radweg, MeasureListModel::Health).data().toString().isEmpty());
    CHECK_FALSE(model->index(radweg, MeasureListModel::Title).data(Qt::BackgroundRole).isValid());
}

TEST_CASE("Every field of the measure editor is one undo step", "[measures][ui]")
{
    MeasuresDocument doc;
    MeasureEditor editor(doc.get());
    editor.resize(600, 800);
    editor.show();
    editor.setMeasure(1);
    const Conference start = doc.conference();
    int steps = 0;
    auto checkStep = [&](const char *what) {
        INFO(what);
        ++steps;
        CHECK(doc.undoCount() == steps);
        CHECK(doc.fromFile() == doc.conference());
    };

    editor.titleEdit()->setText(QStringLiteral("Leerstandsbörse <b>jetzt</b>"));
    emit editor.titleEdit()->editingFinished();
    CHECK(doc.conference().find<Measure>(1)->title == QStringLiteral("Leerstandsbörse <b>jetzt</b>"));
    checkStep("title");

    editor.descriptionEdit()->setPlainText(QStringLiteral("Neu\nbeschrieben"));
    emit editor.descriptionEdit()->editingFinished();
    checkStep("description");

    editor.subProjectBox()->setCurrentIndex(editor.subProjectBox()->findData(2));
    emit editor.subProjectBox()->activated(editor.subProjectBox()->currentIndex());
    CHECK(doc.conference().find<Measure>(1)->subProjectId == 2);
    checkStep("sub-project");

    editor.ownerEdit()->setText(QStringLiteral("Kerstin Vogt"));
    emit editor.ownerEdit()->editingFinished();
    checkStep("owner");
    editor.teamEdit()->setText(QStringLiteral("Alle"));
    emit editor.teamEdit()->editingFinished();
    checkStep("team");

    editor.deadlineEdit()->setDate(QDate(2027, 6, 30));
    emit editor.deadlineEdit()->editingFinished();
    CHECK(doc.conference().find<Measure>(1)->deadline == QDate(2027, 6, 30));
    checkStep("deadline");
    editor.startEdit()->clear(); // "no start date"
    emit editor.startEdit()->editingFinished();
    CHECK_FALSE(doc.conference().find<Measure>(1)->startDate.isValid());
    checkStep("start");

    editor.progressSpin()->setValue(65);
    emit editor.progressSpin()->editingFinished();
    checkStep("progress");
    editor.statusBox()->setCurrentIndex(int(MeasureStatus::Done));
    emit editor.statusBox()->activated(int(MeasureStatus::Done));
    CHECK(doc.conference().find<Measure>(1)->status == MeasureStatus::Done);
    // Done counts as finished; the stored figure stays for a step back to In progress.
    CHECK(doc.conference().find<Measure>(1)->progress == 65);
    CHECK(ProgressRollup::effectiveProgress(*doc.conference().find<Measure>(1)) == 100);
    checkStep("status");

    QTableWidget *criteria = editor.criteriaTable();
    REQUIRE(criteria->rowCount() == 2);
    criteria->item(0, 3)->setText(QStringLiteral("10,5")); // target, German or C decimals
    CHECK(doc.conference().find<Criterion>(1)->target == 10.5);
    checkStep("criterion target");
    criteria->item(0, 3)->setText(QStringLiteral("viel"));
    CHECK(doc.conference().find<Criterion>(1)->target == 10.5);
    CHECK(criteria->item(0, 3)->text() == QLocale().toString(10.5));
    CHECK(doc.undoCount() == steps);

    editor.addCriterionButton()->click();
    CHECK(criteria->rowCount() == 3);
    // The new criterion's indicator is open for typing.
    CHECK(criteria->currentRow() == 2);
    CHECK(criteria->viewport()->findChild<QLineEdit *>());
    checkStep("add criterion");

    editor.communicationEdit()->setPlainText(QStringLiteral("Wöchentlich per Mail"));
    emit editor.communicationEdit()->editingFinished();
    checkStep("communication");

    // Leaving a field unchanged makes no step.
    emit editor.titleEdit()->editingFinished();
    emit editor.communicationEdit()->editingFinished();
    CHECK(doc.undoCount() == steps);

    while (doc.get()->undoStack()->canUndo())
        doc.get()->undoStack()->undo();
    CHECK(doc.conference() == start);
    CHECK(editor.titleEdit()->text() == start.find<Measure>(1)->title);
}

TEST_CASE("The measure editor is worked through with Tab", "[measures][ui]")
{
    MeasuresDocument doc;
    MeasureEditor editor(doc.get());
    editor.setMeasure(1);
    // The focus chain, as Tab walks it.
    const QList<QWidget *> expected = {
        editor.titleEdit(),    editor.descriptionEdit(), editor.subProjectBox(),
        editor.ownerEdit(),    editor.teamEdit(),        editor.startEdit(),
        editor.deadlineEdit(), editor.statusBox(),       editor.progressSpin(),
        editor.criteriaTable(), editor.addCriterionButton()};
    // Walk the chain from the title and note where each field first comes.
    QList<QWidget *> seen;
    QWidget *w = editor.titleEdit();
    for (int guard = 0; guard < 200 && seen.size() < expected.size(); ++guard) {
        if (expected.contains(w) && !seen.contains(w))
            seen.append(w);
        w = w->nextInFocusChain();
    }
    CHECK(seen == expected);
    CHECK(editor.descriptionEdit()->tabChangesFocus());
    CHECK(editor.communicationEdit()->tabChangesFocus());
    CHECK_FALSE(editor.criteriaTable()->tabKeyNavigation());
}

TEST_CASE("Typing in the editor from the keyboard writes the measure", "[measures][ui]")
{
    MeasuresDocument doc;
    MeasuresPage page(doc.get());
    page.resize(1400, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    page.selectMeasure(3);
    QLineEdit *title = page.editor()->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Autofreie Altstadt"));
    QTest::keyClick(title, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == page.editor()->descriptionEdit());
    CHECK(doc.conference().find<Measure>(3)->title == QStringLiteral("Autofreie Altstadt"));
    CHECK(doc.undoCount() == 1);
    // The list follows, and the selection stays on the edited measure.
    CHECK(page.selectedMeasure() == 3);
    CHECK(page.editor()->measure() == 3);
}

TEST_CASE("New measures come from ranked clusters and cards", "[measures][ui]")
{
    MeasuresDocument doc;
    MeasureFromRankingDialog dialog(doc.get());
    REQUIRE(dialog.sessionBox()->count() >= 1);
    QTreeWidget *items = dialog.itemList();
    REQUIRE(items->topLevelItemCount() > 3);
    CHECK(items->topLevelItem(0)->text(0).startsWith(QLatin1Char('1')));
    const int measures = doc.conference().all<Measure>().size();

    items->setCurrentItem(items->topLevelItem(0));
    const Id first = dialog.createFromCurrent();
    const Id second = dialog.createFromCurrent(); // a second measure from the same item
    REQUIRE(first != NoId);
    REQUIRE(second != NoId);
    const Measure *a = doc.conference().find<Measure>(first);
    const Measure *b = doc.conference().find<Measure>(second);
    CHECK((a->sourceClusterId != NoId || a->sourceCardId != NoId));
    CHECK(a->sourceClusterId == b->sourceClusterId);
    CHECK(a->sourceCardId == b->sourceCardId);
    CHECK(doc.conference().all<Measure>().size() == measures + 2);
    CHECK(doc.undoCount() == 2);
    CHECK(dialog.created() == QList<Id>{first, second});
}

TEST_CASE("The ranked items name their ranks as the ranking itself does", "[measures][ui]")
{
    // One notation for a tie (=3) on the projector, in the results, the report and here.
    MeasuresDocument doc;
    MeasureFromRankingDialog dialog(doc.get());
    const Ranking ranking(doc.conference(), dialog.sessionBox()->currentData().value<Id>());
    QTreeWidget *items = dialog.itemList();
    REQUIRE(items->topLevelItemCount() == ranking.items().size());
    bool sawTie = false;
    for (int row = 0; row < items->topLevelItemCount(); ++row) {
        const RankedItem &item = ranking.items().at(row);
        sawTie = sawTie || item.tied;
        const QString shown = items->topLevelItem(row)->text(0);
        CHECK(shown == (item.tied ? QLatin1Char('=') + QString::number(item.rank)
                                  : QString::number(item.rank)));
        CHECK(items->topLevelItem(row)->toolTip(0).isEmpty() == !item.tied);
    }
    CHECK(sawTie); // the sample's vote has ties, so the test sees one
}

TEST_CASE("The ranked items show minus dots as the ranking does", "[measures][ui]")
{
    // The column is the item's dots; with minus dots it is their balance and both counts
    // ("4 (+7 −3)"), as on the projector, not a bare balance that reads as dots.
    Conference conference = makeSampleConference();
    REQUIRE_FALSE(conference.all<VoteSession>().isEmpty());
    VoteSession session = *conference.all<VoteSession>().begin();
    session.minusDots = true;
    conference.all<VoteSession>().put(session);
    Dot minus = *std::find_if(conference.all<Dot>().begin(), conference.all<Dot>().end(),
                              [&](const Dot &d) { return d.sessionId == session.id; });
    minus.id = conference.all<Dot>().nextId();
    minus.kind = DotKind::Minus;
    minus.count = 1;
    conference.all<Dot>().put(minus);
    MeasuresDocument doc(conference);
    MeasureFromRankingDialog dialog(doc.get());
    dialog.sessionBox()->setCurrentIndex(dialog.sessionBox()->findData(session.id));
    const Ranking ranking(doc.conference(), session.id);
    QTreeWidget *items = dialog.itemList();
    REQUIRE(items->topLevelItemCount() == ranking.items().size());
    int withMinus = 0;
    for (int row = 0; row < items->topLevelItemCount(); ++row) {
        const RankedItem &item = ranking.items().at(row);
        const QString shown = items->topLevelItem(row)->text(1);
        if (item.minus > 0) {
            ++withMinus;
            CHECK(shown == QStringLiteral("%1 (+%2 −%3)").arg(item.score()).arg(item.plus)
                               .arg(item.minus));
        } else {
            CHECK(shown == QString::number(item.plus));
        }
    }
    CHECK(withMinus == 1);
}

TEST_CASE("A measure made from the ranking is selected even where the filters hid it",
          "[measures][ui]")
{
    MeasuresDocument doc;
    MeasuresPage page(doc.get());
    // Filters that hide a new measure: done ones of one sub-project.
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(MeasureStatus::Done)));
    REQUIRE(page.subProjectFilter()->count() > 1);
    page.subProjectFilter()->setCurrentIndex(1);
    Id created = NoId;
    test::answeringDialogs(
        [&](QWidget *modal) {
            auto *dialog = qobject_cast<MeasureFromRankingDialog *>(modal);
            if (!dialog)
                return;
            dialog->itemList()->setCurrentItem(dialog->itemList()->topLevelItem(0));
            created = dialog->createFromCurrent();
            dialog->reject();
        },
        [&] { page.measureFromRanking(); });
    REQUIRE(created != NoId);
    CHECK(page.selectedMeasure() == created);
    CHECK(page.editor()->measure() == created);
}

TEST_CASE("A new measure opens in the editor and is one undo step", "[measures][ui]")
{
    MeasuresDocument doc;
    MeasuresPage page(doc.get());
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(MeasureStatus::Done)));
    page.newMeasure();
    const Id id = page.editor()->measure();
    REQUIRE(doc.conference().find<Measure>(id));
    CHECK(page.selectedMeasure() == id); // the filter gave way
    CHECK(doc.undoCount() == 1);
}

TEST_CASE("A read-only conference shows measures without editing", "[measures][ui]")
{
    MeasuresDocument doc;
    OpenOutcome outcome;
    auto reader = ConferenceDocument::open(doc.get()->filePath(),
                                           ConferenceStore::Access::ReadOnly, &outcome);
    REQUIRE(reader);
    MeasuresPage page(reader.get());
    page.selectMeasure(1);
    CHECK(page.editor()->measure() == 1);
    CHECK_FALSE(page.editor()->titleEdit()->isEnabled());
}

namespace {

// Runs a test in the German interface, as a moderator in Lindenau has it.
struct GermanLocale
{
    QLocale before;
    GermanLocale() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~GermanLocale() { QLocale::setDefault(before); }
};

} // namespace

TEST_CASE("Dates are typed and shown in the interface language", "[measures][ui][dates]")
{
    GermanLocale german;
    MeasuresDocument doc;
    Measure undated = *doc.conference().find<Measure>(1);
    undated.startDate = QDate();
    undated.deadline = QDate();
    REQUIRE(commands::editMeasure(doc.get(), undated));
    MeasureEditor editor(doc.get());
    editor.setMeasure(1);
    editor.show();
    DateField *deadline = editor.deadlineEdit();
    CHECK(deadline->text().isEmpty());

    // An empty date opens its calendar at today's month.
    deadline->showCalendar();
    CHECK(deadline->calendar()->yearShown() == QDate::currentDate().year());
    CHECK(deadline->calendar()->monthShown() == QDate::currentDate().month());
    deadline->calendar()->window()->hide();

    // A German date typed into the empty field is the deadline.
    deadline->setFocus();
    QTest::keyClicks(deadline, QStringLiteral("1.4.2027"));
    emit deadline->editingFinished();
    CHECK(doc.conference().find<Measure>(1)->deadline == QDate(2027, 4, 1));
    CHECK(deadline->text() == QStringLiteral("01.04.2027"));

    // Picked from the calendar, it is saved at once.
    const int steps = doc.undoCount();
    deadline->showCalendar();
    CHECK(deadline->calendar()->monthShown() == 4); // at the date shown
    emit deadline->calendar()->activated(QDate(2027, 5, 15));
    CHECK(doc.conference().find<Measure>(1)->deadline == QDate(2027, 5, 15));
    CHECK(doc.undoCount() == steps + 1);

    // No date: the stored one stays, and the field shows it again.
    deadline->setFocus();
    deadline->selectAll();
    QTest::keyClicks(deadline, QStringLiteral("n1.04.2027"));
    emit deadline->editingFinished();
    CHECK(doc.conference().find<Measure>(1)->deadline == QDate(2027, 5, 15));
    CHECK(deadline->text() == QStringLiteral("15.05.2027"));

    // The criteria's due dates ("Stichtag") read and show German dates too.
    QTableWidget *criteria = editor.criteriaTable();
    REQUIRE(criteria->rowCount() > 0);
    const Id criterionId = criteria->item(0, 5)->data(Qt::UserRole).toLongLong();
    criteria->item(0, 5)->setText(QStringLiteral("31.12.2027"));
    CHECK(doc.conference().find<Criterion>(criterionId)->due == QDate(2027, 12, 31));
    CHECK(criteria->item(0, 5)->text() == QStringLiteral("31.12.2027"));

    // The list shows the same short format.
    MeasureListModel model(doc.get());
    const QModelIndex cell = model.index(model.rowOf(1), MeasureListModel::Deadline);
    CHECK(cell.data().toString() == QStringLiteral("15.05.2027"));
}

TEST_CASE("The measure editor says when the start is after the deadline and keeps both",
          "[measures][ui]")
{
    MeasuresDocument doc;
    MeasureEditor editor(doc.get());
    editor.resize(600, 800);
    editor.show();
    editor.setMeasure(1);
    auto *problem = editor.findChild<QLabel *>(QStringLiteral("dateProblem"));
    REQUIRE(problem);

    editor.startEdit()->setDate(QDate(2027, 5, 1));
    editor.deadlineEdit()->setDate(QDate(2027, 3, 31));
    emit editor.deadlineEdit()->editingFinished();
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("after the deadline")));
    // Both are kept: the other date may be the one to change next.
    CHECK(doc.conference().find<Measure>(1)->startDate == QDate(2027, 5, 1));
    CHECK(doc.conference().find<Measure>(1)->deadline == QDate(2027, 3, 31));

    editor.deadlineEdit()->setDate(QDate(2027, 6, 30));
    CHECK_FALSE(problem->isVisible());
    editor.deadlineEdit()->setDate(QDate());
    CHECK_FALSE(problem->isVisible());
}
