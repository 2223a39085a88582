#include "roomstate.h"

#include "deviceseat.h"

#include "core/voting/voteitems.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace weitblick {

namespace {

QJsonValue idOrNull(Id id)
{
    return id == NoId ? QJsonValue() : QJsonValue(double(id));
}

QString joinModeName(JoinMode mode)
{
    switch (mode) {
    case JoinMode::Table:
        return QStringLiteral("table");
    case JoinMode::Group:
        return QStringLiteral("group");
    case JoinMode::Participant:
        return QStringLiteral("participant");
    }
    return {};
}

} // namespace

RoomState::RoomState(const Conference &conference, const DeviceDirectory &directory)
    : m_conference(conference),
      m_directory(directory),
      m_instance(QString::number(QRandomGenerator::global()->generate(), 36))
{
}

QString RoomState::refOf(Id cardId, Id clusterId)
{
    return cardId != NoId ? QStringLiteral("card:%1").arg(cardId)
                          : QStringLiteral("cluster:%1").arg(clusterId);
}

QString RoomState::version() const
{
    return m_instance + QLatin1Char('-') + QString::number(m_counter);
}

void RoomState::invalidateAll()
{
    ++m_counter;
    m_sharedValid = false;
    m_tallyValid = false;
}

bool RoomState::onVotedWall(const EntityChange &change) const
{
    // Only the items of the vote the shared part shows: cards from the room keep arriving on
    // another phase's wall, and each would otherwise rebuild the list of items.
    const VoteSession *session = m_conference.find<VoteSession>(m_sharedFor.voteSessionId);
    if (!session)
        return false;
    const auto onIt = [&](const std::optional<AnyEntity> &entity) {
        return entity && wallOf(*entity) == session->phaseId;
    };
    return onIt(change.before) || onIt(change.after);
}

void RoomState::invalidate(const ChangeSet &changes)
{
    ++m_counter;
    for (const EntityChange &change : changes.changes()) {
        switch (change.kind()) {
        case EntityKind::Dot:
            m_tallyValid = false;
            break;
        case EntityKind::VoteSession:
            m_tallyValid = false;
            m_sharedValid = false;
            break;
        case EntityKind::Card:
        case EntityKind::Cluster:
            if (onVotedWall(change))
                m_sharedValid = false;
            break;
        case EntityKind::Device:
        case EntityKind::ConferenceInfo:
        case EntityKind::SubProject:
        case EntityKind::Measure:
        case EntityKind::Criterion:
        case EntityKind::ReviewMeeting:
        case EntityKind::MeasureReview:
        case EntityKind::IndicatorValue:
            break;
        default: // phases, tables, groups and participants
            m_sharedValid = false;
        }
    }
}

QJsonObject RoomState::phaseJson(const RoomSettings &settings) const
{
    const Phase *phase = m_conference.find<Phase>(settings.openPhaseId);
    if (!phase)
        return {};
    return {{QStringLiteral("id"), double(phase->id)},
            {QStringLiteral("title"), phase->title},
            {QStringLiteral("question"), phase->guidingQuestion},
            {QStringLiteral("acceptsCards"), !settings.intakePaused}};
}

QJsonObject RoomState::voteJson(const VoteSession &session) const
{
    QJsonArray items;
    for (const VoteItem &item : voteItems(m_conference, session)) {
        items.append(QJsonObject{{QStringLiteral("ref"), refOf(item.cardId, item.clusterId)},
                                 {QStringLiteral("text"), item.label}});
    }
    return {{QStringLiteral("id"), double(session.id)},
            {QStringLiteral("title"), session.title},
            {QStringLiteral("dotsPerVoter"), session.dotsPerVoter},
            {QStringLiteral("cap"), session.capPerItem},
            {QStringLiteral("minus"), session.minusDots},
            {QStringLiteral("items"), items}};
}

