#include "commands.h"

namespace weitblick::commands {

namespace {

template<class T>
ChangeSet moved(const Conference &conference, const QList<Id> &ids, QPointF delta)
{
    ChangeSet changes;
    for (Id id : ids) {
        if (const T *item = conference.find<T>(id)) {
            T after = *item;
            after.pos += delta;
            changes.modify(*item, after);
        }
    }
    return changes;
}

} // namespace

Id addCard(ConferenceDocument *document, Card card)
{
    card.text = clampCardText(card.text);
    // A card made on the laptop never carries a device's identity: a copied client id would
    // break the UNIQUE index of the file.
    card.deviceId = NoId;
    card.clientId = QUuid();
    card.hidden = false;
    return add(document, card, Commands::tr("Add card"));
}

Id addCardFromDevice(ConferenceDocument *document, Card card)
{
    const Conference &conference = document->conference();
    card.text = clampCardText(card.text);
    QString text = Commands::tr("Card from a device");
    if (const Table *table = conference.find<Table>(card.tableId))
        text = Commands::tr("Card from table %1").arg(table->number);
    else if (const StakeholderGroup *group = conference.find<StakeholderGroup>(card.groupId))
        text = Commands::tr("Card from %1").arg(group->name);
    return add(document, card, text);
}

bool setCardsHidden(ConferenceDocument *document, const QList<Id> &cardIds, bool hidden)
{
    ChangeSet changes;
    for (Id id : cardIds) {
        if (const Card *card = document->conference().find<Card>(id)) {
            Card after = *card;
            after.hidden = hidden;
            changes.modify(*card, after);
        }
    }
    const int count = int(cardIds.size());
    return push(document,
                hidden ? Commands::tr("Hide %n card(s)", nullptr, count)
                       : Commands::tr("Show %n card(s)", nullptr, count),
                changes);
}

bool editCard(ConferenceDocument *document, const Card &card)
{
    Card clamped = card;
    clamped.text = clampCardText(card.text);
    return edit(document, clamped, Commands::tr("Edit card"));
}

bool editCardText(ConferenceDocument *document, Id cardId, const QString &text)
{
    const Card *card = document->conference().find<Card>(cardId);
    if (!card)
        return false;
    Card after = *card;
    after.text = text;
    return editCard(document, after);
}

bool moveCards(ConferenceDocument *document, const QList<Id> &cardIds, QPointF delta)
{
    return push(document, Commands::tr("Move %n card(s)", nullptr, int(cardIds.size())),
                moved<Card>(document->conference(), cardIds, delta), MergeId::MoveCards);
}

Id createCluster(ConferenceDocument *document, Id phaseId, const QString &heading,
                 const QList<Id> &cardIds, QPointF pos)
{
    const Conference &conference = document->conference();
    Cluster cluster;
    cluster.id = conference.all<Cluster>().nextId();
    cluster.phaseId = phaseId;
    cluster.heading = heading;
    cluster.pos = pos;
    ChangeSet changes;
    changes.add(cluster);
    for (Id id : cardIds) {
        const Card *card = conference.find<Card>(id);
        if (!card || card->phaseId != phaseId)
            continue;
        Card after = *card;
        after.clusterId = cluster.id;
        changes.modify(*card, after);
    }
    return push(document, Commands::tr("Create cluster"), changes) ? cluster.id : NoId;
}

bool renameCluster(ConferenceDocument *document, Id clusterId, const QString &heading)
{
    const Cluster *cluster = document->conference().find<Cluster>(clusterId);
    if (!cluster)
        return false;
    Cluster after = *cluster;
    after.heading = heading;
    return edit(document, after, Commands::tr("Rename cluster"));
}

bool moveClusters(ConferenceDocument *document, const QList<Id> &clusterIds, QPointF delta)
{
    return push(document, Commands::tr("Move %n cluster(s)", nullptr, int(clusterIds.size())),
                moved<Cluster>(document->conference(), clusterIds, delta),
                MergeId::MoveClusters);
}

bool dissolveCluster(ConferenceDocument *document, Id clusterId)
{
    return dissolveClusters(document, {clusterId});
}

bool dissolveClusters(ConferenceDocument *document, const QList<Id> &clusterIds)
{
    EntityIds ids;
    bool any = false;
    for (Id id : clusterIds) {
        if (document->conference().find<Cluster>(id)) {
            ids.insert<Cluster>(id);
            any = true;
        }
    }
    return any && remove(document, ids, Commands::tr("Dissolve cluster"));
}

bool setCardsCluster(ConferenceDocument *document, const QList<Id> &cardIds, Id clusterId)
{
    const Conference &conference = document->conference();
    const Cluster *cluster = conference.find<Cluster>(clusterId);
    if (clusterId != NoId && !cluster)
        return false;
    ChangeSet changes;
    int moved = 0;
    for (Id id : cardIds) {
        const Card *card = conference.find<Card>(id);
        if (!card || (cluster && card->phaseId != cluster->phaseId))
            continue;
        Card after = *card;
        after.clusterId = clusterId;
        changes.modify(*card, after);
        ++moved;
    }
    return push(document,
                clusterId == NoId
                    ? Commands::tr("Take %n card(s) out of cluster", nullptr, moved)
                    : Commands::tr("Put %n card(s) into cluster", nullptr, moved),
                changes);
}

} // namespace weitblick::commands
