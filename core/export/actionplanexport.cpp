#include "actionplanexport.h"

#include "csvexport.h"

#include "core/io/outputfile.h"
#include "core/measures/icalendar.h"

#include <QFileInfo>

namespace weitblick {

namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool ActionPlanExport::isSupported(const QString &path)
{
    return suffixOf(path) == QLatin1String("csv") || suffixOf(path) == QLatin1String("ics");
}

bool ActionPlanExport::write(const QString &path, const Conference &conference,
                             const QLocale &locale, const QDateTime &stamp, QString *error)
{
    if (suffixOf(path) == QLatin1String("ics"))
        return ICalendar::write(path, conference, stamp, error);
    if (suffixOf(path) == QLatin1String("csv"))
        return OutputFile::write(path, CsvExport::measures(conference, locale), error);
    if (error)
        *error = tr("The action plan is written as a .csv or an .ics file.");
    return false;
}

} // namespace weitblick