QJsonObject RoomState::sharedPart(const RoomSettings &settings)
{
    if (m_sharedValid && m_sharedFor == settings)
        return m_shared;
    QJsonObject shared;
    shared.insert(QStringLiteral("joinMode"), joinModeName(settings.joinMode));
    const QJsonObject phase = phaseJson(settings);
    shared.insert(QStringLiteral("phase"), phase.isEmpty() ? QJsonValue() : phase);
    const VoteSession *session = m_conference.find<VoteSession>(settings.voteSessionId);
    shared.insert(QStringLiteral("vote"),
                  session && session->open ? QJsonValue(voteJson(*session)) : QJsonValue());

    QList<Table> tables(m_conference.all<Table>().begin(), m_conference.all<Table>().end());
    std::stable_sort(tables.begin(), tables.end(),
                     [](const Table &a, const Table &b) { return a.number < b.number; });
    QJsonArray tableList;
    for (const Table &table : tables) {
        tableList.append(QJsonObject{{QStringLiteral("id"), double(table.id)},
                                     {QStringLiteral("number"), table.number},
                                     {QStringLiteral("name"), table.name}});
    }
    QList<StakeholderGroup> groups(m_conference.all<StakeholderGroup>().begin(),
                                   m_conference.all<StakeholderGroup>().end());
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto &a, const auto &b) { return a.order < b.order; });
    QJsonArray groupList;
    for (const StakeholderGroup &group : groups) {
        groupList.append(QJsonObject{{QStringLiteral("id"), double(group.id)},
                                     {QStringLiteral("name"), group.name}});
    }
    // Names only when the moderator chose to let people pick their own name.
    QJsonArray participantList;
    if (settings.joinMode == JoinMode::Participant) {
        QList<Participant> people(m_conference.all<Participant>().begin(),
                                  m_conference.all<Participant>().end());
        std::stable_sort(people.begin(), people.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Participant &person : people) {
            participantList.append(QJsonObject{{QStringLiteral("id"), double(person.id)},
                                               {QStringLiteral("name"), person.name}});
        }
    }
    shared.insert(QStringLiteral("tables"), tableList);
    shared.insert(QStringLiteral("groups"), groupList);
    shared.insert(QStringLiteral("participants"), participantList);
    m_shared = shared;
    m_sharedFor = settings;
    m_sharedValid = true;
    return shared;
}

void RoomState::countDots(Id sessionId)
{
    if (m_tallyValid && m_talliedSession == sessionId)
        return;
    m_tally.clear();
    for (const Dot &dot : m_conference.all<Dot>()) {
        if (dot.sessionId != sessionId)
            continue;
        VoterTally &tally = m_tally[{dot.voterId, dot.deviceId}];
        const bool minus = dot.kind == DotKind::Minus;
        (minus ? tally.minus : tally.plus) += dot.count;
        tally.onItem[refOf(dot.cardId, dot.clusterId)] += minus ? -dot.count : dot.count;
    }
    m_talliedSession = sessionId;
    m_tallyValid = true;
}

RoomState::Mine RoomState::mine(const VoteSession &session, const DotTarget &voter)
{
    countDots(session.id);
    const VoterTally tally = m_tally.value({voter.voterId, voter.deviceId});
    Mine mine;
    for (auto it = tally.onItem.cbegin(); it != tally.onItem.cend(); ++it) {
        if (it.value() != 0)
            mine.onItem.insert(it.key(), it.value());
    }
    mine.left = std::max(0, session.dotsPerVoter - tally.plus);
    mine.minusLeft = session.minusDots ? std::max(0, session.dotsPerVoter - tally.minus) : 0;
    return mine;
}

QJsonObject RoomState::deviceVote(const VoteSession &session, const Device &device)
{
    const std::optional<DotTarget> voter = voterOf(m_conference, device, session);
    QJsonObject onItem;
    Mine own;
    if (voter)
        own = mine(session, *voter);
    for (auto it = own.onItem.cbegin(); it != own.onItem.cend(); ++it)
        onItem.insert(it.key(), it.value());
    return {{QStringLiteral("mine"), onItem},
            {QStringLiteral("left"), own.left},
            {QStringLiteral("minusLeft"), own.minusLeft},
            {QStringLiteral("canVote"), voter.has_value()}};
}

QJsonArray RoomState::cardsOf(const Device &device) const
{
    QJsonArray cards;
    for (Id id : m_directory.cardsOf(device.id)) {
        const Card *card = m_conference.find<Card>(id);
        if (!card || card->clientId.isNull())
            continue;
        cards.append(QJsonObject{
            {QStringLiteral("id"), card->clientId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("state"), card->hidden ? QStringLiteral("hidden")
                                                   : QStringLiteral("arrived")}});
    }
    return cards;
}

QJsonObject RoomState::json(const RoomSettings &settings, const Device &device)
{
    QJsonObject state = sharedPart(settings);
    state.insert(QStringLiteral("version"), version());
    if (const VoteSession *session = m_conference.find<VoteSession>(settings.voteSessionId);
        session && session->open) {
        QJsonObject vote = state.value(QStringLiteral("vote")).toObject();
        const QJsonObject own = deviceVote(*session, device);
        for (auto it = own.begin(); it != own.end(); ++it)
            vote.insert(it.key(), it.value());
        state.insert(QStringLiteral("vote"), vote);
    }
    const DeviceSeat seat = seatOf(m_conference, device);
    state.insert(QStringLiteral("me"),
                 QJsonObject{{QStringLiteral("table"), idOrNull(seat.tableId)},
                             {QStringLiteral("group"), idOrNull(seat.groupId)},
                             {QStringLiteral("participant"), idOrNull(seat.participantId)},
                             {QStringLiteral("seated"),
                              isSeated(m_conference, device, settings.joinMode)}});
    state.insert(QStringLiteral("cards"), cardsOf(device));
    return state;
}

} // namespace weitblick
