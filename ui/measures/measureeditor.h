#pragma once

#include "core/model/id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;
class QTableWidgetItem;

namespace weitblick {

class ChangeSet;
class ConferenceDocument;
class DateField;
class FieldBinder;
class PlainTextField;
struct Measure;

// Edits every field of one measure from the keyboard: title, description, sub-project, owner,
// team, start, deadline, status, progress, its controlling criteria and the communication
// agreement. A pause in typing or leaving a field writes it as one undo step through
// core/commands (FieldBinder).
class MeasureEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureEditor(ConferenceDocument *document, QWidget *parent = nullptr);

    void setMeasure(Id measureId);
    Id measure() const { return m_measureId; }

    QLineEdit *titleEdit() const { return m_title; }
    PlainTextField *descriptionEdit() const { return m_description; }
    QComboBox *subProjectBox() const { return m_subProject; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *teamEdit() const { return m_team; }
    DateField *startEdit() const { return m_start; }
    DateField *deadlineEdit() const { return m_deadline; }
    QComboBox *statusBox() const { return m_status; }
    QSpinBox *progressSpin() const { return m_progress; }
    QTableWidget *criteriaTable() const { return m_criteria; }
    QPushButton *addCriterionButton() const { return m_addCriterion; }
    PlainTextField *communicationEdit() const { return m_communication; }

private:
    enum CriterionColumn { Indicator, Unit, Baseline, Target, Current, Due, CriterionColumns };

    void load();
    void loadCriteria();
    void commit();
    void commitCriterion(QTableWidgetItem *item);
    void addCriterion();
    void removeCriterion();
    void changesApplied(const ChangeSet &changes);
    void updateEnabled();
    void showDateProblem();

    ConferenceDocument *m_document;
    Id m_measureId = NoId;
    bool m_loading = false;

    QLabel *m_heading;
    QLabel *m_source;
    QLineEdit *m_title;
    PlainTextField *m_description;
    QComboBox *m_subProject;
    QLineEdit *m_owner;
    QLineEdit *m_team;
    DateField *m_start;
    DateField *m_deadline;
    QLabel *m_dateProblem; // a start after the deadline: said, not refused
    QComboBox *m_status;
    QSpinBox *m_progress;
    QTableWidget *m_criteria;
    QPushButton *m_addCriterion;
    QPushButton *m_removeCriterion;
    PlainTextField *m_communication;
    QStringListModel *m_ownerNames;
    FieldBinder *m_binder;
};

} // namespace weitblick
