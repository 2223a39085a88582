#include "measuresfixture.h"

#include "ui/measures/indicatorsparkline.h"
#include "ui/measures/measurelistmodel.h"
#include "ui/measures/measurespage.h"
#include "ui/measures/numbertext.h"
#include "ui/measures/organisationview.h"
#include "ui/measures/plaintextfield.h"
#include "ui/measures/progressdelegate.h"
#include "ui/measures/reviewview.h"

#include "core/commands/commands.h"
#include "core/measures/datetext.h"
#include "core/measures/progressrollup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QSpinBox>
#include <QTest>
#include <QTableWidget>
#include <QTreeWidget>

using namespace weitblick;
using test::MeasuresDocument;

TEST_CASE("A review meeting is added and a measure reviewed at it", "[measures][ui]")
{
    MeasuresDocument doc;
    ReviewView view(doc.get());
    REQUIRE(view.meetingList()->count() == 2);
    CHECK(view.meetingList()->currentRow() == 1); // the latest meeting

    view.newMeetingDate()->setDate(QDate(2027, 1, 20));
    view.newMeetingTitle()->setText(QStringLiteral("3. Steuerkreis"));
    const Id meeting = view.addMeeting();
    REQUIRE(meeting != NoId);
    CHECK(doc.undoCount() == 1);
    CHECK(view.meeting() == meeting);
    CHECK(view.meetingList()->count() == 3);
    CHECK(view.meetingList()->currentItem()->text().startsWith(
        DateText::format(QDate(2027, 1, 20))));

    view.selectMeasure(1); // Leerstandsbörse
    REQUIRE(view.measure() == 1);
    // The form starts from where the measure stands.
    CHECK(view.progressSpin()->value() == 40);
    view.saidEdit()->setPlainText(QStringLiteral("Mietnachlass beschließen"));
    emit view.saidEdit()->editingFinished();
    CHECK(doc.undoCount() == 2);
    view.didEdit()->setPlainText(QStringLiteral("Richtlinie beschlossen; 6 Lokale vermietet"));
    emit view.didEdit()->editingFinished();
    view.progressSpin()->setValue(65);
    emit view.progressSpin()->editingFinished();
    CHECK(doc.undoCount() == 4);
    CHECK(doc.conference().find<Measure>(1)->progress == 65);
    CHECK(view.measureList()->currentItem()->text().startsWith(QStringLiteral("\u2713")));

    QTableWidget *indicators = view.indicatorTable();
    REQUIRE(indicators->rowCount() == 2);
    CHECK(indicators->item(0, 3)->text().isEmpty()); // nothing reported at this meeting yet
    CHECK(qobject_cast<IndicatorSparkline *>(indicators->cellWidget(0, 4)));
    indicators->item(0, 3)->setText(QStringLiteral("16"));
    CHECK(doc.undoCount() == 5);
    CHECK(doc.conference().find<Criterion>(1)->current == 16);
    CHECK(indicators->item(0, 3)->text() == QStringLiteral("16"));

    // The history shows both earlier meetings and this one, oldest first.
    QStringList history;
    for (int i = 0; i < view.historyList()->count(); ++i)
        history << view.historyList()->item(i)->text();
    CHECK(history.first().startsWith(DateText::format(QDate(2026, 7, 8))));
    CHECK(history.last().startsWith(DateText::format(QDate(2027, 1, 20))));
    QStringList sorted = history;
    const auto dateOf = [](const QString &line) {
        return DateText::parse(line.section(QStringLiteral("  "), 0, 0));
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
        return dateOf(a) < dateOf(b);
    });
    CHECK(sorted == history);

    CHECK(doc.fromFile() == doc.conference());
    while (doc.get()->undoStack()->canUndo())
        doc.get()->undoStack()->undo();
    CHECK(doc.conference() == makeSampleConference());
    CHECK(view.meetingList()->count() == 2);
}

TEST_CASE("Tabbing through an untouched review form records nothing", "[measures][ui]")
{
    MeasuresDocument doc;
    ReviewView view(doc.get());
    view.newMeetingDate()->setDate(QDate(2027, 1, 20));
    REQUIRE(view.addMeeting() != NoId);
    view.selectMeasure(1);
    const int steps = doc.undoCount();
    const int reviews = int(doc.conference().all<MeasureReview>().size());
    for (PlainTextField *field : {view.saidEdit(), view.didEdit()})
        emit field->editingFinished();
    emit view.progressSpin()->editingFinished();
    emit view.statusBox()->activated(view.statusBox()->currentIndex());
    CHECK(doc.undoCount() == steps);
    CHECK(doc.conference().all<MeasureReview>().size() == reviews);
}

