#pragma once

#include "changeset.h"
#include "conference.h"

#include <QSet>
#include <QStringList>

#include <array>

namespace weitblick {

// Ids of entities, grouped by kind.
class EntityIds
{
public:
    template<class T>
    void insert(Id id) { m_ids[int(kindOf<T>)].insert(id); }
    void insert(EntityKind kind, Id id) { m_ids[int(kind)].insert(id); }
    bool contains(EntityKind kind, Id id) const { return m_ids[int(kind)].contains(id); }
    bool isEmpty() const;

private:
    std::array<QSet<Id>, EntityKindCount> m_ids;
};

// The entity kind a dot's voter id refers to, for a session's voter unit (none for the room).
std::optional<EntityKind> voterKind(VoterUnit unit);

// The changes that remove the given entities together with everything that depends on them:
// cards of a removed phase go with it, dots on a removed card go with it, and references that
// may be empty (a card's cluster, a measure's source) are cleared.
ChangeSet removalWithDependents(const Conference &conference, const EntityIds &roots);

// Everything that is wrong with a conference: broken references, values out of range, texts
// that are too long. Empty when the conference is consistent. Stops after maxProblems.
QStringList findProblems(const Conference &conference, int maxProblems = 20);

} // namespace weitblick
