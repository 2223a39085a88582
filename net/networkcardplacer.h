#pragma once

#include "core/model/changeset.h"
#include "core/model/conference.h"
#include "core/wall/freespotfinder.h"

#include <QHash>
#include <QPointF>
#include <optional>

namespace weitblick {

// Where a card from a device goes on its phase's wall: the first free spot, in reading order,
// in the columns over the wall's content, overlapping no card and no cluster, like a typed
// card. It keeps what is on each wall between cards and measures a wall again only when
// something else changed it: measuring every card of a large wall for each card from a phone
// would cost tens of milliseconds per card.
//
// TODO(lead): issue 11 puts the placement of new cards into core/wall (a function that places
// a card from the Conference alone). Once it is in main, compute the spot with it here and keep
// only the cache; obstacles() below then goes away with its copy of the cluster frame.
class NetworkCardPlacer
{
public:
    explicit NetworkCardPlacer(const Conference &conference) : m_conference(conference) {}

    // A free spot for the card on the wall of card.phaseId. The next change set that adds a
    // card there is taken as this card.
    QPointF place(const Card &card);
    // Keeps the walls in step with the document's changes.
    void update(const ChangeSet &changes);

private:
    struct Wall
    {
        FreeSpotFinder finder;
        QRectF content;
    };
    Wall measure(Id phaseId) const;
    QList<QRectF> obstacles(Id phaseId) const;

    const Conference &m_conference;
    QHash<Id, Wall> m_walls;
    // The spot just handed out, expected to come back as an added card.
    struct Placed
    {
        Id phaseId = NoId;
        QRectF rect;
    };
    std::optional<Placed> m_placed;
};

} // namespace weitblick
