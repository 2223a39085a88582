#include <catch2/catch.hpp>

#include "core/analysis/seating.h"
#include "core/commands/commands.h"
#include "core/model/newconference.h"
#include "testfiles.h"

#include <QSet>

#include <algorithm>

using namespace weitblick;

namespace {

// A new conference (six groups) with the given number of participants in each group, in the
// groups' order, then ungrouped ones, and the given number of tables.
Conference conferenceWith(const QList<int> &groupSizes, int ungrouped, int tableCount,
                          QList<Id> *tableIds)
{
    Conference conference = newConference();
    QList<Id> groups;
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>())
        groups.append(group.id);
    REQUIRE(groups.size() == 6);
    int n = 0;
    auto addParticipant = [&](Id groupId) {
        Participant participant;
        participant.id = conference.all<Participant>().nextId();
        participant.name = QStringLiteral("Person %1").arg(++n);
        participant.groupId = groupId;
        conference.all<Participant>().put(participant);
    };
    for (qsizetype g = 0; g < groupSizes.size(); ++g) {
        for (int i = 0; i < groupSizes.at(g); ++i)
            addParticipant(groups.at(g));
    }
    for (int i = 0; i < ungrouped; ++i)
        addParticipant(NoId);
    tableIds->clear();
    for (int t = 1; t <= tableCount; ++t) {
        Table table;
        table.id = conference.all<Table>().nextId();
        table.number = t;
        table.name = QStringLiteral("Tisch %1").arg(t);
        conference.all<Table>().put(table);
        tableIds->append(table.id);
    }
    return conference;
}

// The max-mix property, computed here independently of seating::isMaxMix: table sizes differ
// by at most one, and each group's count at each table differs by less than one from its fair
// share (group size / table count).
void checkMaxMix(const Conference &conference, const QHash<Id, Id> &seating,
                 const QList<Id> &tableIds)
{
    const double tables = tableIds.size();
    REQUIRE(seating.size() == conference.all<Participant>().size());
    QHash<Id, int> size;
    QHash<Id, int> groupSize;
    QHash<QPair<Id, Id>, int> atTable; // (group, table) -> count
    for (const Participant &participant : conference.all<Participant>()) {
        REQUIRE(seating.contains(participant.id));
        const Id table = seating.value(participant.id);
        REQUIRE(tableIds.contains(table));
        ++size[table];
        ++groupSize[participant.groupId];
        ++atTable[qMakePair(participant.groupId, table)];
    }
    int smallest = INT_MAX;
    int largest = 0;
    for (const Id table : tableIds) {
        smallest = std::min(smallest, size.value(table));
        largest = std::max(largest, size.value(table));
    }
    CHECK(largest - smallest <= 1);
    for (auto group = groupSize.cbegin(); group != groupSize.cend(); ++group) {
        const double fairShare = group.value() / tables;
        for (const Id table : tableIds) {
            const int count = atTable.value(qMakePair(group.key(), table));
            INFO("group " << group.key() << " table " << table << " count " << count
                          << " fair share " << fairShare);
            CHECK(std::abs(count - fairShare) < 1.0);
        }
    }
}

} // namespace

TEST_CASE("Max-mix seating for 64 participants at 8 tables", "[seating]")
{
    QList<Id> tables;
    const Conference conference = conferenceWith({18, 14, 11, 9, 7, 5}, 0, 8, &tables);
    for (quint32 seed = 1; seed <= 25; ++seed) {
        const QHash<Id, Id> seating = seating::maxMix(conference, tables, seed);
        checkMaxMix(conference, seating, tables);
        CHECK(seating::isMaxMix(conference, seating, tables));
    }
}

TEST_CASE("Max-mix seating for 70 participants at 6 tables", "[seating]")
{
    QList<Id> tables;
    const Conference conference = conferenceWith({20, 15, 12, 10, 8, 5}, 0, 6, &tables);
    for (quint32 seed = 1; seed <= 25; ++seed) {
        const QHash<Id, Id> seating = seating::maxMix(conference, tables, seed);
        checkMaxMix(conference, seating, tables);
        CHECK(seating::isMaxMix(conference, seating, tables));
    }
}

TEST_CASE("Max-mix seating for 13 participants at 4 tables", "[seating]")
{
    QList<Id> tables;
    const Conference conference = conferenceWith({4, 3, 2, 2, 1, 1}, 0, 4, &tables);
    for (quint32 seed = 1; seed <= 25; ++seed) {
        const QHash<Id, Id> seating = seating::maxMix(conference, tables, seed);
        checkMaxMix(conference, seating, tables);
        CHECK(seating::isMaxMix(conference, seating, tables));
    }
}

TEST_CASE("Max-mix seating treats participants without a group as a group", "[seating]")
{
    QList<Id> tables;
    const Conference conference = conferenceWith({9, 0, 5, 3, 7, 2}, 6, 5, &tables);
    for (quint32 seed = 1; seed <= 25; ++seed) {
        const QHash<Id, Id> seating = seating::maxMix(conference, tables, seed);
        checkMaxMix(conference, seating, tables);
        CHECK(seating::isMaxMix(conference, seating, tables));
    }
}

TEST_CASE("Max-mix seating is deterministic for a seed", "[seating]")
{
    QList<Id> tables;
    const Conference conference = conferenceWith({18, 14, 11, 9, 7, 5}, 0, 8, &tables);
    CHECK(seating::maxMix(conference, tables, 7) == seating::maxMix(conference, tables, 7));
    CHECK(seating::maxMix(conference, tables) == seating::maxMix(conference, tables, 1));
    int differing = 0;
    for (quint32 seed = 2; seed <= 6; ++seed) {
        if (seating::maxMix(conference, tables, seed) != seating::maxMix(conference, tables, 1))
            ++differing;
    }
    CHECK(differing == 5); // other seeds give other plans

    // No tables: nobody is seated. No participants: an empty plan that is trivially mixed.
    CHECK(seating::maxMix(conference, {}, 1).isEmpty());
    const Conference empty = conferenceWith({}, 0, 3, &tables);
    CHECK(seating::maxMix(empty, tables, 1).isEmpty());
    CHECK(seating::isMaxMix(empty, {}, tables));
}

