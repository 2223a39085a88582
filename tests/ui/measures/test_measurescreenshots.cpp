// Renders the measures screens with the sample conference, for looking at them. Hidden: run
// with "[.screenshots]"; the PNGs go to the folder in WEITBLICK_SHOTS (default /tmp).
#include "measuresfixture.h"

#include "ui/measures/measurefromrankingdialog.h"
#include "ui/measures/measurelistmodel.h"
#include "ui/measures/measurespage.h"
#include "ui/measures/organisationview.h"
#include "ui/measures/reviewview.h"

#include "core/commands/commands.h"
#include "core/sample/stressconference.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>

using namespace weitblick;

namespace {

QString shot(const char *name)
{
    const QString folder = qEnvironmentVariableIsSet("WEITBLICK_SHOTS")
                               ? qEnvironmentVariable("WEITBLICK_SHOTS")
                               : QDir::tempPath();
    return folder + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

TEST_CASE("Screenshots of the measures screens", "[.screenshots]")
{
    test::MeasuresDocument doc;
    {
        MeasuresPage page(doc.get());
        page.setToday(test::sampleToday());
        page.resize(1600, 900);
        page.show();
        page.selectMeasure(1);
        QApplication::processEvents();
        CHECK(page.grab().save(shot("measures-page.png")));
    }
    {
        OrganisationView view(doc.get());
        view.setToday(test::sampleToday());
        view.resize(1600, 900);
        view.show();
        QApplication::processEvents();
        CHECK(view.grab().save(shot("measures-organisation.png")));
    }
    {
        ReviewView view(doc.get());
        view.resize(1600, 900);
        view.show();
        view.selectMeasure(1);
        QApplication::processEvents();
        CHECK(view.grab().save(shot("measures-review.png")));
    }
    {
        MeasureFromRankingDialog dialog(doc.get());
        dialog.show();
        QApplication::processEvents();
        CHECK(dialog.grab().save(shot("measures-from-ranking.png")));
    }
}

// Figures for the closing note: the measures screens on the stress conference (500 measures,
// 1,112 reviews). Hidden, like the screenshots: run with "[.stress]".
TEST_CASE("The measures screens on the stress conference", "[.stress]")
{
    test::MeasuresDocument doc(makeStressConference());
    const QDate today(2027, 6, 1);
    QElapsedTimer timer;

    timer.start();
    MeasuresPage page(doc.get());
    page.setToday(today);
    page.resize(1600, 900);
    page.show();
    QApplication::processEvents();
    const double pageMs = timer.nsecsElapsed() / 1e6;
    CHECK(page.model()->rowCount() == 500);

    timer.restart();
    QComboBox *status = page.statusFilter();
    status->setCurrentIndex(status->findData(int(MeasureStatus::InProgress)));
    page.attentionFilter()->setChecked(true);
    QApplication::processEvents();
    const double filterMs = timer.nsecsElapsed() / 1e6;
    const int attention = page.model()->rowCount();
    page.attentionFilter()->setChecked(false);
    page.statusFilter()->setCurrentIndex(0);

    // One edit: written, and every view rebuilt.
    OrganisationView organisation(doc.get());
    organisation.setToday(today);
    ReviewView review(doc.get());
    page.selectMeasure(7);
    timer.restart();
    Measure m = *doc.conference().find<Measure>(7);
    m.progress = (m.progress + 5) % 100;
    REQUIRE(commands::editMeasure(doc.get(), m));
    QApplication::processEvents();
    const double editMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    organisation.setToday(today.addDays(1));
    const double organisationMs = timer.nsecsElapsed() / 1e6;

    WARN("stress UI: measures page built and shown " << pageMs << " ms; filter (in progress, "
         << "needs attention: " << attention << " rows) " << filterMs << " ms; one progress edit "
         << "with list, editor, organisation and review views following " << editMs
         << " ms; organisation view rebuilt " << organisationMs << " ms");
    organisation.resize(1600, 900);
    organisation.show();
    QApplication::processEvents();
    CHECK(organisation.grab().save(shot("measures-organisation-stress.png")));
}
