#pragma once

#include "core/model/id.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace weitblick {

class ChangeSet;
class ConferenceDocument;
class MeasureEditor;
class MeasureListModel;

// The action plan as a workspace page: the measures in a list that filters by owner, status and
// sub-project and marks overdue and at-risk measures, with the editor of the selected measure
// beside it.
class MeasuresPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresPage(ConferenceDocument *document, QWidget *parent = nullptr);

    // The day overdue and at risk are judged on; today unless a test says otherwise.
    void setToday(QDate today);
    void selectMeasure(Id measureId);
    Id selectedMeasure() const;

    QTableView *list() const { return m_list; }
    MeasureListModel *model() const { return m_model; }
    MeasureEditor *editor() const { return m_editor; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *subProjectFilter() const { return m_subProject; }
    QCheckBox *attentionFilter() const { return m_attention; }
    QLabel *summary() const { return m_summary; }

    void newMeasure();
    void measureFromRanking();
    void deleteMeasure();

private:
    // Selects a measure just made, showing all measures when the filters hide it.
    void showNewMeasure(Id measureId);
    void fillFilterChoices();
    void applyFilter();
    void updateSummary();
    void changesApplied(const ChangeSet &changes);

    ConferenceDocument *m_document;
    Id m_keptMeasure = NoId; // the selection across the model's resets
    MeasureListModel *m_model;
    QComboBox *m_owner;
    QComboBox *m_status;
    QComboBox *m_subProject;
    QCheckBox *m_attention;
    QTableView *m_list;
    MeasureEditor *m_editor;
    QLabel *m_summary;
    QPushButton *m_new;
    QPushButton *m_fromRanking;
    QPushButton *m_delete;
};

} // namespace weitblick
