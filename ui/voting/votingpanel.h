#pragma once

#include "core/model/changeset.h"
#include "core/model/votesession.h"
#include "core/voting/dotrules.h"

#include <QIcon>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace weitblick {

class ConferenceDocument;
class DotLayerItem;
class WallScene;
class WallView;

// The side panel for dot voting on a phase's wall. The moderator picks the vote and the voter;
// while the panel is active a click on a card or cluster sticks a dot (a minus dot with the
// minus toggle or Shift), a right-click takes one off, and refusals show in the panel. The
// vote's dots are drawn on the wall.
class VotingPanel : public QWidget
{
    Q_OBJECT

public:
    VotingPanel(ConferenceDocument *document, WallScene *scene, WallView *view,
                QWidget *parent = nullptr);
    ~VotingPanel() override;

    void setPhase(Id phaseId);
    // Clicks on the wall enter dots only while the panel is active.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    Id sessionId() const;
    void setSession(Id sessionId);
    Id voterId() const;
    void setVoter(Id voterId);
    void setMinus(bool minus);

    // Sticks or removes one dot on the item under the scene point; false (and a message in
    // the status line) when refused or when nothing is there.
    bool addDotAt(QPointF scenePos, DotKind kind);
    bool removeDotAt(QPointF scenePos);

    QComboBox *sessionCombo() const { return m_sessions; }
    QListWidget *voterList() const { return m_voters; }
    QLabel *voterLabel() const { return m_voterLabel; }
    QLabel *roomNote() const { return m_roomNote; }
    QLabel *budgetLabel() const { return m_budget; }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *minusCheck() const { return m_minus; }
    QPushButton *openCloseButton() const { return m_openClose; }
    DotLayerItem *dotLayer() const { return m_layer; }

    // Opens or reopens the current session (one undo step).
    bool toggleSessionOpen();

signals:
    // The moderator chose another vote (NoId: none).
    void sessionChanged(weitblick::Id sessionId);
    // The moderator asked for the results of the session.
    void resultsRequested(weitblick::Id sessionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Target
    {
        Id cardId = NoId;
        Id clusterId = NoId;
    };
    std::optional<Target> targetAt(QPointF scenePos, const VoteSession &session) const;
    // The dot the current voter would stick or take off there; nullopt (with a message when
    // no vote is open) when there is nothing to vote on.
    std::optional<DotTarget> dotTargetAt(QPointF scenePos, DotKind kind);
    const VoteSession *currentSession() const;
    void refresh();
    void refreshVoters();
    // Marks the voters who have stuck all their plus dots, and counts them in the label.
    void markFinishedVoters();
    void updateBudget();
    void showStatus(const QString &text, bool refusal);
    void newSession();
    void editSession();
    void enterTally();
    void changesApplied(const ChangeSet &changes);

    ConferenceDocument *m_document;
    QPointer<WallScene> m_scene; // may go first: it then deletes the layer itself
    WallView *m_view;
    // Compared with, never asked: the view may be half destroyed when its viewport's last
    // events arrive.
    const QObject *m_viewport;
    DotLayerItem *m_layer;
    Id m_phaseId = NoId;
    bool m_active = false;
    bool m_swallowRelease = false;
    // While the panel's own click changes dots: other changes (undo, a phone) make its last
    // message stale.
    bool m_ownEdit = false;
    QComboBox *m_sessions; // an ElidingComboBox: vote titles are questions
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_openClose;
    QLabel *m_session;
    QLabel *m_voterLabel;
    QListWidget *m_voters;
    QIcon m_finishedIcon;   // a check mark
    QIcon m_unfinishedIcon; // as large, and blank
    QLabel *m_roomNote;
    QLabel *m_budget;
    QCheckBox *m_minus;
    QLabel *m_status;
    QPushButton *m_tally;
    QPushButton *m_results;
};

} // namespace weitblick
