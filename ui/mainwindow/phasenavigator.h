#pragma once

#include "core/model/id.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

namespace weitblick {

class ConferenceDocument;

// The list on the left of the workspace: the set-up pages, the phases in their order, each
// phase with its time box and state, and the follow-up pages of the measures. The moderator adds, edits, reorders and deletes phases
// here; the default phases of the method cannot be deleted, only custom ones.
class PhaseNavigator : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Participants, TablePlan, Phase, Measures, Organisation, Reviews };

    explicit PhaseNavigator(QWidget *parent = nullptr);

    void setDocument(ConferenceDocument *document);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    Id currentPhase() const;
    void selectPhase(Id phaseId);
    // Selects the N-th phase in order (0 = first); false when there is none.
    bool selectPhaseAt(int index);
    void selectPage(Page page);

signals:
    void phaseSelected(weitblick::Id phaseId);
    void pageSelected(weitblick::PhaseNavigator::Page page);

private:
    void rebuild();
    void emitSelection();
    void updateButtons();
    void addPhase();
    void editPhase();
    void moveCurrent(int step);
    void deletePhase();
    QTreeWidgetItem *itemOfPhase(Id phaseId) const;

    ConferenceDocument *m_document = nullptr;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_setupItem;
    QTreeWidgetItem *m_phasesItem;
    QTreeWidgetItem *m_followUpItem;
    QToolButton *m_add;
    QToolButton *m_edit;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_delete;
};

} // namespace weitblick
