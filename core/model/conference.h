#pragma once

#include "entitymap.h"
#include "entitytypes.h"

#include <tuple>

namespace weitblick {

class ChangeSet;

template<class Variant>
struct EntityMapsOf;
template<class... Ts>
struct EntityMapsOf<std::variant<Ts...>>
{
    using type = std::tuple<EntityMap<Ts>...>;
};

// The whole conference in memory: every entity of every kind. It is a plain value; the
// ConferenceDocument keeps it in step with the file.
class Conference
{
public:
    Conference();

    template<class T>
    const EntityMap<T> &all() const { return std::get<EntityMap<T>>(m_maps); }
    template<class T>
    EntityMap<T> &all() { return std::get<EntityMap<T>>(m_maps); }

    template<class T>
    const T *find(Id id) const { return all<T>().find(id); }

    const ConferenceInfo &info() const;

    int count(EntityKind kind) const;
    bool contains(EntityKind kind, Id id) const;

    // Applies the changes in order: an entity with an "after" value is put, one without removed.
    void apply(const ChangeSet &changes);
    // Applies the inverse of the changes, last first.
    void revert(const ChangeSet &changes);
    // Applies the changes when each one's "before" is what the conference holds at its turn
    // (nothing, for an addition). Otherwise changes nothing and returns false: the change set
    // was made from a state that is gone.
    bool applyIfCurrent(const ChangeSet &changes);

    void put(const AnyEntity &entity);
    void remove(EntityKind kind, Id id);

    bool operator==(const Conference &) const = default;

private:
    EntityMapsOf<AnyEntity>::type m_maps;
};

} // namespace weitblick
