#pragma once

#include "core/model/changeset.h"
#include "core/model/conference.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace weitblick {

class ConferenceDocument;

// What the server looks up on every request, kept in step with the document: the device of a
// session token, the card of a client id, and each device's cards. Built once from the
// conference and then updated from each applied change set, so that no request scans the
// whole conference (20,000 cards) for them.
class DeviceDirectory
{
public:
    explicit DeviceDirectory(const Conference &conference);

    // A new secret session token: 128 random bits from the system's generator, as 32 hex
    // digits. Only its hash is stored.
    static QByteArray makeToken();
    static QString hashOf(const QByteArray &token);

    // The device the token belongs to, or NoId.
    Id deviceOfToken(const QByteArray &token) const;
    // The card stored under that client id, or NoId.
    Id cardOfClientId(const QUuid &clientId) const { return m_cardOfClientId.value(clientId); }
    QList<Id> cardsOf(Id deviceId) const;
    // How many cards the device sent in the phase.
    int cardCount(Id deviceId, Id phaseId) const;

    void update(const ChangeSet &changes);

private:
    void put(const Card &card, int sign);
    void put(const Device &device, int sign);

    QHash<QString, Id> m_deviceOfHash;
    QHash<QUuid, Id> m_cardOfClientId;
    QHash<Id, QSet<Id>> m_cardsOfDevice;
    QHash<std::pair<Id, Id>, int> m_countOfDeviceInPhase;
};

} // namespace weitblick
