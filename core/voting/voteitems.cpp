#include "voteitems.h"

namespace weitblick {

QList<VoteItem> voteItems(const Conference &conference, Id phaseId, bool cards, bool clusters)
{
    QList<VoteItem> items;
    if (clusters) {
        for (const Cluster &cluster : conference.all<Cluster>()) {
            if (cluster.phaseId == phaseId)
                items.append({NoId, cluster.id, cluster.heading});
        }
    }
    if (cards) {
        for (const Card &card : conference.all<Card>()) {
            if (card.phaseId == phaseId && card.form != CardForm::Heading && !card.hidden)
                items.append({card.id, NoId, card.text});
        }
    }
    return items;
}

QList<VoteItem> voteItems(const Conference &conference, const VoteSession &session)
{
    return voteItems(conference, session.phaseId, session.cardsVotable, session.clustersVotable);
}

bool isVoteItem(const Conference &conference, const VoteSession &session, Id cardId,
                Id clusterId)
{
    if ((cardId == NoId) == (clusterId == NoId))
        return false;
    if (cardId != NoId) {
        const Card *card = conference.find<Card>(cardId);
        return session.cardsVotable && card && card->phaseId == session.phaseId
            && card->form != CardForm::Heading && !card->hidden;
    }
    const Cluster *cluster = conference.find<Cluster>(clusterId);
    return session.clustersVotable && cluster && cluster->phaseId == session.phaseId;
}

} // namespace weitblick
