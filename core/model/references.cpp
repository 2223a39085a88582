#include "references.h"

#include "limits.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace weitblick {

namespace {

enum class OnRemove { RemoveChild, ClearReference };

// A reference from an entity of type T to another entity. The voter of a dot is the one
// reference whose target kind depends on data (its session's voter unit).
template<class T>
struct Reference
{
    Id T::*field;
    EntityKind target;
    OnRemove onRemove;
    bool required;
    bool isVoter = false;
};

// The one list of references between entities. Removal and checking both follow it.
template<class T>
QList<Reference<T>> referencesOf()
{
    using K = EntityKind;
    constexpr auto Remove = OnRemove::RemoveChild;
    constexpr auto Clear = OnRemove::ClearReference;
    if constexpr (std::is_same_v<T, Participant>)
        return {{&T::groupId, K::StakeholderGroup, Clear, false},
                {&T::tableId, K::Table, Clear, false}};
    else if constexpr (std::is_same_v<T, Device>)
        return {{&T::tableId, K::Table, Clear, false},
                {&T::groupId, K::StakeholderGroup, Clear, false},
                {&T::participantId, K::Participant, Clear, false}};
    else if constexpr (std::is_same_v<T, Cluster>)
        return {{&T::phaseId, K::Phase, Remove, true}};
    else if constexpr (std::is_same_v<T, Card>)
        return {{&T::phaseId, K::Phase, Remove, true},
                {&T::clusterId, K::Cluster, Clear, false},
                {&T::groupId, K::StakeholderGroup, Clear, false},
                {&T::tableId, K::Table, Clear, false},
                {&T::deviceId, K::Device, Clear, false}};
    else if constexpr (std::is_same_v<T, VoteSession>)
        return {{&T::phaseId, K::Phase, Remove, true}};
    else if constexpr (std::is_same_v<T, Dot>)
        return {{&T::sessionId, K::VoteSession, Remove, true},
                {&T::cardId, K::Card, Remove, false},
                {&T::clusterId, K::Cluster, Remove, false},
                {&T::voterId, K::Participant, Remove, false, true},
                {&T::deviceId, K::Device, Remove, false}};
    else if constexpr (std::is_same_v<T, Measure>)
        return {{&T::sourceClusterId, K::Cluster, Clear, false},
                {&T::sourceCardId, K::Card, Clear, false},
                {&T::subProjectId, K::SubProject, Clear, false}};
    else if constexpr (std::is_same_v<T, Criterion>)
        return {{&T::measureId, K::Measure, Remove, true}};
    else if constexpr (std::is_same_v<T, MeasureReview>)
        return {{&T::meetingId, K::ReviewMeeting, Remove, true},
                {&T::measureId, K::Measure, Remove, true}};
    else if constexpr (std::is_same_v<T, IndicatorValue>)
        return {{&T::criterionId, K::Criterion, Remove, true},
                {&T::meetingId, K::ReviewMeeting, Clear, false}};
    else
        return {};
}

template<class T>
std::optional<EntityKind> targetKind(const Reference<T> &ref, const T &entity,
                                     const Conference &conference)
{
    if constexpr (std::is_same_v<T, Dot>) {
        if (ref.isVoter) {
            const VoteSession *session = conference.find<VoteSession>(entity.sessionId);
            return session ? voterKind(session->voterUnit) : std::nullopt;
        }
    }
    return ref.target;
}

// Gives the messages below a translation context of their own (shared with validation.cpp).
class Problems
{
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

// The rules between entities, beyond single references. Each broken rule has a repair that
// leaves the broken link out: a card leaves the cluster of another phase; a dot that is not on
// exactly one item, or whose voter or device does not fit its session, is removed.
template<class T>
QString ruleProblem(const T &e, const Conference &conference)
{
    if constexpr (std::is_same_v<T, Card>) {
        const Cluster *cluster = conference.find<Cluster>(e.clusterId);
        if (cluster && cluster->phaseId != e.phaseId)
            return Problems::tr("card %1 is in a cluster of another phase").arg(e.id);
    } else if constexpr (std::is_same_v<T, Dot>) {
        if ((e.cardId == NoId) == (e.clusterId == NoId))
            return Problems::tr("dot %1 must be on exactly one card or cluster").arg(e.id);
        const VoteSession *session = conference.find<VoteSession>(e.sessionId);
        if (session && session->voterUnit == VoterUnit::Room && e.voterId != NoId)
            return Problems::tr("dot %1 names a voter in a session where the room votes").arg(e.id);
        if (session && session->voterUnit != VoterUnit::Room && e.voterId == NoId)
            return Problems::tr("dot %1 has no voter").arg(e.id);
        if (session && session->voterUnit != VoterUnit::Room && e.deviceId != NoId)
            return Problems::tr("dot %1 names a device in a session with voters").arg(e.id);
    }
    return {};
}

// The repair of a broken rule: true when the entity must go, else the entity is fixed in place.
template<class T>
bool repairRule(T &e, const Conference &conference)
{
    if constexpr (std::is_same_v<T, Card>) {
        e.clusterId = NoId;
        return false;
    }
    Q_UNUSED(conference);
    return true;
}

// Which ids exist, for the reference check of a whole conference: the ids of each kind in
// ascending order, so that memory follows the number of entities and never the size of an id.
// The check of a few changed entities asks the conference itself instead.
class ExistingIds
{
public:
    explicit ExistingIds(const Conference &conference) : m_conference(conference) {}

