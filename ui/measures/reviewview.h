#pragma once

#include "core/model/id.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace weitblick {

class ChangeSet;
class ConferenceDocument;
class FieldBinder;
class PlainTextField;

// The steering committee's follow-up: dated review meetings, and for each measure at a meeting
// the four questions of the Future Search method (what we said, what we did, what's next, what
// help we need), its status and progress, and its indicators' values, each with a small chart
// of its history against the target. Every field is saved after a pause in typing and when it
// is left, as one undo step (FieldBinder).
class ReviewView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewView(ConferenceDocument *document, QWidget *parent = nullptr);

    void selectMeeting(Id meetingId);
    void selectMeasure(Id measureId);
    Id meeting() const { return m_meetingId; }
    Id measure() const { return m_measureId; }

    QListWidget *meetingList() const { return m_meetings; }
    QDateEdit *newMeetingDate() const { return m_newDate; }
    QLineEdit *newMeetingTitle() const { return m_newTitle; }
    QListWidget *measureList() const { return m_measures; }
    PlainTextField *saidEdit() const { return m_said; }
    PlainTextField *didEdit() const { return m_did; }
    PlainTextField *nextEdit() const { return m_next; }
    PlainTextField *helpEdit() const { return m_help; }
    QComboBox *statusBox() const { return m_status; }
    QSpinBox *progressSpin() const { return m_progress; }
    QTableWidget *indicatorTable() const { return m_indicators; }
    QListWidget *historyList() const { return m_history; }

    // Adds a meeting with the date and title typed above the list; its id, or NoId.
    Id addMeeting();
    void deleteMeeting();

private:
    enum IndicatorColumn { Indicator, Unit, Target, Value, Chart, IndicatorColumns };

    void fillMeetings();
    void fillMeasures();
    void loadMeeting();
    void loadReview();
    void loadIndicators();
    void loadHistory();
    void commitMeeting();
    void commitReview();
    void commitValue(QTableWidgetItem *item);
    void changesApplied(const ChangeSet &changes);

    ConferenceDocument *m_document;
    Id m_meetingId = NoId;
    Id m_measureId = NoId;
    bool m_loading = false;
    bool m_editingItem = false; // inside an item's own itemChanged

    QListWidget *m_meetings;
    QDateEdit *m_newDate;
    QLineEdit *m_newTitle;
    QPushButton *m_add;
    QPushButton *m_delete;
    QDateEdit *m_date;
    QLineEdit *m_title;
    PlainTextField *m_notes;
    QListWidget *m_measures;
    QLabel *m_heading;
    PlainTextField *m_said;
    PlainTextField *m_did;
    PlainTextField *m_next;
    PlainTextField *m_help;
    QComboBox *m_status;
    QSpinBox *m_progress;
    QTableWidget *m_indicators;
    QListWidget *m_history;
    FieldBinder *m_meetingBinder;
    FieldBinder *m_reviewBinder;
};

} // namespace weitblick
