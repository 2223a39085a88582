#include "dotrules.h"

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
            && dot.clusterId == t.clusterId && dot.voterId == t.voterId && dot.kind == t.kind)
            return &dot;
    }
    return nullptr;
}

int DotRules::used(Id sessionId, Id voterId, DotKind kind) const
{
    int count = 0;
    for (const Dot &dot : m_conference.all<Dot>()) {
        if (dot.sessionId == sessionId && dot.voterId == voterId && dot.kind == kind)
            count = addSaturated(count, dot.count);
    }
    return count;
}

int DotRules::remaining(Id sessionId, Id voterId, DotKind kind) const
{
    const VoteSession *session = m_conference.find<VoteSession>(sessionId);
    if (!session || (kind == DotKind::Minus && !session->minusDots))
        return 0;
    // The room votes as one from a paper tally: no budget.
    if (session->voterUnit == VoterUnit::Room)
        return std::numeric_limits<int>::max();
    return std::max(0, session->dotsPerVoter - used(sessionId, voterId, kind));
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
        if (dot.sessionId != t.sessionId || dot.voterId != t.voterId || dot.kind != t.kind)
            continue;
        mine.used = addSaturated(mine.used, dot.count);
        if (dot.cardId == t.cardId && dot.clusterId == t.clusterId)
            mine.onItem = &dot;
    }
    return mine;
}

QString DotRules::refusalToAdd(const DotTarget &t, int count, const Dot **existing) const
{
    const VoteSession *session = m_conference.find<VoteSession>(t.sessionId);
    if (!session)
        return tr("There is no such vote.");
    if (!session->open)
        return tr("This vote is closed. Reopen it to change its dots.");
    if ((t.cardId == NoId) == (t.clusterId == NoId))
        return tr("A dot goes on one card or one cluster.");
    if (t.cardId != NoId && !session->cardsVotable)
        return tr("In this vote, dots go on clusters, not on single cards.");
    if (t.clusterId != NoId && !session->clustersVotable)
        return tr("In this vote, dots go on cards, not on clusters.");
    if (const Card *card = m_conference.find<Card>(t.cardId);
        card && card->form == CardForm::Heading)
        return tr("A heading gets no dots: stick them on its cluster.");
    if (!isVoteItem(m_conference, *session, t.cardId, t.clusterId))
        return tr("Only the items of the vote's phase can get dots.");
    if (t.kind == DotKind::Minus && !session->minusDots)
        return tr("This vote has no minus dots.");
    const VoterDots mine = voterDots(t);
    if (existing)
        *existing = mine.onItem;
    if (session->voterUnit == VoterUnit::Room) {
        if (t.voterId != NoId)
            return tr("In this vote the room votes as one.");
        return {};
    }
    if (t.voterId == NoId)
        return tr("Choose who is voting first.");
    const int left = std::max(0, session->dotsPerVoter - mine.used);
    if (count > left)
        return left == 0 ? tr("All dots of this voter are used.")
                         : tr("Only %n dot(s) left for this voter.", nullptr, left);
    const int alreadyOnItem = mine.onItem ? mine.onItem->count : 0;
    if (session->capPerItem > 0 && addSaturated(alreadyOnItem, count) > session->capPerItem)
        return tr("At most %n dot(s) per item and voter.", nullptr, session->capPerItem);
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
