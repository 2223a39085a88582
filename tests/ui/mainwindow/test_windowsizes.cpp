#include <catch2/catch.hpp>

#include "core/commands/commands.h"
#include "core/sample/sampleconference.h"
#include "testfiles.h"
#include "ui/common/elidedlabel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/phasedialog.h"
#include "ui/mainwindow/workspace.h"
#include "ui/measures/measurefromrankingdialog.h"
#include "ui/paper/posterdialog.h"
#include "ui/presenter/presenterwindow.h"
#include "ui/report/reportexportdialog.h"
#include "ui/setup/cardimportdialog.h"
#include "ui/setup/conferencedialog.h"
#include "ui/setup/groupeditor.h"
#include "ui/setup/participantimportdialog.h"
#include "ui/suggest/suggestionsdialog.h"
#include "ui/voting/papertallydialog.h"
#include "ui/voting/voteresultsdialog.h"
#include "ui/voting/votesessiondialog.h"
#include "ui/wall/phasepage.h"

#include <QApplication>
#include <QScreen>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace weitblick;

namespace {

// The sample, open a second time: read-only, with the reason a long file name gives.
struct ReadOnlySample
{
    test::TempDir dir;
    std::unique_ptr<ConferenceDocument> first;
    std::unique_ptr<ConferenceDocument> second;

    ReadOnlySample()
    {
        const QString name = QStringLiteral("Zukunftskonferenz der Verbandsgemeinde "
                                            "Lindenau-Oberlindenau, Arbeitsstand des "
                                            "Steuerkreises nach der dritten Sitzung, "
                                            "mit allen Ergebnissen der Tische.weitblick");
        const QString path = dir.path(name);
        QString error;
        first = ConferenceDocument::create(path, makeSampleConference(), &error);
        REQUIRE(first);
        OpenOutcome outcome;
        second = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
        REQUIRE(second);
        REQUIRE(second->isReadOnly());
        REQUIRE(second->readOnlyReason().size() > 200);
    }

    Id firstOf(EntityKind kind) const
    {
        const Conference &c = second->conference();
        switch (kind) {
        case EntityKind::Phase: return commands::orderedPhases(c).at(2).id;
        case EntityKind::VoteSession: return c.all<VoteSession>().begin()->id;
        default: return NoId;
        }
    }
};

// The window, shown, lies within the available part of its screen.
void checkFits(QWidget *window, const char *what)
{
    if (!window->isVisible())
        window->show();
    QApplication::processEvents();
    const QRect available = window->screen()->availableGeometry();
    const QSize size = window->frameGeometry().size();
    INFO(what << ": " << size.width() << "×" << size.height() << " on a screen of "
              << available.width() << "×" << available.height());
    CHECK(size.width() <= available.width());
    CHECK(size.height() <= available.height());
}

// The same for a dialog that only opens modally (from a static function).
void checkModalFits(const std::function<void()> &open, const char *what)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            seen = true;
            checkFits(modal, what);
            modal->close();
        }
    });
    open();
    CHECK(seen);
}

} // namespace

TEST_CASE("The read-only main window fits the screen on every page", "[mainwindow][screen]")
{
    ReadOnlySample sample;
    MainWindow window;
    checkFits(&window, "start page");
    window.setDocument(std::move(sample.second));
    checkFits(&window, "wall of a read-only conference");

    // The long reason is cut in the status bar, and whole in its tool tip.
    const QString reason = window.document()->readOnlyReason();
    auto *state = window.statusBar()->findChild<ElidedLabel *>();
    REQUIRE(state);
    CHECK(state->text().contains(reason));
    CHECK(state->shownText() != state->text());
    CHECK(state->shownText().endsWith(QStringLiteral("…")));
    CHECK(state->toolTip().contains(reason.toHtmlEscaped()));

    Workspace *workspace = window.workspace();
    for (int i = 0; workspace->showPhaseAt(i); ++i)
        checkFits(&window, "a phase");
    using Page = PhaseNavigator::Page;
    for (Page page : {Page::Participants, Page::TablePlan, Page::Measures, Page::Organisation,
                      Page::Reviews}) {
        workspace->showPage(page);
        checkFits(&window, "a set-up or follow-up page");
    }
    REQUIRE(workspace->showPhaseAt(2));
    workspace->phasePage()->votingAction()->setChecked(true);
    checkFits(&window, "wall with the voting panel");
    workspace->projectorAction()->setChecked(true);
    checkFits(workspace->presenter(), "projector in a window");
    workspace->projectorAction()->setChecked(false);
}

TEST_CASE("Every dialog of a read-only conference fits the screen", "[mainwindow][screen]")
{
    ReadOnlySample sample;
    ConferenceDocument *document = sample.second.get();
    const Id phase = sample.firstOf(EntityKind::Phase);
    const Id vote = sample.firstOf(EntityKind::VoteSession);

    ConferenceDialog conference(document);
    checkFits(&conference, "conference data");
    PhaseDialog phaseDialog(document, phase);
    checkFits(&phaseDialog, "phase");
    ParticipantImportDialog participants(document);
    checkFits(&participants, "participant import");
    CardImportDialog cards(document);
    checkFits(&cards, "card import");
    PosterDialog posters(document, phase);
    checkFits(&posters, "posters");
    ReportExportDialog report(document);
    checkFits(&report, "documentation");
    SuggestionsDialog suggestions(document, phase);
    checkFits(&suggestions, "cluster suggestions");
    VoteSessionDialog session(document, phase, vote);
    checkFits(&session, "vote session");
    VoteResultsDialog results(document, vote);
    checkFits(&results, "vote results");
    PaperTallyDialog tally(document, vote);
    checkFits(&tally, "paper tally");
    MeasureFromRankingDialog measure(document);
    checkFits(&measure, "measure from ranking");
    checkModalFits([document] { GroupEditor::showDialog(document, nullptr); },
                   "stakeholder groups");
}
