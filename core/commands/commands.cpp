#include "commands.h"

#include "core/model/names.h"

namespace weitblick::commands {

bool push(ConferenceDocument *document, const QString &text, const ChangeSet &changes,
          MergeId mergeId)
{
    if (document->isReadOnly())
        return false;
    if (changes.isEmpty())
        return true;
    const quint64 revision = document->revision();
    auto *command = new ChangeCommand(document, text, changes, mergeId);
    document->undoStack()->push(command);
    // A refused or failed change leaves the revision as it was (and the stack drops the
    // command).
    return document->revision() != revision;
}

bool remove(ConferenceDocument *document, const EntityIds &ids, const QString &text)
{
    return push(document, text, removalWithDependents(document->conference(), ids));
}

namespace {

// The entities of a kind sorted by one of their fields; ties keep the order of their ids.
template<class T>
QList<T> sortedBy(const Conference &conference, int T::*field)
{
    QList<T> sorted(conference.all<T>().begin(), conference.all<T>().end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [field](const T &a, const T &b) { return a.*field < b.*field; });
    return sorted;
}

// The value after the highest of the field: where a new entity of an ordered kind goes.
template<class T>
int afterLast(const Conference &conference, int T::*field)
{
    const QList<T> sorted = sortedBy(conference, field);
    return sorted.isEmpty() ? 0 : sorted.constLast().*field + 1;
}

// Moves the entity to the given position of the order and renumbers all, so that the order
// stays dense and unambiguous and one move is one undo step.
template<class T>
bool moveInOrder(ConferenceDocument *document, Id id, int newIndex, int T::*field,
                 const QString &text)
{
    QList<T> ordered = sortedBy(document->conference(), field);
    const auto from = std::find_if(ordered.begin(), ordered.end(),
                                   [id](const T &entity) { return entity.id == id; });
    if (from == ordered.end() || newIndex < 0 || newIndex >= ordered.size())
        return false;
    const T moving = *from;
    ordered.erase(from);
    ordered.insert(newIndex, moving);
    ChangeSet changes;
    for (int i = 0; i < ordered.size(); ++i) {
        T after = ordered.at(i);
        after.*field = i;
        changes.modify(*document->conference().find<T>(after.id), after);
    }
    return push(document, text, changes);
}

} // namespace

// --- Phases ------------------------------------------------------------------------------

QList<Phase> orderedPhases(const Conference &conference)
{
    return sortedBy(conference, &Phase::order);
}

Id addPhase(ConferenceDocument *document, Phase phase)
{
    phase.order = afterLast(document->conference(), &Phase::order);
    return add(document, phase, Commands::tr("Add phase"));
}

bool editPhase(ConferenceDocument *document, const Phase &phase)
{
    return edit(document, phase, Commands::tr("Edit phase"));
}

bool movePhase(ConferenceDocument *document, Id phaseId, int newIndex)
{
    return moveInOrder(document, phaseId, newIndex, &Phase::order, Commands::tr("Move phase"));
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

Id createTables(ConferenceDocument *document, int count)
{
    const Conference &conference = document->conference();
    if (count < 1)
        return NoId;
    int number = std::max(1, afterLast(conference, &Table::number));
    const Id first = conference.all<Table>().nextId();
    ChangeSet changes;
    for (int i = 0; i < count; ++i) {
        Table table;
        table.id = first + i;
        table.number = number++;
        changes.add(table);
    }
    const QString text = count == 1 ? Commands::tr("Add table")
                                    : Commands::tr("Create %n table(s)", nullptr, count);
    return push(document, text, changes) ? first : NoId;
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

QList<Table> orderedTables(const Conference &conference)
{
    return sortedBy(conference, &Table::number);
}

// --- Devices -----------------------------------------------------------------------------

bool setDeviceBlocked(ConferenceDocument *document, Id deviceId, bool blocked)
{
    const Device *device = document->conference().find<Device>(deviceId);
    if (!device)
        return false;
    Device after = *device;
    after.blocked = blocked;
    return edit(document, after,
                blocked ? Commands::tr("Block device") : Commands::tr("Unblock device"));
}

Id recordDevice(ConferenceDocument *document, Device device)
{
    const Device *current = document->conference().find<Device>(device.id);
    ChangeSet changes;
    if (current) {
        changes.modify(*current, device);
    } else {
        device.id = document->conference().all<Device>().nextId();
        changes.add(device);
    }
    if (document->isReadOnly())
        return NoId;
    return document->apply(changes) ? device.id : NoId;
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

Id addGroup(ConferenceDocument *document, StakeholderGroup group)
{
    group.order = afterLast(document->conference(), &StakeholderGroup::order);
    return add(document, group, Commands::tr("Add stakeholder group"));
}

bool editGroup(ConferenceDocument *document, const StakeholderGroup &group)
{
    return edit(document, group, Commands::tr("Edit stakeholder group"));
}

bool moveGroup(ConferenceDocument *document, Id groupId, int newIndex)
{
    return moveInOrder(document, groupId, newIndex, &StakeholderGroup::order,
                       Commands::tr("Move stakeholder group"));
}

bool removeGroup(ConferenceDocument *document, Id groupId)
{
    return removeOne<StakeholderGroup>(document, groupId, Commands::tr("Delete stakeholder group"));
}

QList<StakeholderGroup> orderedGroups(const Conference &conference)
{
    return sortedBy(conference, &StakeholderGroup::order);
}

Id groupNamed(const Conference &conference, const QString &name)
{
    const QString folded = foldedName(name);
    for (const StakeholderGroup &group : conference.all<StakeholderGroup>()) {
        if (foldedName(group.name) == folded)
            return group.id;
    }
    return NoId;
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

// --- Action planning and follow-up -------------------------------------------------------


namespace {

// The first line of a card's text, short enough for a title.
QString titleFromText(const QString &text)
{
    constexpr int MaxTitle = 120;
    QString title = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (title.size() > MaxTitle)
        title = title.left(MaxTitle - 1).trimmed() + QChar(0x2026);
    return title;
}

// The latest dated value of a criterion, with one value (pending) about to replace `replaced`.
std::optional<double> latestValue(const Conference &conference, Id criterionId, Id replaced,
                                  const std::optional<IndicatorValue> &pending)
{
    std::optional<IndicatorValue> latest = pending;
    for (const IndicatorValue &v : conference.all<IndicatorValue>()) {
        if (v.criterionId == criterionId && v.id != replaced && (!latest || v.date > latest->date))
            latest = v;
    }
    return latest ? std::optional<double>(latest->value) : std::nullopt;
}

} // namespace

Id addMeasureFromSource(ConferenceDocument *document, Id clusterId, Id cardId)
{
    const Conference &conference = document->conference();
    Measure measure;
    if (const Cluster *cluster = conference.find<Cluster>(clusterId); cluster && cardId == NoId) {
        measure.title = titleFromText(cluster->heading);
        measure.sourceClusterId = cluster->id;
        // The cards say what the room meant; they start the description.
        QStringList texts;
        for (const Card &card : conference.all<Card>()) {
            if (card.clusterId == cluster->id)
                // A bullet, not "- ": a spreadsheet would read "- …" as a formula.
                texts << QStringLiteral("\u2022 ") + card.text.simplified();
        }
        measure.description = texts.join(QLatin1Char('\n'));
    } else if (const Card *card = conference.find<Card>(cardId); card && clusterId == NoId) {
        measure.title = titleFromText(card->text);
        measure.description = card->text;
        measure.sourceCardId = card->id;
    } else {
        return NoId;
    }
    if (measure.title.isEmpty())
        measure.title = Commands::tr("New measure");
    return add(document, measure, Commands::tr("Measure from \u201c%1\u201d").arg(measure.title));
}

Id addCriterion(ConferenceDocument *document, const Criterion &criterion)
{
    if (!document->conference().find<Measure>(criterion.measureId))
        return NoId;
    return add(document, criterion, Commands::tr("Add criterion"));
}

bool editCriterion(ConferenceDocument *document, const Criterion &criterion)
{
    return edit(document, criterion, Commands::tr("Edit criterion"));
}

bool removeCriterion(ConferenceDocument *document, Id criterionId)
{
    return removeOne<Criterion>(document, criterionId, Commands::tr("Delete criterion"));
}

Id addSubProject(ConferenceDocument *document, const SubProject &subProject)
{
    return add(document, subProject, Commands::tr("Add sub-project"));
}

bool editSubProject(ConferenceDocument *document, const SubProject &subProject)
{
    return edit(document, subProject, Commands::tr("Edit sub-project"));
}

bool removeSubProject(ConferenceDocument *document, Id subProjectId)
{
    return removeOne<SubProject>(document, subProjectId, Commands::tr("Delete sub-project"));
}

Id addReviewMeeting(ConferenceDocument *document, const ReviewMeeting &meeting)
{
    if (!meeting.date.isValid())
        return NoId;
    return add(document, meeting, Commands::tr("Add review meeting"));
}

bool editReviewMeeting(ConferenceDocument *document, const ReviewMeeting &meeting)
{
    const Conference &conference = document->conference();
    const ReviewMeeting *current = conference.find<ReviewMeeting>(meeting.id);
    if (!current || !meeting.date.isValid())
        return false;
    ChangeSet changes;
    changes.modify(*current, meeting);
    // Values reported at the meeting carry its date.
    for (const IndicatorValue &value : conference.all<IndicatorValue>()) {
        if (value.meetingId == meeting.id && value.date != meeting.date) {
            IndicatorValue after = value;
            after.date = meeting.date;
            changes.modify(value, after);
        }
    }
    return push(document, Commands::tr("Edit review meeting"), changes);
}

bool removeReviewMeeting(ConferenceDocument *document, Id meetingId)
{
    return removeOne<ReviewMeeting>(document, meetingId, Commands::tr("Delete review meeting"));
}

bool saveMeasureReview(ConferenceDocument *document, const MeasureReview &review)
{
    const Conference &conference = document->conference();
    const ReviewMeeting *meeting = conference.find<ReviewMeeting>(review.meetingId);
    const Measure *measure = conference.find<Measure>(review.measureId);
    if (!meeting || !measure || review.progress < 0 || review.progress > 100)
        return false;

    ChangeSet changes;
    MeasureReview after = review;
    bool laterReview = false;
    const MeasureReview *existing = nullptr;
    for (const MeasureReview &r : conference.all<MeasureReview>()) {
        if (r.measureId != review.measureId)
            continue;
        if (r.meetingId == review.meetingId)
            existing = &r;
        else if (const ReviewMeeting *m = conference.find<ReviewMeeting>(r.meetingId);
                 m && m->date > meeting->date)
            laterReview = true;
    }
    if (existing) {
        after.id = existing->id;
        changes.modify(*existing, after);
    } else {
        after.id = conference.all<MeasureReview>().nextId();
        changes.add(after);
    }
    // The review sets the measure's state when it is the latest one and says something new
    // about it: correcting a review's text must not undo a later edit of the measure.
    const bool newState = !existing || existing->status != review.status
                          || existing->progress != review.progress;
    if (!laterReview && newState) {
        Measure updated = *measure;
        updated.status = review.status;
        updated.progress = review.progress;
        changes.modify(*measure, updated);
    }
    return push(document, Commands::tr("Review of \u201c%1\u201d").arg(measure->title), changes);
}

bool setIndicatorValue(ConferenceDocument *document, Id criterionId, Id meetingId,
                       std::optional<double> value)
{
    const Conference &conference = document->conference();
    const Criterion *criterion = conference.find<Criterion>(criterionId);
    const ReviewMeeting *meeting = conference.find<ReviewMeeting>(meetingId);
    if (!criterion || !meeting)
        return false;

    const IndicatorValue *existing = nullptr;
    for (const IndicatorValue &v : conference.all<IndicatorValue>()) {
        if (v.criterionId == criterionId && v.meetingId == meetingId)
            existing = &v;
    }
    ChangeSet changes;
    std::optional<IndicatorValue> pending;
    if (value) {
        IndicatorValue after;
        after.criterionId = criterionId;
        after.meetingId = meetingId;
        after.date = meeting->date;
        after.value = *value;
        if (existing) {
            after.id = existing->id;
            changes.modify(*existing, after);
        } else {
            after.id = conference.all<IndicatorValue>().nextId();
            changes.add(after);
        }
        pending = after;
    } else if (existing) {
        changes.remove(*existing);
    }
    if (changes.isEmpty())
        return true;

    // The criterion's current value is its latest value once this change is made.
    Criterion updated = *criterion;
    const Id replaced = existing ? existing->id : NoId;
    if (const std::optional<double> latest =
            latestValue(conference, criterionId, replaced, pending))
        updated.current = latest;
    else if (existing && criterion->current == existing->value)
        updated.current.reset(); // the only value, which had set it, is gone
    changes.modify(*criterion, updated);
    return push(document, Commands::tr("Indicator \u201c%1\u201d").arg(criterion->indicator),
                changes);
}

} // namespace weitblick::commands
