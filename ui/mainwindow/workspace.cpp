#include "workspace.h"

#include "phasenavigator.h"
#include "ui/setup/conferencedialog.h"
#include "ui/setup/groupeditor.h"
#include "ui/setup/participantsview.h"
#include "ui/setup/tableplanview.h"
#include "ui/wall/phasepage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QSplitter>
#include <QStackedWidget>

namespace weitblick {

Workspace::Workspace(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_navigator(new PhaseNavigator(this)),
      m_pages(new QStackedWidget(this)),
      m_phasePage(new PhasePage(document, m_pages)),
      m_participants(new ParticipantsView(document, m_pages)),
      m_tablePlan(new TablePlanView(document, m_pages))
{
    m_pages->addWidget(m_phasePage);
    m_pages->addWidget(m_participants);
    m_pages->addWidget(m_tablePlan);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 1000});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_navigator, &PhaseNavigator::phaseSelected, this, [this](Id phaseId) {
        m_phasePage->setPhase(phaseId);
        m_pages->setCurrentWidget(m_phasePage);
    });
    connect(m_navigator, &PhaseNavigator::pageSelected, this, [this](PhaseNavigator::Page page) {
        m_pages->setCurrentWidget(page == PhaseNavigator::Page::Participants
                                      ? static_cast<QWidget *>(m_participants)
                                      : m_tablePlan);
    });
    m_navigator->setDocument(document);
    createActions();
    showPhaseAt(0);
}

void Workspace::createActions()
{
    m_editActions = m_phasePage->editActions();
    m_viewActions = m_phasePage->viewActions();

    auto *conferenceData = new QAction(tr("Conference &data…"), this);
    connect(conferenceData, &QAction::triggered, this, &Workspace::editConferenceData);
    auto *groups = new QAction(tr("Stakeholder &groups…"), this);
    connect(groups, &QAction::triggered, this,
            [this] { GroupEditor::showDialog(m_document, this); });
    auto *participants = new QAction(tr("&Participants"), this);
    participants->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(participants, &QAction::triggered, this,
            [this] { m_navigator->selectPage(PhaseNavigator::Page::Participants); });
    auto *tablePlan = new QAction(tr("&Table plan"), this);
    tablePlan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(tablePlan, &QAction::triggered, this,
            [this] { m_navigator->selectPage(PhaseNavigator::Page::TablePlan); });
    m_conferenceActions = {conferenceData, groups, participants, tablePlan};

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
    m_pages->setCurrentWidget(m_phasePage);
    return true;
}

void Workspace::editConferenceData()
{
    ConferenceDialog::edit(m_document, this);
}

} // namespace weitblick
