#pragma once

#include "id.h"

#include <QColor>
#include <QString>

namespace weitblick {

// One of the groups a Zukunftskonferenz invites, such as traders or residents.
struct StakeholderGroup
{
    Id id = NoId;
    QString name;
    QColor color;
    int order = 0;

    bool operator==(const StakeholderGroup &) const = default;
};

} // namespace weitblick
