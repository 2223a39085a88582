#pragma once

#include "core/model/conference.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace weitblick {

// The deadlines of the measures and the review meetings as an iCalendar file (RFC 5545), for
// import into any calendar: one all-day event per deadline and per meeting.
//
// UIDs are stable across exports, so that importing again updates events instead of adding
// them twice: each is derived from the conference (its title and start date) and the entity's
// id. Dropped measures and undated entries are left out.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)

public:
    // The whole calendar, with CRLF line ends and lines folded at 75 octets. `stamp` is the
    // DTSTAMP of every event (the time of the export, given by the caller).
    static QByteArray fromConference(const Conference &conference, const QDateTime &stamp);
    // Writes it through OutputFile; false with *error when the file could not be written.
    static bool write(const QString &path, const Conference &conference, const QDateTime &stamp,
                      QString *error);

    // A TEXT value escaped as RFC 5545 3.3.11 asks: backslash, semicolon, comma and new line.
    static QByteArray escapeText(const QString &text);
    // One content line folded into lines of at most 75 octets, each continuation starting with
    // a space, never splitting a UTF-8 sequence; every line ends with CRLF.
    static QByteArray foldLine(const QByteArray &line);
    // The part of the UIDs that names the conference.
    static QByteArray conferenceKey(const Conference &conference);
};

} // namespace weitblick
