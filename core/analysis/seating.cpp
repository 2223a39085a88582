#include "seating.h"

#include <QCollator>
#include <QRandomGenerator>

#include <algorithm>
#include <map>

namespace weitblick::seating {

namespace {

// The participants by group, groups in their order (participants without a group, or with a
// group that no longer exists, last), each group's participants by name.
QList<QList<Id>> participantsByGroup(const Conference &conference)
{
    std::map<Id, QList<const Participant *>> members;
    for (const Participant &participant : conference.all<Participant>())
        members[participant.groupId].append(&participant);

    QList<Id> groupOrder;
    for (const auto &entry : members)
        groupOrder.append(entry.first);
    auto rank = [&conference](Id groupId) {
        const StakeholderGroup *group = conference.find<StakeholderGroup>(groupId);
        return group ? std::pair<int, Id>(0, group->order) : std::pair<int, Id>(1, groupId);
    };
    std::stable_sort(groupOrder.begin(), groupOrder.end(),
                     [&rank](Id a, Id b) { return rank(a) < rank(b); });

    QCollator collator;
    collator.setNumericMode(true);
    QList<QList<Id>> result;
    for (const Id groupId : groupOrder) {
        QList<const Participant *> list = members[groupId];
        std::stable_sort(list.begin(), list.end(),
                         [&collator](const Participant *a, const Participant *b) {
                             const int byName = collator.compare(a->name, b->name);
                             return byName != 0 ? byName < 0 : a->id < b->id;
                         });
        QList<Id> ids;
        for (const Participant *participant : list)
            ids.append(participant->id);
        result.append(ids);
    }
    return result;
}

// Fisher-Yates with our own draws, so that a seed gives the same plan with any standard
// library (std::shuffle's algorithm is not specified).
template<class T>
void shuffle(QList<T> &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
}

} // namespace

QHash<Id, Id> maxMix(const Conference &conference, const QList<Id> &tableIds, quint32 seed)
{
    QHash<Id, Id> seating;
    if (tableIds.isEmpty())
        return seating;
    QRandomGenerator random(seed);
    QList<Id> tables = tableIds;
    shuffle(tables, random);

    // Dealing the participants group after group round the tables, like cards, continuing at
    // the table where the previous group stopped: a run of n consecutive seats round T tables
    // gives every table n / T of them rounded down or up. That holds for each group's run and
    // for the whole deal, so both the groups and the table sizes come out balanced.
    qsizetype seat = 0;
    QList<QList<Id>> groups = participantsByGroup(conference);
    shuffle(groups, random);
    for (QList<Id> &members : groups) {
        shuffle(members, random);
        for (const Id participantId : members)
            seating.insert(participantId, tables.at(seat++ % tables.size()));
    }
    return seating;
}

QHash<Id, Id> byGroup(const Conference &conference, const QList<Id> &tableIds)
{
    QHash<Id, Id> seating;
    if (tableIds.isEmpty())
        return seating;
    const QList<QList<Id>> groups = participantsByGroup(conference);
    const qsizetype tableCount = tableIds.size();

    if (tableCount < groups.size()) {
        // Too few tables for one group each: the groups in order fill equal tables in turn.
        QList<Id> everyone;
        for (const QList<Id> &members : groups)
            everyone.append(members);
        const qsizetype base = everyone.size() / tableCount;
        const qsizetype extra = everyone.size() % tableCount;
        qsizetype next = 0;
        for (qsizetype t = 0; t < tableCount; ++t) {
            const qsizetype size = base + (t < extra ? 1 : 0);
            for (qsizetype k = 0; k < size; ++k)
                seating.insert(everyone.at(next++), tableIds.at(t));
        }
        return seating;
    }

    // One table for each group, then every further table to the group with the most people
    // per table, which keeps the largest table as small as it can be.
    QList<qsizetype> tablesOfGroup(groups.size(), 1);
    for (qsizetype spare = tableCount - groups.size(); spare > 0; --spare) {
        qsizetype best = 0;
        for (qsizetype g = 1; g < groups.size(); ++g) {
            // a/b > c/d without division: a*d > c*b
            if (groups.at(g).size() * tablesOfGroup.at(best)
                > groups.at(best).size() * tablesOfGroup.at(g))
                best = g;
        }
        ++tablesOfGroup[best];
    }
    qsizetype firstTable = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QList<Id> &members = groups.at(g);
        const qsizetype count = tablesOfGroup.at(g);
        const qsizetype base = members.size() / count;
        const qsizetype extra = members.size() % count;
        qsizetype next = 0;
        for (qsizetype t = 0; t < count; ++t) {
            const qsizetype size = base + (t < extra ? 1 : 0);
            for (qsizetype k = 0; k < size; ++k)
                seating.insert(members.at(next++), tableIds.at(firstTable + t));
        }
        firstTable += count;
    }
    return seating;
}

bool isMaxMix(const Conference &conference, const QHash<Id, Id> &tableOfParticipant,
              const QList<Id> &tableIds)
{
    const int participantCount = conference.all<Participant>().size();
    const qsizetype tableCount = tableIds.size();
    if (tableCount == 0)
        return participantCount == 0;

    QHash<Id, qsizetype> tableIndex;
    for (qsizetype t = 0; t < tableCount; ++t)
        tableIndex.insert(tableIds.at(t), t);

    QHash<Id, int> groupSize;
    QHash<Id, QList<int>> groupAtTable; // per group, its count at each table
    QList<int> tableSize(tableCount, 0);
    for (const Participant &participant : conference.all<Participant>()) {
        const auto seat = tableOfParticipant.constFind(participant.id);
        if (seat == tableOfParticipant.cend() || !tableIndex.contains(*seat))
            return false;
        const qsizetype t = tableIndex.value(*seat);
        ++tableSize[t];
        ++groupSize[participant.groupId];
        QList<int> &counts = groupAtTable[participant.groupId];
        if (counts.isEmpty())
            counts.resize(tableCount, 0);
        ++counts[t];
    }

    // n people over T tables: n / T rounded down or up at each.
    auto balanced = [tableCount](const QList<int> &counts, int total) {
        const int low = int(total / tableCount);
        const int high = low + (total % tableCount ? 1 : 0);
        return std::all_of(counts.cbegin(), counts.cend(),
                           [low, high](int n) { return n >= low && n <= high; });
    };
    if (!balanced(tableSize, participantCount))
        return false;
    for (auto it = groupAtTable.cbegin(); it != groupAtTable.cend(); ++it) {
        if (!balanced(it.value(), groupSize.value(it.key())))
            return false;
    }
    return true;
}

} // namespace weitblick::seating
