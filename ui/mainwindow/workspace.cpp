#include "workspace.h"

#include "phasenavigator.h"
#include "ui/common/fieldbinder.h"
#include "ui/setup/conferencedialog.h"
#include "ui/setup/groupeditor.h"
#include "ui/setup/participantsview.h"
#include "ui/setup/tableplanview.h"
#include "ui/measures/measurespage.h"
#include "ui/measures/organisationview.h"
#include "ui/measures/reviewview.h"
#include "ui/participation/participationdialog.h"
#include "ui/presenter/presenterwindow.h"
#include "ui/suggest/suggestionsdialog.h"
#include "ui/timer/timerwidget.h"
#include "ui/voting/commongroundview.h"
#include "ui/voting/voteresultsdialog.h"
#include "ui/voting/votingpanel.h"
#include "ui/wall/clusteritem.h"
#include "ui/wall/phasepage.h"
#include "ui/wall/wallscene.h"
#include "ui/wall/wallview.h"

#include "core/document/conferencedocument.h"
#include "net/participationserver.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace weitblick {

namespace {

// A page that scrolls where the screen is smaller than the page needs, so that the window
// still fits the screen; where it is large enough, the page fills the area as without it.
// It asks for the page's own size, so that the splitter shares the room as for the bare page.
class PageScrollArea : public QScrollArea
{
public:
    QSize sizeHint() const override { return widget()->sizeHint(); }
};

QScrollArea *scrollable(QWidget *page)
{
    auto *area = new PageScrollArea;
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

} // namespace

Workspace::Workspace(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_navigator(new PhaseNavigator(this)),
      m_pages(new QStackedWidget(this)),
      m_phasePage(new PhasePage(document, m_pages)),
      m_participants(new ParticipantsView(document, m_pages)),
      m_tablePlan(new TablePlanView(document, m_pages)),
      m_measures(new MeasuresPage(document, m_pages)),
      m_organisation(new OrganisationView(document, m_pages)),
      m_reviews(new ReviewView(document, m_pages)),
      m_timer(new TimerWidget(document, this)),
      m_presenter(std::make_unique<PresenterWindow>(document)),
      m_participation(new ParticipationServer(document, this))
{
    for (QWidget *page : std::initializer_list<QWidget *>{m_phasePage, m_participants,
                                                         m_tablePlan, m_measures,
                                                         m_organisation, m_reviews})
        m_pages->addWidget(scrollable(page));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_navigator, 1);
    leftLayout->addWidget(m_timer);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    // The navigator starts as wide as its rows need; the page takes the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_navigator, &PhaseNavigator::phaseSelected, this, &Workspace::showPhase);
    connect(m_navigator, &PhaseNavigator::pageSelected, this, [this](PhaseNavigator::Page page) {
        const QHash<PhaseNavigator::Page, QWidget *> pages = {
            {PhaseNavigator::Page::Participants, m_participants},
            {PhaseNavigator::Page::TablePlan, m_tablePlan},
            {PhaseNavigator::Page::Measures, m_measures},
            {PhaseNavigator::Page::Organisation, m_organisation},
            {PhaseNavigator::Page::Reviews, m_reviews}};
        FieldBinder::flushAll(); // what was typed on the page left
        if (QWidget *widget = pages.value(page))
            setCurrentPage(widget);
        // The timer belongs to a phase on show, not to the set-up or the follow-up.
        m_timer->hide();
    });
    connect(m_phasePage->votingPanel(), &VotingPanel::resultsRequested, this,
            &Workspace::showVoteResults);
    // The projector shows the vote the moderator works on and the cluster they selected.
    connect(m_phasePage->votingPanel(), &VotingPanel::sessionChanged, m_presenter.get(),
            &PresenterWindow::setVote);
    connect(m_phasePage->scene(), &QGraphicsScene::selectionChanged, this,
            &Workspace::followSelectedCluster);
    m_presenter->followView(m_phasePage->view());
    m_presenter->installEventFilter(this);
    m_navigator->setDocument(document);
    createActions();
    createRoomActions();
    showPhaseAt(0);
}

Workspace::~Workspace()
{
    // The server stops (and says so) while the projector and the dialog that show it are there.
    m_participation->stop();
}

void Workspace::showParticipation()
{
    if (!m_participationDialog) {
        m_participationDialog = new ParticipationDialog(m_participation, m_document, this);
        connect(m_participationDialog, &ParticipationDialog::projectorRequested, this, [this] {
            m_presenter->setContent(PresenterWindow::Content::Join);
            m_projector->setChecked(true);
        });
    }
    m_participationDialog->show();
    m_participationDialog->raise();
    m_participationDialog->activateWindow();
}

void Workspace::showPhase(Id phaseId)
{
    FieldBinder::flushAll(); // what was typed on the page left
    m_phasePage->setPhase(phaseId);
    m_timer->setPhase(phaseId);
    m_presenter->setPhase(phaseId);
    m_timer->show();
    setCurrentPage(m_phasePage);
}

void Workspace::createRoomActions()
{
    m_projector = new QAction(tr("Show &Projector"), this);
    m_projector->setCheckable(true);
    m_projector->setShortcut(QKeySequence(Qt::Key_F5));
    m_projector->setToolTip(tr("Full screen on the second screen, or a window when there is "
                               "only one screen"));
    connect(m_projector, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_presenter->present();
        else
            m_presenter->dismiss();
    });
    m_phasePage->view()->addAction(m_presenter->blankAction());

