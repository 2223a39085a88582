#include "networkcardplacer.h"

namespace weitblick {

namespace {

// Dots and devices do not change what a wall draws.
bool leavesWallsAlone(const AnyEntity &entity)
{
    return std::holds_alternative<Dot>(entity) || std::holds_alternative<Device>(entity);
}

} // namespace

QPointF NetworkCardPlacer::place(const Card &card)
{
    auto it = m_walls.find(card.phaseId);
    if (it == m_walls.end())
        it = m_walls.emplace(card.phaseId,
                             std::make_unique<NewCardPlacer>(m_conference, card.phaseId))
                 .first;
    // The placer counts the spot as taken from now on.
    const QPointF pos = it->second->place(card);
    m_placed = Placed{card.phaseId, pos};
    return pos;
}

void NetworkCardPlacer::update(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        const AnyEntity &entity = change.after ? *change.after : *change.before;
        if (leavesWallsAlone(entity))
            continue;
        const Card *added = !change.before && change.after ? std::get_if<Card>(&*change.after)
                                                           : nullptr;
        if (added && m_placed && added->phaseId == m_placed->phaseId
            && added->pos == m_placed->pos) {
            m_placed.reset();
            continue;
        }
        const auto phaseBefore = change.before ? wallOf(*change.before) : std::nullopt;
        const auto phaseAfter = change.after ? wallOf(*change.after) : std::nullopt;
        if (!phaseBefore && !phaseAfter) {
            // Phases, groups and the rest shape the walls' areas and timeline.
            m_walls.clear();
            continue;
        }
        if (phaseBefore)
            m_walls.erase(*phaseBefore);
        if (phaseAfter)
            m_walls.erase(*phaseAfter);
    }
}

} // namespace weitblick
