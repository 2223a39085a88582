#include "acceptsuggestions.h"

#include "core/commands/commands.h"

#include <QSet>

namespace weitblick::commands {

namespace {

// Room for a heading strip above the first card, as on the sample walls.
constexpr double HeadingHeight = 70;

} // namespace

bool acceptSuggestions(ConferenceDocument *document, Id phaseId,
                       const QList<SuggestedCluster> &accepted, QList<Id> *createdClusterIds)
{
    const Conference &conference = document->conference();
    ChangeSet changes;
    QList<Id> created;
    QSet<Id> taken; // a card suggested twice goes to the first group only
    Id nextId = conference.all<Cluster>().nextId();
    for (const SuggestedCluster &suggestion : accepted) {
        QList<const Card *> cards;
        for (Id id : suggestion.cardIds) {
            const Card *card = conference.find<Card>(id);
            if (card && card->phaseId == phaseId && card->clusterId == NoId
                && card->form != CardForm::Heading && !taken.contains(id)) {
                cards.append(card);
            }
        }
        if (cards.size() < 2)
            continue;
        Cluster cluster;
        cluster.id = nextId++;
        cluster.phaseId = phaseId;
        cluster.heading = suggestion.heading;
        cluster.pos = cards.constFirst()->pos - QPointF(0, HeadingHeight);
        changes.add(cluster);
        for (const Card *card : std::as_const(cards)) {
            Card after = *card;
            after.clusterId = cluster.id;
            changes.modify(*card, after);
            taken.insert(card->id);
        }
        created.append(cluster.id);
    }
    const QString text =
        Commands::tr("Accept %n suggested cluster(s)", nullptr, int(created.size()));
    if (!push(document, text, changes))
        return false;
    if (createdClusterIds)
        *createdClusterIds = created;
    return true;
}

} // namespace weitblick::commands
