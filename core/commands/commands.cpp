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
    EntityIds ids;
    ids.insert<StakeholderGroup>(groupId);
    return remove(document, ids, Commands::tr("Delete stakeholder group"));
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
    EntityIds ids;
    ids.insert<Measure>(measureId);
    return remove(document, ids, Commands::tr("Delete measure"));
}

} // namespace weitblick::commands