    auto *results = new QAction(tr("Vote &Results…"), this);
    connect(results, &QAction::triggered, this,
            [this] { showVoteResults(m_phasePage->votingPanel()->sessionId()); });
    m_suggest = new QAction(tr("&Suggest Clusters…"), this);
    m_suggest->setToolTip(tr("Suggest groups for the cards of this phase that are in no "
                             "cluster yet"));
    connect(m_suggest, &QAction::triggered, this, &Workspace::suggestClusters);

    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    m_participationAction = new QAction(tr("Participation over the &Network…"), this);
    m_participationAction->setToolTip(tr("Participants write cards and vote from their phones"));
    connect(m_participationAction, &QAction::triggered, this, &Workspace::showParticipation);
    connect(m_participation, &ParticipationServer::runningChanged, m_presenter.get(), [this] {
        m_presenter->setJoin(m_participation->isRunning() ? m_participation->joinUrl() : QUrl(),
                             m_participation->code());
    });

    m_roomActions = {m_phasePage->votingAction(), results, m_suggest, m_participationAction,
                     separator(), m_projector};
    m_roomActions << m_presenter->contentActions()->actions();
    m_roomActions << m_presenter->blankAction();
}

void Workspace::showVoteResults(Id sessionId)
{
    if (!m_document->conference().find<VoteSession>(sessionId)) {
        m_phasePage->votingAction()->setChecked(true);
        return;
    }
    auto *dialog = new VoteResultsDialog(m_document, sessionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The share set here is the one the projector's common ground uses.
    CommonGroundView *commonGround = dialog->commonGroundView();
    commonGround->setSharePercent(m_sharePercent);
    connect(commonGround, &CommonGroundView::sharePercentChanged, this, [this](int percent) {
        m_sharePercent = percent;
        m_presenter->setCommonGroundShare(percent / 100.0);
    });
    m_presenter->setVote(sessionId);
    dialog->show();
}

void Workspace::suggestClusters()
{
    m_phasePage->commitPendingEdits();
    SuggestionsDialog dialog(m_document, m_phasePage->phaseId(), this);
    dialog.exec();
}

void Workspace::followSelectedCluster()
{
    const QList<QGraphicsItem *> selected = m_phasePage->scene()->selectedItems();
    auto *cluster = selected.size() == 1 ? qgraphicsitem_cast<ClusterItem *>(selected.first())
                                         : nullptr;
    m_presenter->showCluster(cluster ? cluster->clusterId() : NoId);
}

bool Workspace::eventFilter(QObject *watched, QEvent *event)
{
    // Closing the projector window (its window manager button) unchecks the action;
    // minimising it does not.
    if (watched == m_presenter.get() && event->type() == QEvent::Close)
        m_projector->setChecked(false);
    return QWidget::eventFilter(watched, event);
}

void Workspace::createActions()
{
    m_editActions = m_phasePage->editActions();
    m_viewActions = m_phasePage->viewActions();

    auto *conferenceData = new QAction(tr("Conference &Data…"), this);
    connect(conferenceData, &QAction::triggered, this, &Workspace::editConferenceData);
    auto *groups = new QAction(tr("Stakeholder &Groups…"), this);
    connect(groups, &QAction::triggered, this,
            [this] { GroupEditor::showDialog(m_document, this); });
    auto *participants = new QAction(tr("&Participants"), this);
    // Ctrl+P is Print (posters) in the File menu.
    participants->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(participants, &QAction::triggered, this,
            [this] { m_navigator->selectPage(PhaseNavigator::Page::Participants); });
    auto *tablePlan = new QAction(tr("&Table Plan"), this);
    tablePlan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(tablePlan, &QAction::triggered, this,
            [this] { m_navigator->selectPage(PhaseNavigator::Page::TablePlan); });
    auto *measures = new QAction(tr("&Measures"), this);
    measures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(measures, &QAction::triggered, this,
            [this] { m_navigator->selectPage(PhaseNavigator::Page::Measures); });
    auto *organisation = new QAction(tr("Project &Organisation"), this);
    connect(organisation, &QAction::triggered, this,
            [this] { m_navigator->selectPage(PhaseNavigator::Page::Organisation); });
    auto *reviews = new QAction(tr("Follow-up &Reviews"), this);
    connect(reviews, &QAction::triggered, this,
            [this] { m_navigator->selectPage(PhaseNavigator::Page::Reviews); });
    m_conferenceActions = {conferenceData, groups, participants, tablePlan, measures,
                           organisation, reviews};

    // Alt+1 … Alt+9 jump to the phases, in their order.
    for (int i = 0; i < 9; ++i) {
        auto *phase = new QAction(tr("Phase %1").arg(i + 1), this);
        phase->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(phase, &QAction::triggered, this, [this, i] { showPhaseAt(i); });
        addAction(phase);
    }
}

void Workspace::showPage(PhaseNavigator::Page page)
{
    m_navigator->selectPage(page);
}

bool Workspace::showPhaseAt(int index)
{
    if (!m_navigator->selectPhaseAt(index))
        return false;
    setCurrentPage(m_phasePage);
    return true;
}

QWidget *Workspace::currentPage() const
{
    return static_cast<QScrollArea *>(m_pages->currentWidget())->widget();
}

void Workspace::setCurrentPage(QWidget *page)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (static_cast<QScrollArea *>(m_pages->widget(i))->widget() == page)
            m_pages->setCurrentIndex(i);
    }
}

void Workspace::editConferenceData()
{
    ConferenceDialog::edit(m_document, this);
}

} // namespace weitblick
