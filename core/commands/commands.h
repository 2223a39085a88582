#pragma once

// The facade through which widgets edit a conference. Each function makes one undo step,
// writes it to the file, and returns whether it was made (false when the document is
// read-only, the change breaks a rule of the file, or the write failed; the document reports
// why through editRefused() or writeFailed()).
//
// Every undo step is one ChangeCommand (changecommand.h), pushed by commands::push() below.
// The edits that follow rules of their own live beside those rules, in the same style:
//
//   core/commands/commands.h          cards, clusters, dots, phases and their timers, tables,
//                                     participants, groups, measures and the follow-up (here)
//   core/wall/wallcommands.h          the wall: drops, clusters, arranging, colours, forms and
//                                     timeline years (commands::placeCards, groupCards, ...)
//   core/voting/tallycommands.h       a paper tally typed into a room vote
//                                     (TallyCommands::setRoomTally)
//   core/suggest/acceptsuggestions.h  accepted cluster suggestions (commands::acceptSuggestions)
//   core/io/importlookup.h            a CSV file of participants or cards, one step for all
//                                     rows (ParticipantImport::apply, CardImport::apply)

#include "changecommand.h"
#include "core/document/conferencedocument.h"
#include "core/model/references.h"
#include "core/voting/dotrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>

namespace weitblick {

namespace commands {

// Pushes one undo step with the given changes. An empty change set is a successful no-op.
bool push(ConferenceDocument *document, const QString &text, const ChangeSet &changes,
          MergeId mergeId = MergeId::None);

// --- Generic edits, for entities without rules of their own ------------------------------

// Adds the entity with a new id; returns the id, or NoId when it could not be added.
template<class T>
Id add(ConferenceDocument *document, T entity, const QString &text);

// Replaces the entity of the same id with the new value.
template<class T>
bool edit(ConferenceDocument *document, const T &entity, const QString &text);

// Removes the entities and whatever depends on them (see removalWithDependents).
bool remove(ConferenceDocument *document, const EntityIds &ids, const QString &text);
// The same for one entity.
template<class T>
bool removeOne(ConferenceDocument *document, Id id, const QString &text)
{
    EntityIds ids;
    ids.insert<T>(id);
    return remove(document, ids, text);
}

// --- Cards -------------------------------------------------------------------------------

Id addCard(ConferenceDocument *document, Card card);
bool editCardText(ConferenceDocument *document, Id cardId, const QString &text);
bool editCard(ConferenceDocument *document, const Card &card);
// Moves cards by delta. Successive moves of the same cards merge into one undo step.
bool moveCards(ConferenceDocument *document, const QList<Id> &cardIds, QPointF delta);
// deleteCards is one of the wall's commands (core/wall/wallcommands.h): it closes up columns.

// --- Clusters ----------------------------------------------------------------------------

// Creates a cluster in the phase holding the given cards; returns its id.
Id createCluster(ConferenceDocument *document, Id phaseId, const QString &heading,
                 const QList<Id> &cardIds, QPointF pos);
bool renameCluster(ConferenceDocument *document, Id clusterId, const QString &heading);
bool moveClusters(ConferenceDocument *document, const QList<Id> &clusterIds, QPointF delta);
// Removes the cluster; its cards stay on the wall, unclustered.
bool dissolveCluster(ConferenceDocument *document, Id clusterId);
// Several clusters in one undo step; their cards stay where they are.
bool dissolveClusters(ConferenceDocument *document, const QList<Id> &clusterIds);
// Puts the cards into the cluster, or takes them out of any cluster for NoId.
bool setCardsCluster(ConferenceDocument *document, const QList<Id> &cardIds, Id clusterId);

// --- Dots --------------------------------------------------------------------------------

// Adds dots within the vote's rules (open, budget, cap); otherwise refuses and says why.
bool addDots(ConferenceDocument *document, const DotTarget &target, int count = 1,
             QString *refusal = nullptr);
bool removeDots(ConferenceDocument *document, const DotTarget &target, int count = 1,
                QString *refusal = nullptr);

// --- Participation over the network (docs/participation.md) ------------------------------

// Adds a card that a device sent, with its device, client id, table, group, phase and place
// already set: one undo step of its own, named after where it came from ("Card from table 3").
// Returns its id, or NoId.
Id addCardFromDevice(ConferenceDocument *document, Card card);
// Takes cards off the wall and out of votes without deleting them, or shows them again.
bool setCardsHidden(ConferenceDocument *document, const QList<Id> &cardIds, bool hidden);
// Shuts a device out (every request it makes is refused) or lets it in again.
bool setDeviceBlocked(ConferenceDocument *document, Id deviceId, bool blocked);
// Writes a device that joined (NoId: a new one; returns its id) or chose where it sits. Not an
// undo step: the moderator did not do it, and undoing it would silently log a phone out. It
// changes only the device's row, which no undo step but blocking touches.
Id recordDevice(ConferenceDocument *document, Device device);

// --- Phases ------------------------------------------------------------------------------

Id addPhase(ConferenceDocument *document, Phase phase); // appended after the last phase
bool editPhase(ConferenceDocument *document, const Phase &phase);
// Moves the phase to the given position (0 = first) in the phase order.
bool movePhase(ConferenceDocument *document, Id phaseId, int newIndex);
// Writes a phase with its timer started, paused, extended or reset (see PhaseTimer). An undo
// step like any other, so that "Undo" after "+5 min" takes the five minutes back.
bool setTimer(ConferenceDocument *document, const Phase &phase);
// Removes a phase with everything on its wall.
bool removePhase(ConferenceDocument *document, Id phaseId);
// The phases in their order.
QList<Phase> orderedPhases(const Conference &conference);

// --- Tables ------------------------------------------------------------------------------

Id addTable(ConferenceDocument *document, const Table &table);
// Adds `count` unnamed tables numbered on from the highest number, as one undo step; returns
// the id of the first, or NoId.
Id createTables(ConferenceDocument *document, int count);
bool editTable(ConferenceDocument *document, const Table &table);
bool removeTable(ConferenceDocument *document, Id tableId);
// Seats participants at tables (NoId: no table), as one undo step.
bool assignSeats(ConferenceDocument *document, const QHash<Id, Id> &tableOfParticipant);
// The tables by their number (ties by id).
QList<Table> orderedTables(const Conference &conference);

// --- Set-up and measures -----------------------------------------------------------------

bool editConferenceInfo(ConferenceDocument *document, const ConferenceInfo &info);
Id addParticipant(ConferenceDocument *document, const Participant &participant);
bool editParticipant(ConferenceDocument *document, const Participant &participant);
bool removeParticipants(ConferenceDocument *document, const QList<Id> &participantIds);
Id addGroup(ConferenceDocument *document, StakeholderGroup group); // appended after the last
bool editGroup(ConferenceDocument *document, const StakeholderGroup &group);
// Moves the group to the given position (0 = first) in the group order.
bool moveGroup(ConferenceDocument *document, Id groupId, int newIndex);
bool removeGroup(ConferenceDocument *document, Id groupId);
// The stakeholder groups in their order (ties by id).
QList<StakeholderGroup> orderedGroups(const Conference &conference);
// The group of that name, compared as imports compare it (without case and extra spaces), or
// NoId. Two groups of one name could not be told apart in imports, votes and the report.
Id groupNamed(const Conference &conference, const QString &name);
Id addMeasure(ConferenceDocument *document, const Measure &measure);
bool editMeasure(ConferenceDocument *document, const Measure &measure);
bool removeMeasure(ConferenceDocument *document, Id measureId);

// --- Action planning and follow-up -------------------------------------------------------

// A new measure taken from a ranked cluster or card (exactly one of them): titled after the
// cluster's heading or the card's text, with its source kept. Several measures may come from
// the same cluster. Returns the new id, or NoId.
Id addMeasureFromSource(ConferenceDocument *document, Id clusterId, Id cardId);
Id addCriterion(ConferenceDocument *document, const Criterion &criterion);
bool editCriterion(ConferenceDocument *document, const Criterion &criterion);
bool removeCriterion(ConferenceDocument *document, Id criterionId);
Id addSubProject(ConferenceDocument *document, const SubProject &subProject);
bool editSubProject(ConferenceDocument *document, const SubProject &subProject);
// Removes the sub-project; its measures stay, without a sub-project.
bool removeSubProject(ConferenceDocument *document, Id subProjectId);
Id addReviewMeeting(ConferenceDocument *document, const ReviewMeeting &meeting);
bool editReviewMeeting(ConferenceDocument *document, const ReviewMeeting &meeting);
// Removes the meeting with its measure reviews; indicator values stay, without the meeting.
bool removeReviewMeeting(ConferenceDocument *document, Id meetingId);
// Records what a review meeting said about a measure (review.id is ignored: there is one review
// per measure and meeting, added or replaced). When no later meeting has reviewed the measure,
// its status and progress follow the review, in the same undo step.
bool saveMeasureReview(ConferenceDocument *document, const MeasureReview &review);
// Sets the value of an indicator reported at a review meeting (one per criterion and meeting,
// dated with the meeting), or removes it for no value. The criterion's current value follows
// its latest value, in the same undo step.
bool setIndicatorValue(ConferenceDocument *document, Id criterionId, Id meetingId,
                       std::optional<double> value);

template<class T>
Id add(ConferenceDocument *document, T entity, const QString &text)
{
    entity.id = document->conference().all<T>().nextId();
    ChangeSet changes;
    changes.add(entity);
    return push(document, text, changes) ? entity.id : NoId;
}

template<class T>
bool edit(ConferenceDocument *document, const T &entity, const QString &text)
{
    const T *current = document->conference().find<T>(entity.id);
    if (!current)
        return false;
    ChangeSet changes;
    changes.modify(*current, entity);
    return push(document, text, changes);
}

} // namespace commands

// Translation context of the undo texts.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace weitblick
