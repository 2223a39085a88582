#include "roomsummarymodel.h"

#include "deviceseat.h"
#include "participationapi.h"

#include "core/document/conferencedocument.h"

#include <algorithm>

namespace weitblick {

namespace {

constexpr int RefreshDelayMs = 300;
constexpr int ClockMs = 2000;

} // namespace

RoomSummaryModel::RoomSummaryModel(ParticipationApi *api, QObject *parent)
    : QAbstractTableModel(parent), m_api(api)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(RefreshDelayMs);
    connect(&m_soon, &QTimer::timeout, this, &RoomSummaryModel::refresh);
    m_clock.setInterval(ClockMs);
    connect(&m_clock, &QTimer::timeout, this, &RoomSummaryModel::refresh);
    m_clock.start();
    const auto later = [this] {
        if (!m_soon.isActive())
            m_soon.start();
    };
    connect(api->document(), &ConferenceDocument::changesApplied, this, later);
    connect(api, &ParticipationApi::deviceConnected, this, later);
    refresh();
}

QString RoomSummaryModel::tableName(const Table &table)
{
    return table.name.isEmpty() ? tr("Table %1").arg(table.number) : table.name;
}

QString RoomSummaryModel::notChosenName()
{
    return tr("Not chosen yet");
}

QList<RoomSummaryModel::Row> RoomSummaryModel::count() const
{
    const Conference &conference = m_api->document()->conference();
    const RoomSettings &settings = m_api->settings();
    const bool byGroup = settings.joinMode == JoinMode::Group;

    QList<Row> rows;
    QHash<Id, int> rowOf;
    if (byGroup) {
        QList<StakeholderGroup> groups(conference.all<StakeholderGroup>().begin(),
                                       conference.all<StakeholderGroup>().end());
        std::stable_sort(groups.begin(), groups.end(),
                         [](const auto &a, const auto &b) { return a.order < b.order; });
        for (const StakeholderGroup &group : groups) {
            rowOf.insert(group.id, int(rows.size()));
            rows.append({group.id, group.name});
        }
    } else {
        QList<Table> tables(conference.all<Table>().begin(), conference.all<Table>().end());
        std::stable_sort(tables.begin(), tables.end(),
                         [](const Table &a, const Table &b) { return a.number < b.number; });
        for (const Table &table : tables) {
            rowOf.insert(table.id, int(rows.size()));
            rows.append({table.id, tableName(table)});
        }
    }
    Row unseated{NoId, notChosenName()};
    const auto rowFor = [&](Id place) -> Row * {
        const auto it = rowOf.constFind(place);
        return it == rowOf.cend() ? nullptr : &rows[*it];
    };
    const auto placeOf = [&](const DeviceSeat &seat) {
        return byGroup ? seat.groupId : seat.tableId;
    };

    QHash<Id, Id> placeOfDevice;
    for (const Device &device : conference.all<Device>()) {
        const Id place = placeOf(seatOf(conference, device));
        placeOfDevice.insert(device.id, place);
        Row *row = rowFor(place);
        if (!row)
            row = &unseated;
        ++row->devices;
        row->connected += m_api->isConnected(device.id);
    }
    for (const Card &card : conference.all<Card>()) {
        if (card.deviceId != NoId && card.phaseId == settings.openPhaseId) {
            if (Row *row = rowFor(byGroup ? card.groupId : card.tableId))
                ++row->cards;
        }
    }

    if (const VoteSession *vote = conference.find<VoteSession>(settings.voteSessionId)) {
        // Where a voter of the vote sits, and so which row its dots and budget belong to.
        const auto placeOfVoter = [&](Id voterId, Id deviceId) -> Id {
            switch (vote->voterUnit) {
            case VoterUnit::Participant: {
                const Participant *p = conference.find<Participant>(voterId);
                return p ? (byGroup ? p->groupId : p->tableId) : NoId;
            }
            case VoterUnit::Table:
                return byGroup ? NoId : voterId;
            case VoterUnit::Group:
                return byGroup ? voterId : NoId;
            case VoterUnit::Room:
                return placeOfDevice.value(deviceId);
            }
            return NoId;
        };
        for (const Dot &dot : conference.all<Dot>()) {
            if (dot.sessionId == vote->id && dot.kind == DotKind::Plus) {
                if (Row *row = rowFor(placeOfVoter(dot.voterId, dot.deviceId)))
                    row->dots += dot.count;
            }
        }
        const auto addBudget = [&](Id place) {
            if (Row *row = rowFor(place))
                row->budget += vote->dotsPerVoter;
        };
        switch (vote->voterUnit) {
        case VoterUnit::Participant:
            for (const Participant &p : conference.all<Participant>())
                addBudget(byGroup ? p.groupId : p.tableId);
            break;
        case VoterUnit::Table:
        case VoterUnit::Group:
            if (byGroup == (vote->voterUnit == VoterUnit::Group)) {
                for (Row &row : rows)
                    row.budget += vote->dotsPerVoter;
            }
            break;
        case VoterUnit::Room:
            for (const Device &device : conference.all<Device>())
                addBudget(placeOfDevice.value(device.id));
            break;
        }
    }
    if (unseated.devices > 0)
        rows.append(unseated);
    return rows;
}

void RoomSummaryModel::refresh()
{
    if (!m_api->document())
        return;
    const QList<Row> rows = count();
    if (rows == m_rows)
        return;
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int RoomSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoomSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()
        || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (Column(index.column())) {
    case Place:
        return role == Qt::UserRole ? QVariant(row.placeId) : QVariant(row.name);
    case Connected:
        return row.connected;
    case Devices:
        return row.devices;
    case Cards:
        return row.cards;
    case Dots:
        return row.dots;
    case Budget:
        return row.budget;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RoomSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Place:
        return m_api->settings().joinMode == JoinMode::Group ? tr("Group") : tr("Table");
    case Connected:
        return tr("Connected");
    case Devices:
        return tr("Devices");
    case Cards:
        return tr("Cards");
    case Dots:
        return tr("Dots");
    case Budget:
        return tr("Budget");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace weitblick
