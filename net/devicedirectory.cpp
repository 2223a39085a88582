#include "devicedirectory.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace weitblick {

DeviceDirectory::DeviceDirectory(const Conference &conference)
{
    for (const Device &device : conference.all<Device>())
        put(device, 1);
    for (const Card &card : conference.all<Card>())
        put(card, 1);
}

QByteArray DeviceDirectory::makeToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QString DeviceDirectory::hashOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

Id DeviceDirectory::deviceOfToken(const QByteArray &token) const
{
    if (token.isEmpty())
        return NoId;
    return m_deviceOfHash.value(hashOf(token));
}

QList<Id> DeviceDirectory::cardsOf(Id deviceId) const
{
    const QSet<Id> cards = m_cardsOfDevice.value(deviceId);
    QList<Id> sorted(cards.cbegin(), cards.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

int DeviceDirectory::cardCount(Id deviceId, Id phaseId) const
{
    return m_countOfDeviceInPhase.value({deviceId, phaseId});
}

void DeviceDirectory::put(const Card &card, int sign)
{
    if (card.deviceId == NoId)
        return;
    const std::pair<Id, Id> key{card.deviceId, card.phaseId};
    if (sign > 0) {
        m_cardsOfDevice[card.deviceId].insert(card.id);
        if (!card.clientId.isNull())
            m_cardOfClientId.insert(card.clientId, card.id);
        ++m_countOfDeviceInPhase[key];
        return;
    }
    m_cardsOfDevice[card.deviceId].remove(card.id);
    if (!card.clientId.isNull())
        m_cardOfClientId.remove(card.clientId);
    if (--m_countOfDeviceInPhase[key] <= 0)
        m_countOfDeviceInPhase.remove(key);
}

void DeviceDirectory::put(const Device &device, int sign)
{
    if (sign > 0)
        m_deviceOfHash.insert(device.tokenHash, device.id);
    else
        m_deviceOfHash.remove(device.tokenHash);
}

void DeviceDirectory::update(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        const EntityKind kind = change.kind();
        if (kind != EntityKind::Card && kind != EntityKind::Device)
            continue;
        // A change is the removal of what was there and the addition of what is there now.
        const auto apply = [this](const AnyEntity &entity, int sign) {
            if (const Card *card = std::get_if<Card>(&entity))
                put(*card, sign);
            else if (const Device *device = std::get_if<Device>(&entity))
                put(*device, sign);
        };
        if (change.before)
            apply(*change.before, -1);
        if (change.after)
            apply(*change.after, 1);
    }
}

} // namespace weitblick
