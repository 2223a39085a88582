#pragma once

#include "id.h"

#include <QDate>
#include <QString>

namespace weitblick {

// A dated follow-up meeting of the steering committee, months after the conference.
struct ReviewMeeting
{
    Id id = NoId;
    QDate date;
    QString title;
    QString notes;

    bool operator==(const ReviewMeeting &) const = default;
};

} // namespace weitblick
