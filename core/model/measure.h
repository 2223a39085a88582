#pragma once

#include "id.h"

#include <QDate>
#include <QString>

namespace weitblick {

enum class MeasureStatus { Idea, Planned, InProgress, Done, Dropped };
constexpr int MeasureStatusCount = 5;

// Something the town agrees to do, worked out in the Measures phase and followed afterwards.
struct Measure
{
    Id id = NoId;
    QString title;
    QString description;
    Id sourceClusterId = NoId; // where it came from, if anywhere
    Id sourceCardId = NoId;
    Id subProjectId = NoId;
    QString owner;
    QString team;
    QDate startDate;
    QDate deadline;
    MeasureStatus status = MeasureStatus::Idea;
    int progress = 0; // percent, 0..100
    QString communication; // who informs whom, how and how often

    bool operator==(const Measure &) const = default;
};

} // namespace weitblick
