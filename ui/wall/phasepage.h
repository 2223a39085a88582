#pragma once

#include "core/model/id.h"
#include "wallscene.h"

#include <QWidget>

class QAction;

namespace weitblick {

class ConferenceDocument;
class QuestionEdit;
class QuickEntryBar;
class VotingPanel;
class WallView;

// The page of one phase: its guiding question, editable in place, above the card wall, and the
// quick-entry line below it. It offers the wall's actions for the main window's menus; their
// shortcuts work while the page is shown (the editing ones while the wall has the focus).
class PhasePage : public QWidget
{
    Q_OBJECT

public:
    PhasePage(ConferenceDocument *document, QWidget *parent = nullptr);
    ~PhasePage() override;

    void setPhase(Id phaseId);
    Id phaseId() const;
    void focusQuickEntry();
    // Keeps what is typed in the guiding question or a card editor (before the page goes).
    void commitPendingEdits();

    WallScene *scene() const { return m_scene; }
    WallView *view() const { return m_view; }
    QuickEntryBar *quickEntry() const { return m_quickEntry; }
    QuestionEdit *questionEdit() const { return m_question; }
    // Replaces the dialog that asks for a new cluster's heading (for tests).
    void setHeadingPrompt(WallScene::HeadingPrompt prompt);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAllAction() const { return m_fitAll; }
    QAction *arrangeAction() const { return m_arrange; }
    QAction *groupAction() const { return m_group; }
    QAction *dissolveAction() const { return m_dissolve; }
    QAction *deleteAction() const { return m_delete; }
    QAction *quickEntryAction() const { return m_focusQuickEntry; }
    // Shows the dot voting panel beside the wall; while shown, clicks on the wall stick dots.
    QAction *votingAction() const { return m_voting; }
    VotingPanel *votingPanel() const { return m_votingPanel; }
    // For the Edit menu: quick entry, group, dissolve, arrange, delete.
    QList<QAction *> editActions() const;
    // For the View menu: zoom in, zoom out, fit all.
    QList<QAction *> viewActions() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEnteredCard(const Card &card);
    void commitQuestion();
    void showQuestion();
    void updateActions();

    ConferenceDocument *m_document;
    QuestionEdit *m_question;
    WallScene *m_scene;
    WallView *m_view;
    QuickEntryBar *m_quickEntry;
    VotingPanel *m_votingPanel;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fitAll;
    QAction *m_arrange;
    QAction *m_group;
    QAction *m_dissolve;
    QAction *m_delete;
    QAction *m_focusQuickEntry;
    QAction *m_voting;
};

} // namespace weitblick
