#pragma once

#include "entitytypes.h"

#include <QList>

#include <optional>

namespace weitblick {

// One entity before and after an edit. No "before" means it was added; no "after" means it
// was removed.
struct EntityChange
{
    std::optional<AnyEntity> before;
    std::optional<AnyEntity> after;

    EntityKind kind() const { return entityKind(after ? *after : *before); }
    Id id() const { return idOf(after ? *after : *before); }
    bool operator==(const EntityChange &) const = default;
};

// The changes one user edit makes, in order. The document writes a change set to the file in a
// single transaction, and undo applies its inverse.
class ChangeSet
{
public:
    template<class T>
    void add(const T &entity) { m_changes.append({std::nullopt, AnyEntity(entity)}); }
    template<class T>
    void modify(const T &before, const T &after)
    {
        if (!(before == after))
            m_changes.append({AnyEntity(before), AnyEntity(after)});
    }
    template<class T>
    void remove(const T &entity) { m_changes.append({AnyEntity(entity), std::nullopt}); }

    void append(const ChangeSet &other) { m_changes.append(other.m_changes); }
    void append(const EntityChange &change) { m_changes.append(change); }

    bool isEmpty() const { return m_changes.isEmpty(); }
    int size() const { return int(m_changes.size()); }
    const QList<EntityChange> &changes() const { return m_changes; }

    // The changes that undo this one: reversed, with before and after swapped.
    ChangeSet inverted() const;

    // This change followed by a later one, folded per entity so that each entity appears once,
    // with its first "before" and last "after". Used to merge the steps of one drag.
    ChangeSet followedBy(const ChangeSet &later) const;

    // True when both change the same entities in the same order.
    bool touchesSameEntitiesAs(const ChangeSet &other) const;

    bool operator==(const ChangeSet &) const = default;

private:
    QList<EntityChange> m_changes;
};

} // namespace weitblick
