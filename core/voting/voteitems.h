#pragma once

#include "core/model/conference.h"

#include <QList>

namespace weitblick {

// One card or cluster that can get dots.
struct VoteItem
{
    Id cardId = NoId;
    Id clusterId = NoId;
    QString label; // the cluster heading or the card text
};

// The one definition of what a vote on a phase can put dots on: its clusters, and its cards
// that are not heading strips (a heading names its cluster; the cluster gets the dots) and not
// hidden by the moderator.
// Clusters come first, each kind in the order it was made.
QList<VoteItem> voteItems(const Conference &conference, Id phaseId, bool cards, bool clusters);
QList<VoteItem> voteItems(const Conference &conference, const VoteSession &session);
// Whether exactly one of cardId and clusterId is set and names an item of the session.
bool isVoteItem(const Conference &conference, const VoteSession &session, Id cardId,
                Id clusterId);

} // namespace weitblick