TEST_CASE("isMaxMix rejects unbalanced and incomplete seatings", "[seating]")
{
    QList<Id> tables;
    const Conference conference = conferenceWith({4, 3, 2, 2, 1, 1}, 0, 4, &tables);
    QHash<Id, Id> seating = seating::maxMix(conference, tables, 3);
    REQUIRE(seating::isMaxMix(conference, seating, tables));

    // Someone left out, or at a table not in the list.
    QHash<Id, Id> missing = seating;
    missing.remove(missing.cbegin().key());
    CHECK_FALSE(seating::isMaxMix(conference, missing, tables));
    QHash<Id, Id> elsewhere = seating;
    elsewhere[elsewhere.cbegin().key()] = 999;
    CHECK_FALSE(seating::isMaxMix(conference, elsewhere, tables));

    // Everyone at the first table.
    QHash<Id, Id> crowded;
    for (const Participant &participant : conference.all<Participant>())
        crowded.insert(participant.id, tables.first());
    CHECK_FALSE(seating::isMaxMix(conference, crowded, tables));

    // Balanced table sizes, but two of the first group's four at one table: 4/4 = 1 each.
    const QHash<Id, Id> grouped = seating::byGroup(conference, tables);
    CHECK_FALSE(seating::isMaxMix(conference, grouped, tables));
}

TEST_CASE("Seating by group keeps groups together", "[seating]")
{
    SECTION("More tables than groups: one group per table")
    {
        QList<Id> tables;
        const Conference conference = conferenceWith({18, 14, 11, 9, 7, 5}, 0, 8, &tables);
        const QHash<Id, Id> seating = seating::byGroup(conference, tables);
        REQUIRE(seating.size() == 64);
        QHash<Id, QSet<Id>> groupsAtTable;
        QHash<Id, QList<qsizetype>> tablesOfGroup;
        QHash<Id, int> size;
        for (const Participant &participant : conference.all<Participant>()) {
            const Id table = seating.value(participant.id);
            REQUIRE(tables.contains(table));
            groupsAtTable[table].insert(participant.groupId);
            if (!tablesOfGroup[participant.groupId].contains(tables.indexOf(table)))
                tablesOfGroup[participant.groupId].append(tables.indexOf(table));
            ++size[table];
        }
        for (const Id table : tables)
            CHECK(groupsAtTable.value(table).size() == 1); // every table used, one group each
        // The two largest groups get a second table; the tables of a group are adjacent.
        for (auto it = tablesOfGroup.begin(); it != tablesOfGroup.end(); ++it) {
            std::sort(it->begin(), it->end());
            CHECK(it->last() - it->first() == it->size() - 1);
        }
        CHECK(tablesOfGroup.value(1).size() == 2); // 18 people
        CHECK(tablesOfGroup.value(2).size() == 2); // 14 people
        CHECK(tablesOfGroup.value(6).size() == 1); // 5 people
        CHECK(*std::max_element(size.cbegin(), size.cend()) == 11);
    }

    SECTION("Fewer tables than groups: groups fill equal tables in order")
    {
        QList<Id> tables;
        const Conference conference = conferenceWith({4, 3, 2, 2, 1, 1}, 0, 4, &tables);
        const QHash<Id, Id> seating = seating::byGroup(conference, tables);
        REQUIRE(seating.size() == 13);
        QHash<Id, int> size;
        QHash<Id, QSet<Id>> tablesOfGroup;
        for (const Participant &participant : conference.all<Participant>()) {
            ++size[seating.value(participant.id)];
            tablesOfGroup[participant.groupId].insert(seating.value(participant.id));
        }
        CHECK(size.value(tables.at(0)) == 4);
        CHECK(size.value(tables.at(1)) == 3);
        CHECK(size.value(tables.at(2)) == 3);
        CHECK(size.value(tables.at(3)) == 3);
        CHECK(tablesOfGroup.value(1) == QSet<Id>{tables.at(0)}); // the four of the first group
        for (auto it = tablesOfGroup.cbegin(); it != tablesOfGroup.cend(); ++it)
            CHECK(it->size() <= 2);
    }

    SECTION("No tables")
    {
        QList<Id> tables;
        const Conference conference = conferenceWith({4, 3}, 0, 0, &tables);
        CHECK(seating::byGroup(conference, tables).isEmpty());
    }
}

TEST_CASE("A max-mix seating applied through the document is one undo step", "[seating]")
{
    QList<Id> tables;
    test::TempDir dir;
    QString error;
    auto document = ConferenceDocument::create(
        dir.path(QStringLiteral("c.weitblick")),
        conferenceWith({18, 14, 11, 9, 7, 5}, 0, 8, &tables), &error);
    REQUIRE(document);
    const Conference before = document->conference();
    REQUIRE(commands::assignSeats(document.get(), seating::maxMix(before, tables, 4)));
    QHash<Id, Id> seated;
    for (const Participant &participant : document->conference().all<Participant>())
        seated.insert(participant.id, participant.tableId);
    CHECK(seating::isMaxMix(document->conference(), seated, tables));
    CHECK(document->undoStack()->count() == 1);
    document->undoStack()->undo();
    CHECK(document->conference() == before);
}
