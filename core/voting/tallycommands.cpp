#include "tallycommands.h"

#include "dotrules.h"
#include "voteitems.h"

#include "core/commands/commands.h"

namespace weitblick {

bool TallyCommands::setRoomTally(ConferenceDocument *document, Id sessionId,
                                 const QList<TallyCount> &counts, QString *refusal)
{
    const Conference &conference = document->conference();
    const VoteSession *session = conference.find<VoteSession>(sessionId);
    QString why;
    if (!session)
        why = tr("There is no such vote.");
    else if (!session->open)
        why = tr("This vote is closed. Reopen it to enter a tally.");
    else if (session->voterUnit != VoterUnit::Room)
        why = tr("A paper tally goes into a vote in which the room votes as one.");
    for (const TallyCount &count : counts) {
        if (why.isEmpty() && (count.plus < 0 || count.minus < 0))
            why = tr("Counts cannot be negative.");
        if (why.isEmpty() && count.minus > 0 && !session->minusDots)
            why = tr("This vote has no minus dots.");
        if (why.isEmpty() && !isVoteItem(conference, *session, count.cardId, count.clusterId))
            why = tr("Only the items of the vote's phase can get dots.");
    }
    if (!why.isEmpty()) {
        if (refusal)
            *refusal = why;
        return false;
    }

    const DotRules rules(conference);
    ChangeSet changes;
    Id nextId = conference.all<Dot>().nextId();
    for (const TallyCount &count : counts) {
        for (const DotKind kind : {DotKind::Plus, DotKind::Minus}) {
            const int wanted = kind == DotKind::Plus ? count.plus : count.minus;
            const Dot *current =
                rules.find({sessionId, count.cardId, count.clusterId, NoId, kind});
            if (current && current->count == wanted)
                continue;
            if (current && wanted == 0) {
                changes.remove(*current);
            } else if (current) {
                Dot changed = *current;
                changed.count = wanted;
                changes.modify(*current, changed);
            } else if (wanted > 0) {
                Dot dot;
                dot.id = nextId++;
                dot.sessionId = sessionId;
                dot.cardId = count.cardId;
                dot.clusterId = count.clusterId;
                dot.count = wanted;
                dot.kind = kind;
                changes.add(dot);
            }
        }
    }
    // Counts as they were: nothing to write, and no empty undo step.
    if (changes.isEmpty())
        return true;
    return commands::push(document, tr("Enter paper tally"), changes);
}

} // namespace weitblick
