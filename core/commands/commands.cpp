#include "commands.h"

namespace weitblick::commands {

bool push(ConferenceDocument *document, const QString &text, const ChangeSet &changes,
          MergeId mergeId)
{
    if (document->isReadOnly())
        return false;
    if (changes.isEmpty())
        return true;
    auto *command = new ChangeCommand(document, text, changes, mergeId);
    document->undoStack()->push(command);
    // A failed write turns the document read-only (and the stack drops the command).
    return !document->isReadOnly();
}

bool remove(ConferenceDocument *document, const EntityIds &ids, const QString &text)
{
    return push(document, text, removalWithDependents(document->conference(), ids));
}

// --- Phases ------------------------------------------------------------------------------

QList<Phase> orderedPhases(const Conference &conference)
{
    QList<Phase> phases(conference.all<Phase>().begin(), conference.all<Phase>().end());
    std::stable_sort(phases.begin(), phases.end(),
                     [](const Phase &a, const Phase &b) { return a.order < b.order; });
    return phases;
}

Id addPhase(ConferenceDocument *document, Phase phase)
{
    const QList<Phase> phases = orderedPhases(document->conference());
    phase.order = phases.isEmpty() ? 0 : phases.constLast().order + 1;
    return add(document, phase, Commands::tr("Add phase"));
}

bool editPhase(ConferenceDocument *document, const Phase &phase)
{
    return edit(document, phase, Commands::tr("Edit phase"));
}

bool movePhase(ConferenceDocument *document, Id phaseId, int newIndex)
{
    QList<Phase> phases = orderedPhases(document->conference());
    const auto from = std::find_if(phases.begin(), phases.end(),
                                   [&](const Phase &p) { return p.id == phaseId; });
    if (from == phases.end() || newIndex < 0 || newIndex >= phases.size())
        return false;
    const Phase moving = *from;
    phases.erase(from);
    phases.insert(newIndex, moving);
    // Renumber all, so that the order stays dense and unambiguous.
    ChangeSet changes;
    for (int i = 0; i < phases.size(); ++i) {
        Phase after = phases.at(i);
        after.order = i;
        changes.modify(*document->conference().find<Phase>(after.id), after);
    }
    return push(document, Commands::tr("Move phase"), changes);
}

bool setTimer(ConferenceDocument *document, const Phase &phase)
{
    return edit(document, phase, Commands::tr("Phase timer"));
}

bool removePhase(ConferenceDocument *document, Id phaseId)
{
    return removeOne<Phase>(document, phaseId, Commands::tr("Delete phase"));
}

// --- Tables ------------------------------------------------------------------------------

Id addTable(ConferenceDocument *document, const Table &table)
{
    return add(document, table, Commands::tr("Add table"));
}

bool editTable(ConferenceDocument *document, const Table &table)
{
    return edit(document, table, Commands::tr("Edit table"));
}

bool removeTable(ConferenceDocument *document, Id tableId)
{
    return removeOne<Table>(document, tableId, Commands::tr("Delete table"));
}

bool assignSeats(ConferenceDocument *document, const QHash<Id, Id> &tableOfParticipant)
{
    const Conference &conference = document->conference();
    ChangeSet changes;
    for (auto it = tableOfParticipant.cbegin(); it != tableOfParticipant.cend(); ++it) {
        const Participant *participant = conference.find<Participant>(it.key());
        if (!participant || (it.value() != NoId && !conference.find<Table>(it.value())))
            continue;
        Participant after = *participant;
        after.tableId = it.value();
        changes.modify(*participant, after);
    }
    return push(document, Commands::tr("Seat participants"), changes);
}

// --- Set-up and measures -----------------------------------------------------------------

bool editConferenceInfo(ConferenceDocument *document, const ConferenceInfo &info)
{
    return edit(document, info, Commands::tr("Edit conference data"));
}

Id addParticipant(ConferenceDocument *document, const Participant &participant)
{
    return add(document, participant, Commands::tr("Add participant"));
}

bool editParticipant(ConferenceDocument *document, const Participant &participant)
{
    return edit(document, participant, Commands::tr("Edit participant"));
}

bool removeParticipants(ConferenceDocument *document, const QList<Id> &participantIds)
{
    EntityIds ids;
    for (Id id : participantIds)
        ids.insert<Participant>(id);
    return remove(document, ids, Commands::tr("Delete %n participant(s)", nullptr,
                                              int(participantIds.size())));
}

Id addGroup(ConferenceDocument *document, const StakeholderGroup &group)
{
    return add(document, group, Commands::tr("Add stakeholder group"));
}

bool editGroup(ConferenceDocument *document, const StakeholderGroup &group)
{
    return edit(document, group, Commands::tr("Edit stakeholder group"));
}

bool removeGroup(ConferenceDocument *document, Id groupId)
{
    return removeOne<StakeholderGroup>(document, groupId, Commands::tr("Delete stakeholder group"));
}

Id addMeasure(ConferenceDocument *document, const Measure &measure)
{
    return add(document, measure, Commands::tr("Add measure"));
}

bool editMeasure(ConferenceDocument *document, const Measure &measure)
{
    return edit(document, measure, Commands::tr("Edit measure"));
}

bool removeMeasure(ConferenceDocument *document, Id measureId)
{
    return removeOne<Measure>(document, measureId, Commands::tr("Delete measure"));
}

} // namespace weitblick::commands
