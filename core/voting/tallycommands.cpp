#include "tallycommands.h"

#include "core/commands/commands.h"

namespace weitblick {

namespace {

const Dot *roomDot(const Conference &conference, Id sessionId, Id cardId, Id clusterId,
                   DotKind kind)
{
    for (const Dot &dot : conference.all<Dot>()) {
        if (dot.sessionId == sessionId && dot.cardId == cardId && dot.clusterId == clusterId
            && dot.voterId == NoId && dot.kind == kind)
            return &dot;
    }
    return nullptr;
}

} // namespace

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
    }
    if (!why.isEmpty()) {
        if (refusal)
            *refusal = why;
        return false;
    }

    ChangeSet changes;
    Id nextId = conference.all<Dot>().nextId();
    for (const TallyCount &count : counts) {
        for (const DotKind kind : {DotKind::Plus, DotKind::Minus}) {
            const int wanted = kind == DotKind::Plus ? count.plus : count.minus;
            const Dot *current = roomDot(conference, sessionId, count.cardId, count.clusterId,
                                         kind);
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
    return commands::push(document, tr("Enter paper tally"), changes);
}

} // namespace weitblick
