#pragma once

#include "id.h"

#include <QColor>
#include <QPointF>
#include <QString>

namespace weitblick {

// A group of cards on a wall under a common heading.
struct Cluster
{
    Id id = NoId;
    Id phaseId = NoId;
    QString heading;
    QPointF pos;
    QColor color;

    bool operator==(const Cluster &) const = default;
};

} // namespace weitblick
