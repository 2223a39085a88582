#pragma once

#include "core/model/conference.h"

#include <QHash>
#include <QList>

// Seating plans: which participant sits at which table.
namespace weitblick::seating {

// "Max-mix": every table gets each group's fair share (group size / table count) rounded down
// or up, so at every table each group's count differs by less than one from its fair share; and
// table sizes differ by at most one. Participants without a group count as a group of their
// own. Deterministic for a seed. Maps every participant to one of tableIds (empty when
// tableIds is empty).
QHash<Id, Id> maxMix(const Conference &conference, const QList<Id> &tableIds, quint32 seed = 1);

// Everyone of a group at the same table(s): groups fill tables in order, large groups spread
// over several tables. With at least as many tables as groups every table holds one group and
// each group gets tables in proportion to its size (its members split evenly over them); with
// fewer tables the groups, in order, fill tables of equal size one after the other.
QHash<Id, Id> byGroup(const Conference &conference, const QList<Id> &tableIds);

// True when the seating has the max-mix property (used by tests and shown to the moderator):
// every participant sits at one of tableIds, table sizes differ by at most one, and at every
// table each group's count is its fair share rounded down or up.
bool isMaxMix(const Conference &conference, const QHash<Id, Id> &tableOfParticipant,
              const QList<Id> &tableIds);

} // namespace weitblick::seating
