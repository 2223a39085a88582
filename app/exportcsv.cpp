#include "clioutput.h"
#include "core/export/csvexport.h"
#include "exports.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace weitblick {

int exportCsv(const QString &conferencePath, const QString &folder)
{
    const std::unique_ptr<ConferenceDocument> document = cli::openReadOnly(conferencePath);
    if (!document)
        return cli::Failure;
    QStringList written;
    QString error;
    // The system locale decides the separator, as it does for the spreadsheet that opens them.
    if (!CsvExport::writeFolder(document->conference(), QLocale(), folder, &written, &error))
        return cli::fail(error);
    cli::printLine(stdout, QCoreApplication::translate("CsvExport", "Wrote %n file(s) to %1", nullptr,
                                                       int(written.size()))
                               .arg(QDir::toNativeSeparators(folder)));
    return 0;
}

} // namespace weitblick