TEST_CASE("The organisation view rolls progress up per sub-project", "[measures][ui]")
{
    MeasuresDocument doc;
    OrganisationView view(doc.get());
    view.setToday(test::sampleToday());
    CHECK(view.steeringCommittee()->count() == 7);
    CHECK(view.overallBar()->value() == 42); // 41.5 % rounded
    QTreeWidget *tree = view.tree();
    REQUIRE(tree->topLevelItemCount() == 4);
    const QHash<Id, Rollup> rollups = ProgressRollup::bySubProject(doc.conference());
    int measures = 0;
    for (int i = 0; i < 4; ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        CHECK(item->data(3, ProgressDelegate::PercentRole).toDouble()
              == Approx(rollups.value(i + 1).percent));
        measures += item->childCount();
    }
    CHECK(measures == 11);
    // TP 1: Leerstandsbörse 40, Pop-up 15, Marktplatz done → 155 / 3.
    CHECK(tree->topLevelItem(0)->data(3, ProgressDelegate::PercentRole).toDouble()
          == Approx(155.0 / 3));
    // The at-risk measure says so.
    bool foundRisk = false;
    for (int c = 0; c < tree->topLevelItem(0)->childCount(); ++c)
        foundRisk |= tree->topLevelItem(0)->child(c)->text(2).contains(QStringLiteral("At risk"));
    CHECK(foundRisk);

    // Editing a leader in place is one undo step.
    tree->topLevelItem(1)->setText(1, QStringLiteral("Andreas Wolf"));
    CHECK(doc.conference().find<SubProject>(2)->leader == QStringLiteral("Andreas Wolf"));
    CHECK(doc.undoCount() == 1);
    CHECK(view.tree()->topLevelItem(1)->text(1) == QStringLiteral("Andreas Wolf"));

    view.addSubProject();
    CHECK(doc.conference().all<SubProject>().size() == 5);
    CHECK(view.tree()->topLevelItemCount() == 5);
}

TEST_CASE("The organisation view names as many measures as the lists show", "[measures][ui]")
{
    MeasuresDocument doc;
    OrganisationView view(doc.get());
    view.setToday(test::sampleToday());
    MeasuresPage page(doc.get());
    const int listed = page.model()->rowCount();
    REQUIRE(listed == 11); // the sample's measures, the dropped one included
    int inTree = 0;
    for (int i = 0; i < view.tree()->topLevelItemCount(); ++i)
        inTree += view.tree()->topLevelItem(i)->childCount();
    CHECK(inTree == listed);
    // "11 measures, 2 done, 1 dropped", not 10: the dropped measure is one of them.
    CHECK(view.overallText().contains(QStringLiteral("11 measure")));
    CHECK(view.overallText().contains(QStringLiteral("1 dropped")));
    CHECK(page.summary()->text().contains(QStringLiteral("of 11 measures")));

    // A dropped measure more is counted in every view alike.
    Measure measure = *doc.conference().find<Measure>(1);
    measure.id = NoId;
    measure.status = MeasureStatus::Dropped;
    REQUIRE(commands::addMeasure(doc.get(), measure) != NoId);
    CHECK(page.model()->rowCount() == 12);
    CHECK(view.overallText().contains(QStringLiteral("12 measure")));
    CHECK(view.overallText().contains(QStringLiteral("2 dropped")));
    CHECK(page.summary()->text().contains(QStringLiteral("of 12 measures")));
}

TEST_CASE("The sparkline draws values and the target line", "[measures][ui]")
{
    QImage image(200, 50, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    IndicatorSparkline::paint(&painter, QRectF(5, 5, 190, 40),
                              {{QDate(2026, 1, 1), 10}, {QDate(2026, 6, 1), 20},
                               {QDate(2026, 9, 1), 15}},
                              30.0, 5.0);
    painter.end();
    int blue = 0, green = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            blue += c.blue() > 150 && c.red() < 80;
            green += c.green() > c.red() + 30 && c.green() > c.blue() + 20;
        }
    }
    CHECK(blue > 50);
    CHECK(green > 30);
    // The target is the highest value: its line runs along the top of the rectangle.
    CHECK(image.pixelColor(20, 5).green() > image.pixelColor(20, 5).red());
}

TEST_CASE("Numbers are read with a decimal comma or point", "[measures][ui]")
{
    bool ok = false;
    CHECK(NumberText::parse(QStringLiteral("10,5"), &ok) == 10.5);
    CHECK(ok);
    CHECK(NumberText::parse(QStringLiteral(" 2.25 "), &ok) == 2.25);
    CHECK(ok);
    CHECK_FALSE(NumberText::parse(QString(), &ok));
    CHECK(ok);
    CHECK_FALSE(NumberText::parse(QStringLiteral("viel"), &ok));
    CHECK_FALSE(ok);
    CHECK_FALSE(NumberText::parse(QStringLiteral("1,000,5"), &ok));
    CHECK_FALSE(ok);
}

TEST_CASE("A review is saved after a pause in typing, without leaving the field",
          "[measures][ui][typing]")
{
    MeasuresDocument doc;
    ReviewView view(doc.get());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.selectMeasure(1);
    view.saidEdit()->setFocus();
    QTest::keyClicks(view.saidEdit(), QStringLiteral("Mietnachlass"));
    CHECK(doc.undoCount() == 0);
    REQUIRE(QTest::qWaitFor([&] { return doc.undoCount() == 1; }, 20000));
    CHECK(view.saidEdit()->hasFocus());
    bool saved = false;
    for (const MeasureReview &review : doc.conference().all<MeasureReview>())
        saved = saved
                || (review.measureId == 1 && review.said.contains(QStringLiteral("Mietnachlass")));
    CHECK(saved);
}
