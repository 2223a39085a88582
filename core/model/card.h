#pragma once

#include "id.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QUuid>

#include <optional>

namespace weitblick {

// The Metaplan forms: a rectangular card, an oval remark, or a heading strip.
enum class CardForm { Card, Oval, Heading };
constexpr int CardFormCount = 3;

// The lanes of the Past timeline.
enum class TimelineLane { None, World, Local, Personal };
constexpr int TimelineLaneCount = 4;

// One card on a phase wall. Its text is plain text, never markup.
struct Card
{
    static constexpr int MaxTextLength = 2000;

    Id id = NoId;
    Id phaseId = NoId;
    Id clusterId = NoId;
    Id groupId = NoId; // the stakeholder group it came from, if known
    Id tableId = NoId; // the table it came from, if known
    QString text;
    CardForm form = CardForm::Card;
    QColor color; // invalid: coloured by its stakeholder group
    QPointF pos;
    std::optional<int> year; // Past timeline only
    TimelineLane lane = TimelineLane::None;
    // A card written on a device: the device, and the id the device gave it, so that a card
    // sent twice over a bad network is stored once. Both empty for cards typed on the laptop.
    Id deviceId = NoId;
    QUuid clientId;
    bool hidden = false; // taken off the wall by the moderator, but kept

    bool operator==(const Card &) const = default;
};

// Cuts text to the card limit without splitting a surrogate pair.
QString clampCardText(const QString &text);

} // namespace weitblick
