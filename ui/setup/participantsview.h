#pragma once

#include "core/model/id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace weitblick {

class ConferenceDocument;
class ParticipantsFilterModel;
class ParticipantsModel;

// The participants of a conference in a sortable table, filtered by a search text and a
// stakeholder group. Cells are edited in place; adding, deleting and importing from CSV are
// buttons above it. On a read-only document it only shows the participants.
class ParticipantsView : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsView(ConferenceDocument *document, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    ParticipantsModel *model() const { return m_model; }
    ParticipantsFilterModel *filterModel() const { return m_filter; }

    void setSearchText(const QString &text);
    // A group's id, NoId for "no group", or ParticipantsFilterModel::AnyGroup.
    void setGroupFilter(Id groupId);

    // Adds a participant (in the filtered group, if any) and starts editing its name.
    void addParticipant();
    // Deletes the selected participants, as one undo step.
    void deleteSelected();
    QList<Id> selectedParticipants() const;
    // Opens the CSV import.
    void importCsv();

private:
    void rebuildGroupFilter();
    void updateState();

    ConferenceDocument *m_document;
    ParticipantsModel *m_model;
    ParticipantsFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_group;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_import;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace weitblick
