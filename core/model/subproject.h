#pragma once

#include "id.h"

#include <QString>

namespace weitblick {

// A Teilprojekt of the project organisation, with its leader and team.
struct SubProject
{
    Id id = NoId;
    QString name;
    QString leader;
    QString team;

    bool operator==(const SubProject &) const = default;
};

} // namespace weitblick
