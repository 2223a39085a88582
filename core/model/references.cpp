#include "references.h"

#include <QCoreApplication>

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
    else if constexpr (std::is_same_v<T, Cluster>)
        return {{&T::phaseId, K::Phase, Remove, true}};
    else if constexpr (std::is_same_v<T, Card>)
        return {{&T::phaseId, K::Phase, Remove, true},
                {&T::clusterId, K::Cluster, Clear, false},
                {&T::groupId, K::StakeholderGroup, Clear, false},
                {&T::tableId, K::Table, Clear, false}};
    else if constexpr (std::is_same_v<T, VoteSession>)
        return {{&T::phaseId, K::Phase, Remove, true}};
    else if constexpr (std::is_same_v<T, Dot>)
        return {{&T::sessionId, K::VoteSession, Remove, true},
                {&T::cardId, K::Card, Remove, false},
                {&T::clusterId, K::Cluster, Remove, false},
                {&T::voterId, K::Participant, Remove, false, true}};
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

// Gives the messages below a translation context of their own.
class Problems
{
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

QString kindName(EntityKind kind)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Problems", "conference"),   QT_TRANSLATE_NOOP("Problems", "stakeholder group"),
        QT_TRANSLATE_NOOP("Problems", "table"),        QT_TRANSLATE_NOOP("Problems", "phase"),
        QT_TRANSLATE_NOOP("Problems", "sub-project"),  QT_TRANSLATE_NOOP("Problems", "participant"),
        QT_TRANSLATE_NOOP("Problems", "cluster"),      QT_TRANSLATE_NOOP("Problems", "card"),
        QT_TRANSLATE_NOOP("Problems", "vote session"), QT_TRANSLATE_NOOP("Problems", "dot"),
        QT_TRANSLATE_NOOP("Problems", "measure"),      QT_TRANSLATE_NOOP("Problems", "criterion"),
        QT_TRANSLATE_NOOP("Problems", "review meeting"),
        QT_TRANSLATE_NOOP("Problems", "measure review"),
        QT_TRANSLATE_NOOP("Problems", "indicator value")};
    static_assert(std::size(names) == EntityKindCount);
    return Problems::tr(names[int(kind)]);
}

// Checks of single values, beyond references.
template<class T>
QString valueProblem(const T &e, const Conference &conference)
{
    if constexpr (std::is_same_v<T, Card>) {
        if (e.text.size() > Card::MaxTextLength)
            return Problems::tr("card %1 has more than %2 characters").arg(e.id).arg(Card::MaxTextLength);
        const Cluster *cluster = conference.find<Cluster>(e.clusterId);
        if (cluster && cluster->phaseId != e.phaseId)
            return Problems::tr("card %1 is in a cluster of another phase").arg(e.id);
    } else if constexpr (std::is_same_v<T, Dot>) {
        if ((e.cardId == NoId) == (e.clusterId == NoId))
            return Problems::tr("dot %1 must be on exactly one card or cluster").arg(e.id);
        if (e.count < 1)
            return Problems::tr("dot %1 has a count below one").arg(e.id);
        const VoteSession *session = conference.find<VoteSession>(e.sessionId);
        if (session && session->voterUnit == VoterUnit::Room && e.voterId != NoId)
            return Problems::tr("dot %1 names a voter in a session where the room votes").arg(e.id);
        if (session && session->voterUnit != VoterUnit::Room && e.voterId == NoId)
            return Problems::tr("dot %1 has no voter").arg(e.id);
    } else if constexpr (std::is_same_v<T, Measure>) {
        if (e.progress < 0 || e.progress > 100)
            return Problems::tr("measure %1 has a progress outside 0–100 %").arg(e.id);
    } else if constexpr (std::is_same_v<T, MeasureReview>) {
        if (e.progress < 0 || e.progress > 100)
            return Problems::tr("measure review %1 has a progress outside 0–100 %").arg(e.id);
    } else if constexpr (std::is_same_v<T, ReviewMeeting>) {
        if (!e.date.isValid())
            return Problems::tr("review meeting %1 has no date").arg(e.id);
    } else if constexpr (std::is_same_v<T, IndicatorValue>) {
        if (!e.date.isValid())
            return Problems::tr("indicator value %1 has no date").arg(e.id);
    } else if constexpr (std::is_same_v<T, VoteSession>) {
        if (e.dotsPerVoter < 0 || e.capPerItem < 0)
            return Problems::tr("vote session %1 has a negative number of dots").arg(e.id);
    }
    return {};
}

// Which ids exist, for the reference check: a bit per id where ids are dense (they always are
// in files Weitblick writes), the conference's own lookup where a file has far-flung ids.
class ExistingIds
{
public:
    explicit ExistingIds(const Conference &conference) : m_conference(conference)
    {
        forEachEntityType([&]<class T>() {
            const EntityMap<T> &all = conference.all<T>();
            const Id end = all.nextId();
            if (end > 8 * Id(all.size()) + 1024)
                return;
            std::vector<bool> &bits = m_bits[int(kindOf<T>)];
            bits.assign(size_t(end), false);
            for (const T &entity : all)
                bits[size_t(entity.id)] = true;
        });
    }

    bool contains(EntityKind kind, Id id) const
    {
        const std::vector<bool> &bits = m_bits[int(kind)];
        if (bits.empty())
            return m_conference.contains(kind, id);
        return id > 0 && size_t(id) < bits.size() && bits[size_t(id)];
    }

private:
    const Conference &m_conference;
    std::array<std::vector<bool>, EntityKindCount> m_bits;
};

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
    EntityIds removed = roots;
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
                if (target == NoId || !kind || !removed.contains(*kind, target))
                    continue;
                if (ref.onRemove == OnRemove::RemoveChild)
                    dies = true;
                else
                    kept.*ref.field = NoId;
            }
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

QStringList findProblems(const Conference &conference, int maxProblems)
{
    QStringList problems;
    if (!conference.find<ConferenceInfo>(ConferenceInfo::SingletonId))
        problems << Problems::tr("the conference data are missing");
    const ExistingIds existing(conference);
    forEachEntityType([&]<class T>() {
        const auto refs = referencesOf<T>();
        for (const T &entity : conference.all<T>()) {
            if (problems.size() >= maxProblems)
                return;
            for (const Reference<T> &ref : refs) {
                const Id target = entity.*ref.field;
                const auto kind = targetKind(ref, entity, conference);
                if (target == NoId) {
                    if (ref.required)
                        problems << Problems::tr("%1 %2 refers to no %3")
                                        .arg(kindName(kindOf<T>)).arg(entity.id)
                                        .arg(kindName(ref.target));
                } else if (!kind || !existing.contains(*kind, target)) {
                    problems << Problems::tr("%1 %2 refers to a missing %3 %4")
                                    .arg(kindName(kindOf<T>)).arg(entity.id)
                                    .arg(kindName(kind.value_or(ref.target))).arg(target);
                }
            }
            const QString problem = valueProblem(entity, conference);
            if (!problem.isEmpty())
                problems << problem;
        }
    });
    return problems;
}

} // namespace weitblick
