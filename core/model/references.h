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

// What a removal takes with it that the moderator may not see on the wall: the dots of votes
// on the removed items, and the measures that lose the link to where they came from.
struct RemovalLoss
{
    qint64 dots = 0;
    QStringList measureTitles;

    bool isEmpty() const { return dots == 0 && measureTitles.isEmpty(); }
};
RemovalLoss lossOf(const ChangeSet &removal);

// Everything that is wrong with a conference: values out of range (validation.h), broken
// references and broken rules between entities. Empty when the conference is consistent.
// Stops after maxProblems.
QStringList findProblems(const Conference &conference, int maxProblems = 20);

// Only the values out of range: what makes a file unusable, unlike broken references, which
// referenceRepair() can leave out.
QStringList findValueProblems(const Conference &conference, int maxProblems = 20);

// The problems a change set brings in, asked of the conference that already holds it. Looks at
// the changed entities and at those that refer to a removed one (or to a vote session whose
// voter unit, or a cluster whose phase, changed), so a small edit is checked quickly. The same
// rules as findProblems(), so no edit can make a file that fails its check.
QStringList findProblems(const Conference &conference, const ChangeSet &changes,
                         int maxProblems = 20);

// The changes that make a conference consistent by leaving out its broken references and
// nothing else: a reference that may be empty is cleared; an entity that cannot be without
// its target (a card without its phase, a dot without its card) goes, with what depends on it.
// A card in a cluster of another phase leaves the cluster; a dot that is not on exactly one
// item, or whose voter does not fit its vote, goes.
ChangeSet referenceRepair(const Conference &conference);

} // namespace weitblick
