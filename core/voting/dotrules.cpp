#include "dotrules.h"

#include <QHash>

#include "voteitems.h"

#include "core/model/saturating.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace weitblick {

const Dot *DotRules::find(const DotTarget &t) const
{
    for (const Dot &dot : m_conference.all<Dot>()) {
        if (dot.sessionId == t.sessionId && dot.cardId == t.cardId
            && dot.clusterId == t.clusterId && dot.voterId == t.voterId && dot.kind == t.kind
            && dot.deviceId == t.deviceId)
            return &dot;
    }
    return nullptr;
}

int DotRules::used(Id sessionId, Id voterId, DotKind kind, Id deviceId) const
{
    int count = 0;
    for (const Dot &dot : m_conference.all<Dot>()) {
        if (dot.sessionId == sessionId && dot.voterId == voterId && dot.kind == kind
            && dot.deviceId == deviceId)
            count = addSaturated(count, dot.count);
    }
    return count;
}

QSet<Id> DotRules::finishedVoters(Id sessionId) const
{
    const VoteSession *session = m_conference.find<VoteSession>(sessionId);
    if (!session || session->voterUnit == VoterUnit::Room || session->dotsPerVoter <= 0)
        return {};
    QHash<Id, int> used;
    for (const Dot &dot : m_conference.all<Dot>()) {
        if (dot.sessionId == sessionId && dot.kind == DotKind::Plus && dot.deviceId == NoId) {
            int &count = used[dot.voterId];
            count = addSaturated(count, dot.count);
        }
    }
    QSet<Id> finished;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (it.value() >= session->dotsPerVoter)
            finished.insert(it.key());
    }
    return finished;
}

int DotRules::remaining(Id sessionId, Id voterId, DotKind kind, Id deviceId) const
{
    const VoteSession *session = m_conference.find<VoteSession>(sessionId);
    if (!session || (kind == DotKind::Minus && !session->minusDots))
        return 0;
    // The room votes as one from a paper tally: no budget. A device in the room has its own.
    if (session->voterUnit == VoterUnit::Room && deviceId == NoId)
        return std::numeric_limits<int>::max();
    return std::max(0, session->dotsPerVoter - used(sessionId, voterId, kind, deviceId));
}

int DotRules::onItem(const DotTarget &target) const
{
    const Dot *dot = find(target);
    return dot ? dot->count : 0;
}

DotRules::VoterDots DotRules::voterDots(const DotTarget &t) const
{
    VoterDots mine;
    for (const Dot &dot : m_conference.all<Dot>()) {
        if (dot.sessionId != t.sessionId || dot.voterId != t.voterId || dot.kind != t.kind
            || dot.deviceId != t.deviceId)
            continue;
        mine.used = addSaturated(mine.used, dot.count);
        if (dot.cardId == t.cardId && dot.clusterId == t.clusterId)
            mine.onItem = &dot;
    }
    return mine;
}

DotRules::Refusal DotRules::checkAdd(const DotTarget &t, int count, const Dot **existing) const
{
    const VoteSession *session = m_conference.find<VoteSession>(t.sessionId);
    if (!session)
        return Refusal::NoSuchVote;
    if (!session->open)
        return Refusal::VoteClosed;
    if ((t.cardId == NoId) == (t.clusterId == NoId))
        return Refusal::NotOneItem;
    if (t.cardId != NoId && !session->cardsVotable)
        return Refusal::CardsNotVotable;
    if (t.clusterId != NoId && !session->clustersVotable)
        return Refusal::ClustersNotVotable;
    if (const Card *card = m_conference.find<Card>(t.cardId);
        card && card->form == CardForm::Heading)
        return Refusal::Heading;
    if (!isVoteItem(m_conference, *session, t.cardId, t.clusterId))
        return Refusal::NotAnItem;
    if (t.kind == DotKind::Minus && !session->minusDots)
        return Refusal::NoMinusDots;
    const VoterDots mine = voterDots(t);
    if (existing)
        *existing = mine.onItem;
    if (session->voterUnit == VoterUnit::Room) {
        if (t.voterId != NoId)
            return Refusal::RoomVotesAsOne;
        if (t.deviceId == NoId)
            return Refusal::None;
    } else if (t.voterId == NoId || t.deviceId != NoId) {
        return Refusal::NoVoter;
    }
    const int left = std::max(0, session->dotsPerVoter - mine.used);
    if (count > left)
        return Refusal::Budget;
    const int alreadyOnItem = mine.onItem ? mine.onItem->count : 0;
    if (session->capPerItem > 0 && addSaturated(alreadyOnItem, count) > session->capPerItem)
        return Refusal::Cap;
    return Refusal::None;
}

QString DotRules::refusalToAdd(const DotTarget &t, int count, const Dot **existing) const
{
    return describe(checkAdd(t, count, existing), t);
}

QString DotRules::describe(Refusal refusal, const DotTarget &t) const
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoSuchVote:
        return tr("There is no such vote.");
    case Refusal::VoteClosed:
        return tr("This vote is closed. Reopen it to change its dots.");
    case Refusal::NotOneItem:
        return tr("A dot goes on one card or one cluster.");
    case Refusal::CardsNotVotable:
        return tr("In this vote, dots go on clusters, not on single cards.");
    case Refusal::ClustersNotVotable:
        return tr("In this vote, dots go on cards, not on clusters.");
    case Refusal::Heading:
        return tr("A heading gets no dots: stick them on its cluster.");
    case Refusal::NotAnItem:
        return tr("Only the items of the vote's phase can get dots.");
    case Refusal::NoMinusDots:
        return tr("This vote has no minus dots.");
    case Refusal::RoomVotesAsOne:
        return tr("In this vote the room votes as one.");
    case Refusal::NoVoter:
        return tr("Choose who is voting first.");
    case Refusal::Budget: {
        const int left = remaining(t.sessionId, t.voterId, t.kind, t.deviceId);
        return left == 0 ? tr("All dots of this voter are used.")
                         : tr("Only %n dot(s) left for this voter.", nullptr, left);
    }
    case Refusal::Cap: {
        const VoteSession *session = m_conference.find<VoteSession>(t.sessionId);
        return tr("At most %n dot(s) per item and voter.", nullptr,
                  session ? session->capPerItem : 0);
    }
    }
    return {};
}

int DotRules::suggestedByThirds(int options)
{
    return std::max(1, int(std::lround(options / 3.0)));
}

int DotRules::suggestedByPairs(int options, int voters)
{
    if (options < 2 || voters < 1)
        return 1;
    const qint64 pairs = qint64(options) * (options - 1) / 2;
    return int(std::max<qint64>(1, (pairs + voters - 1) / voters));
}

} // namespace weitblick
