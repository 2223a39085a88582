#pragma once

#include "core/model/conference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace weitblick {

// The action plan for use outside Weitblick, chosen by the file's suffix: .csv (the measures
// table, ready for Excel in the locale's format) or .ics (the deadlines and review meetings
// for a calendar). Used by the File menu and by --export-actions.
class ActionPlanExport
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanExport)

public:
    static bool isSupported(const QString &path);
    // `stamp` is the time of the export (the calendar's DTSTAMP).
    static bool write(const QString &path, const Conference &conference, const QLocale &locale,
                      const QDateTime &stamp, QString *error);
};

} // namespace weitblick
