#include "conference.h"

#include "changeset.h"

namespace weitblick {

Conference::Conference()
{
    all<ConferenceInfo>().put(ConferenceInfo());
}

const ConferenceInfo &Conference::info() const
{
    return *find<ConferenceInfo>(ConferenceInfo::SingletonId);
}

int Conference::count(EntityKind kind) const
{
    int result = 0;
    forEachEntityType([&]<class T>() {
        if (kindOf<T> == kind)
            result = all<T>().size();
    });
    return result;
}

bool Conference::contains(EntityKind kind, Id id) const
{
    bool result = false;
    forEachEntityType([&]<class T>() {
        if (kindOf<T> == kind)
            result = all<T>().contains(id);
    });
    return result;
}

void Conference::put(const AnyEntity &entity)
{
    std::visit([this](const auto &e) { all<std::decay_t<decltype(e)>>().put(e); }, entity);
}

void Conference::remove(EntityKind kind, Id id)
{
    forEachEntityType([&]<class T>() {
        if (kindOf<T> == kind)
            all<T>().remove(id);
    });
}

void Conference::apply(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        if (change.after)
            put(*change.after);
        else
            remove(change.kind(), change.id());
    }
}

void Conference::revert(const ChangeSet &changes)
{
    apply(changes.inverted());
}

bool Conference::applyIfCurrent(const ChangeSet &changes)
{
    ChangeSet done;
    for (const EntityChange &change : changes.changes()) {
        const bool current = std::visit(
            [&](const auto &entity) {
                const auto *held = find<std::decay_t<decltype(entity)>>(entity.id);
                return change.before ? held && *held == entity : !held;
            },
            change.before ? *change.before : *change.after);
        if (!current) {
            revert(done);
            return false;
        }
        done.append(change);
        if (change.after)
            put(*change.after);
        else
            remove(change.kind(), change.id());
    }
    return true;
}

} // namespace weitblick
