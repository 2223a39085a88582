#include "clioutput.h"
#include "core/export/csvexport.h"
#include "core/io/outputfile.h"
#include "core/measures/icalendar.h"
#include "exports.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace weitblick {

namespace {

// Translation context of the messages of --export-actions.
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(ExportActions)
};

} // namespace

int exportActions(const QString &conferencePath, const QString &outPath)
{
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("ics") && suffix != QLatin1String("csv"))
        return cli::fail(ExportActions::tr("--export-actions writes a .csv or an .ics file."));

    const std::unique_ptr<ConferenceDocument> document = cli::openReadOnly(conferencePath);
    if (!document)
        return cli::Failure;
    QString error;
    if (suffix == QLatin1String("ics")) {
        // The time of the export stamps every event (DTSTAMP).
        if (!ICalendar::write(outPath, document->conference(), QDateTime::currentDateTimeUtc(),
                              &error))
            return cli::fail(error);
    } else {
        // The same table as massnahmen.csv of --export-csv, in the user's locale.
        if (!OutputFile::write(outPath, CsvExport::measures(document->conference(), QLocale()),
                               &error))
            return cli::fail(error);
    }
    cli::printLine(stdout, ExportActions::tr("Wrote %1").arg(QDir::toNativeSeparators(outPath)));
    return 0;
}

} // namespace weitblick
