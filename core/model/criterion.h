#pragma once

#include "id.h"

#include <QDate>
#include <QString>

#include <optional>

namespace weitblick {

// A controlling criterion of a measure: an indicator with its baseline, target and current value.
struct Criterion
{
    Id id = NoId;
    Id measureId = NoId;
    QString indicator;
    QString unit;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> current;
    QDate due;

    bool operator==(const Criterion &) const = default;
};

} // namespace weitblick
