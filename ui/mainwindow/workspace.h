#pragma once

#include "phasenavigator.h"

#include <QWidget>

#include <memory>

class QAction;
class QStackedWidget;

namespace weitblick {

class ConferenceDocument;
class MeasuresPage;
class OrganisationView;
class ParticipationDialog;
class ParticipationServer;
class ParticipantsView;
class PhasePage;
class PresenterWindow;
class ReviewView;
class TablePlanView;
class TimerWidget;

// The workspace of one open conference: the phase navigator on the left and, beside it, the
// page the navigator selects: a phase wall, the participants, the table plan, or the measures,
// the project organisation and the reviews of the follow-up. A page scrolls where the screen
// is too small for it. Below the navigator runs the timer of the shown phase. The projector
// window shows the same phase. The workspace lives as long as the document is open, so its
// parts never need re-targeting.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(ConferenceDocument *document, QWidget *parent = nullptr);
    ~Workspace() override;

    // Shows the N-th phase (0 = first); false when there is none.
    bool showPhaseAt(int index);
    void showPage(PhaseNavigator::Page page);
    void editConferenceData();

    // Actions for the main window's menus.
    QList<QAction *> editActions() const { return m_editActions; }
    QList<QAction *> viewActions() const { return m_viewActions; }
    QList<QAction *> conferenceActions() const { return m_conferenceActions; }
    // Dot voting, results, cluster suggestions, participation and the projector.
    QList<QAction *> roomActions() const { return m_roomActions; }

    PhaseNavigator *navigator() const { return m_navigator; }
    PhasePage *phasePage() const { return m_phasePage; }
    QWidget *currentPage() const;
    TimerWidget *timer() const { return m_timer; }
    PresenterWindow *presenter() const { return m_presenter.get(); }
    QAction *projectorAction() const { return m_projector; }
    QAction *suggestAction() const { return m_suggest; }
    // Participation over the network: the server lives as long as the conference is open.
    ParticipationServer *participationServer() const { return m_participation; }
    ParticipationDialog *participationDialog() const { return m_participationDialog; }
    QAction *participationAction() const { return m_participationAction; }
    void showParticipation();

    void showVoteResults(Id sessionId);
    void suggestClusters();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createRoomActions();
    void showPhase(Id phaseId);
    void setCurrentPage(QWidget *page);
    void followSelectedCluster();

    ConferenceDocument *m_document;
    PhaseNavigator *m_navigator;
    QStackedWidget *m_pages;
    PhasePage *m_phasePage;
    ParticipantsView *m_participants;
    TablePlanView *m_tablePlan;
    MeasuresPage *m_measures;
    OrganisationView *m_organisation;
    ReviewView *m_reviews;
    TimerWidget *m_timer;
    // A top-level window of its own, so it is not a child of the workspace.
    std::unique_ptr<PresenterWindow> m_presenter;
    QAction *m_projector = nullptr;
    QAction *m_suggest = nullptr;
    ParticipationServer *m_participation;
    ParticipationDialog *m_participationDialog = nullptr; // made when first shown
    QAction *m_participationAction = nullptr;
    int m_sharePercent = 100; // of the common ground, as last set in a results window
    QList<QAction *> m_editActions;
    QList<QAction *> m_viewActions;
    QList<QAction *> m_conferenceActions;
    QList<QAction *> m_roomActions;
};

} // namespace weitblick
