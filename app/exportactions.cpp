#include "clioutput.h"
#include "core/export/actionplanexport.h"
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
    if (!ActionPlanExport::isSupported(outPath))
        return cli::fail(ExportActions::tr("--export-actions writes a .csv or an .ics file."));
    const std::unique_ptr<ConferenceDocument> document = cli::openReadOnly(conferencePath);
    if (!document)
        return cli::Failure;
    QString error;
    if (!ActionPlanExport::write(outPath, document->conference(), QLocale(),
                                 QDateTime::currentDateTimeUtc(), &error))
        return cli::fail(error);
    cli::printLine(stdout, ExportActions::tr("Wrote %1").arg(QDir::toNativeSeparators(outPath)));
    return 0;
}

} // namespace weitblick
