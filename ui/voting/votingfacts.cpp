#include "votingfacts.h"

#include <algorithm>

namespace weitblick {

QList<VotingFacts::Voter> VotingFacts::voters(const Conference &conference, VoterUnit unit)
{
    QList<Voter> result;
    switch (unit) {
    case VoterUnit::Participant:
        for (const Participant &participant : conference.all<Participant>())
            result.append({participant.id, participant.name});
        std::stable_sort(result.begin(), result.end(), [](const Voter &a, const Voter &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
        break;
    case VoterUnit::Table: {
        QList<Table> tables;
        for (const Table &table : conference.all<Table>())
            tables.append(table);
        std::stable_sort(tables.begin(), tables.end(),
                         [](const Table &a, const Table &b) { return a.number < b.number; });
        for (const Table &table : tables) {
            result.append({table.id, table.name.isEmpty()
                                         ? tr("Table %1").arg(table.number)
                                         : tr("Table %1: %2").arg(table.number).arg(table.name)});
        }
        break;
    }
    case VoterUnit::Group: {
        QList<StakeholderGroup> groups;
        for (const StakeholderGroup &group : conference.all<StakeholderGroup>())
            groups.append(group);
        std::stable_sort(groups.begin(), groups.end(),
                         [](const StakeholderGroup &a, const StakeholderGroup &b) {
                             return a.order < b.order;
                         });
        for (const StakeholderGroup &group : groups)
            result.append({group.id, group.name});
        break;
    }
    case VoterUnit::Room:
        break;
    }
    return result;
}

int VotingFacts::voterCount(const Conference &conference, VoterUnit unit)
{
    return unit == VoterUnit::Room ? 1 : int(voters(conference, unit).size());
}

QString VotingFacts::noVotersYet(VoterUnit unit)
{
    switch (unit) {
    case VoterUnit::Participant:
        return tr("There are no participants yet: add them on the Participants page, or let "
                  "the room vote anonymously.");
    case VoterUnit::Table:
        return tr("There are no tables yet: create them in the table plan, or let the room "
                  "vote anonymously.");
    case VoterUnit::Group:
        return tr("There are no stakeholder groups yet: add them under Conference › "
                  "Stakeholder groups, or let the room vote anonymously.");
    case VoterUnit::Room:
        break;
    }
    return {};
}

QList<VoteSession> VotingFacts::sessionsOf(const Conference &conference, Id phaseId)
{
    QList<VoteSession> result;
    for (const VoteSession &session : conference.all<VoteSession>()) {
        if (session.phaseId == phaseId)
            result.append(session);
    }
    return result;
}

QString VotingFacts::unitName(VoterUnit unit)
{
    switch (unit) {
    case VoterUnit::Participant:
        return tr("Each participant");
    case VoterUnit::Table:
        return tr("Each table");
    case VoterUnit::Group:
        return tr("Each stakeholder group");
    case VoterUnit::Room:
        return tr("The room, anonymously");
    }
    return {};
}

} // namespace weitblick
