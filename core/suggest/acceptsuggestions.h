#pragma once

#include "clustersuggester.h"

#include "core/document/conferencedocument.h"

#include <QList>

namespace weitblick::commands {

// Turns the suggested clusters the moderator accepted (with their headings as the moderator
// left or renamed them) into clusters of the phase, as one undo step. The new clusters stand
// side by side as columns, their cards in the order they had on the wall, as a block where new
// cards would go (NewCardPlacer), clear of everything on the wall; on a divided wall, a block
// in each area the cards came from, where they fit. Cards that
// meanwhile got a cluster, were deleted or are not on the phase are left out, and a group
// with fewer than two cards left is not made. Returns whether the step was made (true also
// when nothing was left to do); the ids of the new clusters go to createdClusterIds.
bool acceptSuggestions(ConferenceDocument *document, Id phaseId,
                       const QList<SuggestedCluster> &accepted,
                       QList<Id> *createdClusterIds = nullptr);

} // namespace weitblick::commands
