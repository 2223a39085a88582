#pragma once

#include "core/model/id.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace weitblick {

class ChangeSet;
class ConferenceDocument;

// The participants of a conference as a table: name, organisation, group, table and steering
// committee. Edits go through the command facade, and the model follows the document: one row
// is updated for a single change, the whole model is reset for bulk changes (an import, a
// seating), which keeps it fast for a thousand participants.
class ParticipantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationColumn, GroupColumn, TableColumn, SteeringColumn };
    static constexpr int ColumnCount = 5;
    enum Role {
        IdRole = Qt::UserRole, // the participant's id
        SortRole,              // what the column sorts by
        FilterRole,            // the text a search matches
    };

    explicit ParticipantsModel(ConferenceDocument *document, QObject *parent = nullptr);

    ConferenceDocument *document() const { return m_document; }
    Id idAt(int row) const { return m_ids.value(row, NoId); }
    int rowOf(Id participantId) const; // -1 when there is no such participant

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Name and organisation take a string, group and table an Id (NoId for none), the steering
    // committee a check state. Each accepted edit is one undo step.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void onChanges(const ChangeSet &changes);
    void reload();
    void refreshIcons();

    ConferenceDocument *m_document;
    QList<Id> m_ids; // ascending, as ids are handed out
    QHash<Id, QIcon> m_groupIcons;
    QHash<Id, int> m_groupOrder;
};

} // namespace weitblick