    void collectAll()
    {
        forEachEntityType([&]<class T>() {
            std::vector<Id> &ids = m_ids[int(kindOf<T>)];
            ids.reserve(size_t(m_conference.all<T>().size()));
            for (const T &entity : m_conference.all<T>())
                ids.push_back(entity.id);
        });
        m_collected = true;
    }

    bool contains(EntityKind kind, Id id) const
    {
        if (!m_collected)
            return m_conference.contains(kind, id);
        const std::vector<Id> &ids = m_ids[int(kind)];
        return std::binary_search(ids.begin(), ids.end(), id);
    }

private:
    const Conference &m_conference;
    bool m_collected = false;
    std::array<std::vector<Id>, EntityKindCount> m_ids;
};

// The problems of one entity: its values, each of its references, and the rules between it
// and others. Without `existing`, only its values.
template<class T>
void collectProblems(const T &entity, const Conference &conference, const ExistingIds *existing,
                     QStringList &problems)
{
    const QString value = valueProblem(AnyEntity(entity));
    if (!value.isEmpty())
        problems << value;
    if (!existing)
        return;
    for (const Reference<T> &ref : referencesOf<T>()) {
        const Id target = entity.*ref.field;
        const auto kind = targetKind(ref, entity, conference);
        if (target == NoId) {
            if (ref.required)
                problems << Problems::tr("%1 %2 refers to no %3")
                                .arg(kindName(kindOf<T>)).arg(entity.id).arg(kindName(ref.target));
        } else if (target < 0 || target > limits::MaxId) {
            problems << Problems::tr("%1 %2 refers to an id outside 1 to %3")
                            .arg(kindName(kindOf<T>)).arg(entity.id)
                            .arg(QLocale().toString(limits::MaxId));
        } else if (!kind || !existing->contains(*kind, target)) {
            problems << Problems::tr("%1 %2 refers to a missing %3 %4")
                            .arg(kindName(kindOf<T>)).arg(entity.id)
                            .arg(kindName(kind.value_or(ref.target))).arg(target);
        }
    }
    const QString rule = ruleProblem(entity, conference);
    if (!rule.isEmpty())
        problems << rule;
}

QStringList findProblems(const Conference &conference, int maxProblems, bool valuesOnly)
{
    QStringList problems;
    if (!conference.find<ConferenceInfo>(ConferenceInfo::SingletonId))
        problems << Problems::tr("the conference data are missing");
    std::optional<ExistingIds> existing;
    if (!valuesOnly)
        existing.emplace(conference).collectAll();
    forEachEntityType([&]<class T>() {
        for (const T &entity : conference.all<T>()) {
            if (problems.size() >= maxProblems)
                return;
            collectProblems(entity, conference, existing ? &*existing : nullptr, problems);
        }
    });
    if (problems.size() > maxProblems)
        problems.resize(maxProblems);
    return problems;
}

// Removes the roots and everything that depends on them, as removalWithDependents says. With
// repair, references to entities that do not exist count as removed too, and broken rules are
// repaired: the changes then make an inconsistent conference consistent.
ChangeSet removeAndRepair(const Conference &conference, const EntityIds &roots, bool repair)
{
    EntityIds removed = roots;
    ExistingIds existing(conference);
    if (repair)
        existing.collectAll();
    const auto gone = [&](EntityKind kind, Id target) {
        return removed.contains(kind, target) || (repair && !existing.contains(kind, target));
    };
    ChangeSet changes;
    // Kinds come in dependence order, so every parent's fate is known before its children.
    forEachEntityType([&]<class T>() {
        const auto refs = referencesOf<T>();
        for (const T &entity : conference.all<T>()) {
            if (removed.contains(kindOf<T>, entity.id)) {
                changes.remove(entity);
                continue;
            }
            T kept = entity;
            bool dies = false;
            for (const Reference<T> &ref : refs) {
                const Id target = entity.*ref.field;
                const auto kind = targetKind(ref, entity, conference);
                if (target == NoId) {
                    dies |= repair && ref.required;
                    continue;
                }
                // A voter without a kind (the room votes) is a broken rule, not a reference.
                if (!kind || !gone(*kind, target))
                    continue;
                if (ref.onRemove == OnRemove::RemoveChild)
                    dies = true;
                else
                    kept.*ref.field = NoId;
            }
            if (!dies && repair && !ruleProblem(kept, conference).isEmpty())
                dies = repairRule(kept, conference);
            if (dies) {
                removed.insert<T>(entity.id);
                changes.remove(entity);
            } else {
                changes.modify(entity, kept);
            }
        }
    });
    return changes;
}

} // namespace

bool EntityIds::isEmpty() const
{
    return std::all_of(m_ids.begin(), m_ids.end(), [](const QSet<Id> &s) { return s.isEmpty(); });
}

std::optional<EntityKind> voterKind(VoterUnit unit)
{
    switch (unit) {
    case VoterUnit::Participant: return EntityKind::Participant;
    case VoterUnit::Table: return EntityKind::Table;
    case VoterUnit::Group: return EntityKind::StakeholderGroup;
    case VoterUnit::Room: return std::nullopt;
    }
    return std::nullopt;
}

ChangeSet removalWithDependents(const Conference &conference, const EntityIds &roots)
{
    return removeAndRepair(conference, roots, false);
}

RemovalLoss lossOf(const ChangeSet &removal)
{
    RemovalLoss loss;
    for (const EntityChange &change : removal.changes()) {
        if (change.kind() == EntityKind::Dot && change.before && !change.after) {
            loss.dots += std::get<Dot>(*change.before).count;
        } else if (change.kind() == EntityKind::Measure && change.before && change.after) {
            const Measure &before = std::get<Measure>(*change.before);
            const Measure &after = std::get<Measure>(*change.after);
            if ((before.sourceClusterId != NoId && after.sourceClusterId == NoId)
                || (before.sourceCardId != NoId && after.sourceCardId == NoId))
                loss.measureTitles.append(before.title);
        }
    }
    return loss;
}

ChangeSet referenceRepair(const Conference &conference)
{
    return removeAndRepair(conference, EntityIds(), true);
}

QStringList findProblems(const Conference &conference, int maxProblems)
{
    return findProblems(conference, maxProblems, false);
}

QStringList findValueProblems(const Conference &conference, int maxProblems)
{
    return findProblems(conference, maxProblems, true);
}

QStringList findProblems(const Conference &conference, const ChangeSet &changes, int maxProblems)
{
    QStringList problems;
    if (!conference.find<ConferenceInfo>(ConferenceInfo::SingletonId))
        problems << Problems::tr("the conference data are missing");
    // What others check about an entity: that it exists, a session's voter unit (its dots'
    // voters) and a cluster's phase (its cards' phase).
    EntityIds changed;
    EntityIds watchedByOthers;
    for (const EntityChange &change : changes.changes()) {
        changed.insert(change.kind(), change.id());
        const bool watched = !change.after
            || (change.before && change.kind() == EntityKind::VoteSession
                && std::get<VoteSession>(*change.before).voterUnit
                    != std::get<VoteSession>(*change.after).voterUnit)
            || (change.before && change.kind() == EntityKind::Cluster
                && std::get<Cluster>(*change.before).phaseId
                    != std::get<Cluster>(*change.after).phaseId);
        if (watched)
            watchedByOthers.insert(change.kind(), change.id());
    }
    const ExistingIds existing(conference);
    forEachEntityType([&]<class T>() {
        // The changed entities themselves.
        for (const EntityChange &change : changes.changes()) {
            if (problems.size() >= maxProblems)
                return;
            if (change.kind() != kindOf<T>)
                continue;
            if (const T *entity = conference.find<T>(change.id()))
                collectProblems(*entity, conference, &existing, problems);
        }
        // The entities that refer to a watched one: one pass over the kind, and only when
        // something it refers to is watched.
        if (watchedByOthers.isEmpty() || referencesOf<T>().isEmpty())
            return;
        for (const T &entity : conference.all<T>()) {
            if (problems.size() >= maxProblems)
                return;
            if (changed.contains(kindOf<T>, entity.id))
                continue;
            for (const Reference<T> &ref : referencesOf<T>()) {
                const auto kind = targetKind(ref, entity, conference);
                if (entity.*ref.field != NoId && kind
                    && watchedByOthers.contains(*kind, entity.*ref.field)) {
                    collectProblems(entity, conference, &existing, problems);
                    break;
                }
            }
        }
    });
    if (problems.size() > maxProblems)
        problems.resize(maxProblems);
    return problems;
}

} // namespace weitblick
