#include "ui/common/messages.h"
#include "participantsmodel.h"

#include "setuplists.h"

#include "core/commands/commands.h"

#include <algorithm>
#include <limits>

namespace weitblick {

ParticipantsModel::ParticipantsModel(ConferenceDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    reload();
    connect(m_document, &ConferenceDocument::changesApplied, this,
            &ParticipantsModel::onChanges);
    // Editability follows the document.
    connect(m_document, &ConferenceDocument::readOnlyChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void ParticipantsModel::reload()
{
    m_ids.clear();
    const auto &all = m_document->conference().all<Participant>();
    m_ids.reserve(all.size());
    for (const Participant &p : all)
        m_ids.append(p.id);
    refreshIcons();
}

void ParticipantsModel::refreshIcons()
{
    m_groupIcons.clear();
    m_groupOrder.clear();
    const QList<StakeholderGroup> groups = commands::orderedGroups(m_document->conference());
    for (int i = 0; i < groups.size(); ++i) {
        m_groupIcons.insert(groups.at(i).id, SetupLists::swatch(groups.at(i).color));
        m_groupOrder.insert(groups.at(i).id, i);
    }
}

int ParticipantsModel::rowOf(Id participantId) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), participantId);
    return it != m_ids.cend() && *it == participantId ? int(it - m_ids.cbegin()) : -1;
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Conference &conference = m_document->conference();
    const Participant *p = conference.find<Participant>(m_ids.at(index.row()));
    if (!p)
        return {};
    if (role == IdRole)
        return p->id;

    switch (Column(index.column())) {
    case NameColumn:
    case OrganisationColumn: {
        const QString &text = index.column() == NameColumn ? p->name : p->organisation;
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole
            || role == FilterRole)
            return text;
        if (role == Qt::ToolTipRole)
            return messages::plainToolTip(text);
        break;
    }
    case GroupColumn:
        switch (role) {
        case Qt::DisplayRole:
        case FilterRole:
            return SetupLists::groupName(conference, p->groupId);
        case Qt::EditRole:
            return p->groupId;
        case Qt::DecorationRole:
            return m_groupIcons.value(p->groupId);
        case SortRole:
            // Groups sort in their own order; participants without one come last.
            return m_groupOrder.value(p->groupId, int(m_groupOrder.size()));
        }
        break;
    case TableColumn:
        switch (role) {
        case Qt::DisplayRole:
        case FilterRole:
            return SetupLists::tableLabel(conference, p->tableId);
        case Qt::EditRole:
            return p->tableId;
        case SortRole: {
            const Table *table = conference.find<Table>(p->tableId);
            return table ? table->number : std::numeric_limits<int>::max();
        }
        }
        break;
    case SteeringColumn:
        switch (role) {
        case Qt::CheckStateRole:
            return p->steeringCommittee ? Qt::Checked : Qt::Unchecked;
        case SortRole:
            return p->steeringCommittee ? 0 : 1; // members first
        case FilterRole:
            return p->steeringCommittee ? tr("Steering committee") : QString();
        case Qt::ToolTipRole:
            return p->steeringCommittee ? tr("Member of the steering committee")
                                        : tr("Not in the steering committee");
        }
        break;
    }
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case OrganisationColumn: return tr("Organisation");
    case GroupColumn: return tr("Stakeholder group");
    case TableColumn: return tr("Table");
    case SteeringColumn: return tr("Steering committee");
    }
    return {};
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_document->isReadOnly())
        return flags;
    if (index.column() == SteeringColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool ParticipantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_document->isReadOnly())
        return false;
    const Conference &conference = m_document->conference();
    const Participant *current = conference.find<Participant>(idAt(index.row()));
    if (!current)
        return false;
    Participant p = *current;
    switch (Column(index.column())) {
    case NameColumn:
    case OrganisationColumn: {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        if (index.column() == NameColumn) {
            if (text.isEmpty()) // a participant always has a name
                return false;
            p.name = text;
        } else {
            p.organisation = text;
        }
        break;
    }
    case GroupColumn:
    case TableColumn: {
        if (role != Qt::EditRole)
            return false;
        const Id id = value.value<Id>();
        if (index.column() == GroupColumn) {
            if (id != NoId && !conference.find<StakeholderGroup>(id))
                return false;
            p.groupId = id;
        } else {
            if (id != NoId && !conference.find<Table>(id))
                return false;
            p.tableId = id;
        }
        break;
    }
    case SteeringColumn:
        if (role != Qt::CheckStateRole)
            return false;
        p.steeringCommittee = Qt::CheckState(value.toInt()) == Qt::Checked;
        break;
    }
    if (p == *current)
        return true;
    return commands::editParticipant(m_document, p);
}

void ParticipantsModel::onChanges(const ChangeSet &changes)
{
    const EntityChange *single = nullptr;
    int participantChanges = 0;
    bool addsOrRemoves = false;
    bool namesChanged = false; // of groups or tables, shown in every row
    for (const EntityChange &change : changes.changes()) {
        switch (change.kind()) {
        case EntityKind::Participant:
            ++participantChanges;
            single = &change;
            addsOrRemoves = addsOrRemoves || !change.before || !change.after;
            break;
        case EntityKind::StakeholderGroup:
        case EntityKind::Table:
            namesChanged = true;
            break;
        default:
            break;
        }
    }
    if (namesChanged)
        refreshIcons();

    if (addsOrRemoves && participantChanges > 1) {
        beginResetModel();
        reload();
        endResetModel();
        return;
    }
    if (addsOrRemoves) {
        const Id id = single->id();
        if (!single->before) {
            const int row = int(std::lower_bound(m_ids.cbegin(), m_ids.cend(), id)
                                - m_ids.cbegin());
            beginInsertRows({}, row, row);
            m_ids.insert(row, id);
            endInsertRows();
        } else if (const int row = rowOf(id); row >= 0) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    if (m_ids.isEmpty())
        return;
    if (namesChanged || participantChanges > 1) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else if (participantChanges == 1 && single->before && single->after) {
        const int row = rowOf(single->id());
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace weitblick
