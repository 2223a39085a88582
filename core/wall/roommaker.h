#pragma once

#include "core/model/changeset.h"
#include "core/model/conference.h"

#include <QSet>

namespace weitblick {

// Keeps the clusters an edit touched clear of everything else, within the edit's own undo
// step. A cluster whose frame would lie over another cluster, a caption or the timeline moves
// with its cards to the nearest free place; loose cards under a cluster's frame move aside, each
// to the nearest free spot. Afterwards no card lies on another and no frame over a card not its
// own, as far as the edit is concerned.
class RoomMaker
{
public:
    // Adds the moves to *changes, which holds the edit so far; the clusters are those of the
    // phase the edit touched.
    static void makeRoom(const Conference &conference, Id phaseId, const QSet<Id> &clusterIds,
                         ChangeSet *changes);
};

} // namespace weitblick
