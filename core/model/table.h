#pragma once

#include "id.h"

#include <QString>

namespace weitblick {

// A table in the hall where a small group of participants works together.
struct Table
{
    Id id = NoId;
    int number = 0;
    QString name;

    bool operator==(const Table &) const = default;
};

} // namespace weitblick
