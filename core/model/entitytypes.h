#pragma once

#include "card.h"
#include "cluster.h"
#include "conferenceinfo.h"
#include "criterion.h"
#include "device.h"
#include "dot.h"
#include "indicatorvalue.h"
#include "measure.h"
#include "measurereview.h"
#include "participant.h"
#include "phase.h"
#include "reviewmeeting.h"
#include "stakeholdergroup.h"
#include "subproject.h"
#include "table.h"
#include "votesession.h"

#include <optional>
#include <type_traits>
#include <variant>

namespace weitblick {

// Every kind of entity a conference file holds. The order is the order of dependence:
// an entity only refers to kinds listed before it.
enum class EntityKind {
    ConferenceInfo,
    StakeholderGroup,
    Table,
    Phase,
    SubProject,
    Participant,
    Device,
    Cluster,
    Card,
    VoteSession,
    Dot,
    Measure,
    Criterion,
    ReviewMeeting,
    MeasureReview,
    IndicatorValue,
};
constexpr int EntityKindCount = 16;

// The same list as types, in the same order, so that generic code (storage, undo, checks)
// is written once for all of them.
using AnyEntity = std::variant<ConferenceInfo, StakeholderGroup, Table, Phase, SubProject,
                               Participant, Device, Cluster, Card, VoteSession, Dot, Measure,
                               Criterion, ReviewMeeting, MeasureReview, IndicatorValue>;
static_assert(std::variant_size_v<AnyEntity> == EntityKindCount);

template<class T, class Variant = AnyEntity>
struct IndexInVariant;
template<class T, class... Ts>
struct IndexInVariant<T, std::variant<Ts...>>
{
    static constexpr int value = [] {
        int index = 0;
        ((std::is_same_v<T, Ts> ? false : (++index, true)) && ...);
        return index;
    }();
};

template<class T>
constexpr EntityKind kindOf = EntityKind(IndexInVariant<T>::value);

inline EntityKind entityKind(const AnyEntity &entity)
{
    return EntityKind(entity.index());
}

inline Id idOf(const AnyEntity &entity)
{
    return std::visit([](const auto &e) { return e.id; }, entity);
}

// The phase whose wall shows a card or cluster; none for the other entities.
inline std::optional<Id> wallOf(const AnyEntity &entity)
{
    if (const Card *card = std::get_if<Card>(&entity))
        return card->phaseId;
    if (const Cluster *cluster = std::get_if<Cluster>(&entity))
        return cluster->phaseId;
    return std::nullopt;
}

// Calls f.template operator()<T>() for every entity type, in dependence order.
template<class F>
void forEachEntityType(F &&f)
{
    [&]<class... Ts>(std::variant<Ts...> *) {
        (f.template operator()<Ts>(), ...);
    }(static_cast<AnyEntity *>(nullptr));
}

} // namespace weitblick
