#pragma once

#include "devicedirectory.h"
#include "roomsettings.h"

#include "core/model/conference.h"
#include "core/voting/dotrules.h"

#include <QByteArray>
#include <QJsonArray>
#include <QHash>
#include <QJsonObject>

namespace weitblick {

// The answer of GET /api/state for one device (docs/participation.md): the open phase, the
// open vote with the device's own dots, the tables, groups or names to choose from, and the
// device's cards. What is the same for every device is built once per change and kept; the
// device's dots come from a tally of the vote that is counted again only when dots changed.
class RoomState
{
public:
    RoomState(const Conference &conference, const DeviceDirectory &directory);

    // Something that the state shows may have changed: a new version.
    void invalidate(const ChangeSet &changes);
    void invalidateAll();

    QString version() const;
    QJsonObject json(const RoomSettings &settings, const Device &device);

    // The device's dots in the vote: the net count on each item ("card:12" → 2, a minus dot
    // counts −1) and the plus and minus dots it has left.
    struct Mine
    {
        QHash<QString, int> onItem;
        int left = 0;
        int minusLeft = 0;
    };
    Mine mine(const VoteSession &session, const DotTarget &voter);

    static QString refOf(Id cardId, Id clusterId);

private:
    // Whether a card or cluster change touches the items of the vote in the shared part.
    bool onVotedWall(const EntityChange &change) const;
    QJsonObject sharedPart(const RoomSettings &settings);
    QJsonObject phaseJson(const RoomSettings &settings) const;
    QJsonObject voteJson(const VoteSession &session) const;
    QJsonObject deviceVote(const VoteSession &session, const Device &device);
    QJsonArray cardsOf(const Device &device) const;
    void countDots(Id sessionId);

    const Conference &m_conference;
    const DeviceDirectory &m_directory;
    QString m_instance; // differs between starts, so that a page never mistakes an old version
    qint64 m_counter = 1;
    QJsonObject m_shared;
    RoomSettings m_sharedFor;
    bool m_sharedValid = false;

    // The open vote's dots per voter (voter id, device id) and item.
    struct VoterTally
    {
        int plus = 0;
        int minus = 0;
        QHash<QString, int> onItem;
    };
    Id m_talliedSession = NoId;
    bool m_tallyValid = false;
    QHash<std::pair<Id, Id>, VoterTally> m_tally;
};

} // namespace weitblick
