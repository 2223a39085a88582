#include "commands.h"

namespace weitblick::commands {

namespace {

// The dot record for the target, if the voter already stuck dots there.
const Dot *findDot(const Conference &conference, const DotTarget &t)
{
    for (const Dot &dot : conference.all<Dot>()) {
        if (dot.sessionId == t.sessionId && dot.cardId == t.cardId
            && dot.clusterId == t.clusterId && dot.voterId == t.voterId && dot.kind == t.kind)
            return &dot;
    }
    return nullptr;
}

} // namespace

bool addDots(ConferenceDocument *document, const DotTarget &target, int count)
{
    const Conference &conference = document->conference();
    if (count < 1 || !conference.find<VoteSession>(target.sessionId)
        || (target.cardId == NoId) == (target.clusterId == NoId))
        return false;
    ChangeSet changes;
    if (const Dot *existing = findDot(conference, target)) {
        Dot after = *existing;
        after.count += count;
        changes.modify(*existing, after);
    } else {
        Dot dot;
        dot.id = conference.all<Dot>().nextId();
        dot.sessionId = target.sessionId;
        dot.cardId = target.cardId;
        dot.clusterId = target.clusterId;
        dot.voterId = target.voterId;
        dot.kind = target.kind;
        dot.count = count;
        changes.add(dot);
    }
    return push(document, Commands::tr("Add %n dot(s)", nullptr, count), changes);
}

bool removeDots(ConferenceDocument *document, const DotTarget &target, int count)
{
    const Dot *existing = findDot(document->conference(), target);
    if (count < 1 || !existing)
        return false;
    ChangeSet changes;
    if (existing->count > count) {
        Dot after = *existing;
        after.count -= count;
        changes.modify(*existing, after);
    } else {
        changes.remove(*existing);
    }
    return push(document, Commands::tr("Remove %n dot(s)", nullptr, count), changes);
}

} // namespace weitblick::commands
