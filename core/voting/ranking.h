#pragma once

#include "core/model/conference.h"

#include <QHash>
#include <QList>

namespace weitblick {

// One card or cluster in the result of a vote.
struct RankedItem
{
    Id cardId = NoId;
    Id clusterId = NoId;
    QString label;      // the card text or the cluster heading
    int plus = 0;  // totals saturate at the int limit, so that score() never overflows
    int minus = 0;
    int score() const { return plus - minus; }
    int rank = 0;       // 1 = best; tied items share a rank ("1, 2, 2, 4")
    bool tied = false;
    // The rank as every view writes it, a shared one with "=" ("1", "=2", "=2", "4").
    QString rankText() const
    {
        return tied ? QStringLiteral("=%1").arg(rank) : QString::number(rank);
    }
    // Plus dots per stakeholder group, where the voter unit tells the group (participants and
    // groups do; tables and the room do not).
    QHash<Id, int> plusByGroup;
};

// The result of a vote session: every item that can be voted on, best first.
class Ranking
{
public:
    Ranking(const Conference &conference, Id sessionId);

    const QList<RankedItem> &items() const { return m_items; }
    // The stakeholder groups that cast at least one dot, in their order.
    const QList<Id> &votingGroups() const { return m_votingGroups; }
    bool knowsGroups() const { return m_knowsGroups; }

    // The items that at least `share` (0..1] of the voting groups support with a plus dot and
    // that have a positive score: the common ground of the Future Search method.
    QList<RankedItem> commonGround(double share = 1.0) const;
    // How many of the voting groups support the item.
    int supportingGroups(const RankedItem &item) const;

private:
    QList<RankedItem> m_items;
    QList<Id> m_votingGroups;
    bool m_knowsGroups = false;
};

} // namespace weitblick
