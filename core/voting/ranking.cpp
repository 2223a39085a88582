#include "ranking.h"

#include "voteitems.h"

#include "core/model/saturating.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace weitblick {

namespace {

// The stakeholder group a dot's voter belongs to, where the voter unit tells it.
Id groupOfVoter(const Conference &conference, VoterUnit unit, Id voterId)
{
    if (unit == VoterUnit::Group)
        return voterId;
    if (unit == VoterUnit::Participant) {
        const Participant *participant = conference.find<Participant>(voterId);
        return participant ? participant->groupId : NoId;
    }
    return NoId;
}

} // namespace

Ranking::Ranking(const Conference &conference, Id sessionId)
{
    const VoteSession *session = conference.find<VoteSession>(sessionId);
    if (!session)
        return;
    m_knowsGroups = session->voterUnit == VoterUnit::Participant
        || session->voterUnit == VoterUnit::Group;

    QHash<Id, qsizetype> indexOfCard;
    QHash<Id, qsizetype> indexOfCluster;
    for (const VoteItem &voteItem : voteItems(conference, *session)) {
        RankedItem item;
        item.cardId = voteItem.cardId;
        item.clusterId = voteItem.clusterId;
        item.label = voteItem.label;
        if (item.cardId != NoId)
            indexOfCard.insert(item.cardId, m_items.size());
        else
            indexOfCluster.insert(item.clusterId, m_items.size());
        m_items.append(item);
    }

    QSet<Id> groups;
    for (const Dot &dot : conference.all<Dot>()) {
        if (dot.sessionId != sessionId)
            continue;
        const auto index = dot.cardId != NoId ? indexOfCard.value(dot.cardId, -1)
                                              : indexOfCluster.value(dot.clusterId, -1);
        if (index < 0)
            continue; // on an item that this session does not count (any more)
        RankedItem &item = m_items[index];
        const Id group = groupOfVoter(conference, session->voterUnit, dot.voterId);
        if (group != NoId)
            groups.insert(group);
        // Totals stop at the int limit: a vote with absurd counts must not turn negative.
        if (dot.kind == DotKind::Minus) {
            item.minus = addSaturated(item.minus, std::max(0, dot.count));
        } else {
            item.plus = addSaturated(item.plus, std::max(0, dot.count));
            if (group != NoId) {
                int &byGroup = item.plusByGroup[group];
                byGroup = addSaturated(byGroup, std::max(0, dot.count));
            }
        }
    }

    // Best first; equal scores keep a stable order by more plus dots, then as on the wall.
    std::stable_sort(m_items.begin(), m_items.end(), [](const RankedItem &a, const RankedItem &b) {
        if (a.score() != b.score())
            return a.score() > b.score();
        return a.plus > b.plus;
    });
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        RankedItem &item = m_items[i];
        const bool sameAsPrevious = i > 0 && m_items.at(i - 1).score() == item.score();
        item.rank = sameAsPrevious ? m_items.at(i - 1).rank : int(i) + 1;
        const bool sameAsNext = i + 1 < m_items.size() && m_items.at(i + 1).score() == item.score();
        item.tied = sameAsPrevious || sameAsNext;
    }

    QList<StakeholderGroup> ordered;
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>()) {
        if (groups.contains(group.id))
            ordered << group;
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const StakeholderGroup &a, const StakeholderGroup &b) {
                         return a.order < b.order;
                     });
    for (const StakeholderGroup &group : std::as_const(ordered))
        m_votingGroups << group.id;
}

int Ranking::supportingGroups(const RankedItem &item) const
{
    int count = 0;
    for (Id group : m_votingGroups)
        count += item.plusByGroup.value(group) > 0;
    return count;
}

QList<RankedItem> Ranking::commonGround(double share) const
{
    QList<RankedItem> result;
    if (!m_knowsGroups || m_votingGroups.isEmpty())
        return result;
    // "Every group" must mean every group, whatever rounding the share brings.
    const int needed = std::max(1, int(std::ceil(share * m_votingGroups.size() - 1e-9)));
    for (const RankedItem &item : m_items) {
        if (item.score() > 0 && supportingGroups(item) >= needed)
            result << item;
    }
    return result;
}

} // namespace weitblick
