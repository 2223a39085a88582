#pragma once

#include "core/model/changeset.h"
#include "core/model/conference.h"
#include "core/wall/newcardplacer.h"

#include <QPointF>

#include <memory>
#include <optional>
#include <unordered_map>

namespace weitblick {

// Where a card from a device goes on its phase's wall: where a typed card would go
// (NewCardPlacer). It keeps one placer per wall between cards and measures a wall again only
// when something else changed it: measuring every card of a large wall for each card from a
// phone would cost tens of milliseconds per card.
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
    const Conference &m_conference;
    std::unordered_map<Id, std::unique_ptr<NewCardPlacer>> m_walls;
    // The spot just handed out, expected to come back as an added card.
    struct Placed
    {
        Id phaseId = NoId;
        QPointF pos;
    };
    std::optional<Placed> m_placed;
};

} // namespace weitblick
