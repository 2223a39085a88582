#include "commands.h"

namespace weitblick::commands {

bool addDots(ConferenceDocument *document, const DotTarget &target, int count, QString *refusal)
{
    const DotRules rules(document->conference());
    const Dot *existing = nullptr;
    const QString why = count < 1 ? DotRules::tr("Add at least one dot.")
                                  : rules.refusalToAdd(target, count, &existing);
    if (!why.isEmpty()) {
        if (refusal)
            *refusal = why;
        return false;
    }
    ChangeSet changes;
    if (existing) {
        Dot after = *existing;
        after.count += count;
        changes.modify(*existing, after);
    } else {
        Dot dot;
        dot.id = document->conference().all<Dot>().nextId();
        dot.sessionId = target.sessionId;
        dot.cardId = target.cardId;
        dot.clusterId = target.clusterId;
        dot.voterId = target.voterId;
        dot.kind = target.kind;
        dot.deviceId = target.deviceId;
        dot.count = count;
        changes.add(dot);
    }
    return push(document, Commands::tr("Add %n dot(s)", nullptr, count), changes);
}

bool removeDots(ConferenceDocument *document, const DotTarget &target, int count,
                QString *refusal)
{
    const Conference &conference = document->conference();
    const VoteSession *session = conference.find<VoteSession>(target.sessionId);
    const Dot *existing = DotRules(conference).find(target);
    QString why;
    if (!session || !session->open)
        why = DotRules::tr("This vote is closed. Reopen it to change its dots.");
    else if (!existing || count < 1)
        why = DotRules::tr("There is no dot of this voter to remove here.");
    if (!why.isEmpty()) {
        if (refusal)
            *refusal = why;
        return false;
    }
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
