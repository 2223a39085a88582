#pragma once

#include "phasenavigator.h"

#include <QWidget>

class QAction;
class QStackedWidget;

namespace weitblick {

class ConferenceDocument;
class ParticipantsView;
class PhasePage;
class TablePlanView;

// The workspace of one open conference: the phase navigator on the left and, beside it, the
// page the navigator selects: a phase wall, the participants or the table plan. It lives as
// long as the document is open, so its parts never need re-targeting.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(ConferenceDocument *document, QWidget *parent = nullptr);

    // Shows the N-th phase (0 = first); false when there is none.
    bool showPhaseAt(int index);
    void showPage(PhaseNavigator::Page page);
    void editConferenceData();

    // Actions for the main window's menus.
    QList<QAction *> editActions() const { return m_editActions; }
    QList<QAction *> viewActions() const { return m_viewActions; }
    QList<QAction *> conferenceActions() const { return m_conferenceActions; }

    PhaseNavigator *navigator() const { return m_navigator; }
    PhasePage *phasePage() const { return m_phasePage; }

private:
    void createActions();

    ConferenceDocument *m_document;
    PhaseNavigator *m_navigator;
    QStackedWidget *m_pages;
    PhasePage *m_phasePage;
    ParticipantsView *m_participants;
    TablePlanView *m_tablePlan;
    QList<QAction *> m_editActions;
    QList<QAction *> m_viewActions;
    QList<QAction *> m_conferenceActions;
};

} // namespace weitblick
