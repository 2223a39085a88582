#include "clioutput.h"
#include "exports.h"
#include "interruption.h"
#include "ui/report/conferencereport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace weitblick {

int exportReport(const QString &conferencePath, const QString &outPath, bool withNames)
{
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return cli::fail(QCoreApplication::translate(
            "ConferenceReport", "--export-report writes a .pdf or an .odt file."));
    const std::unique_ptr<ConferenceDocument> document = cli::openReadOnly(conferencePath);
    if (!document)
        return cli::Failure;
    QString error;
    const auto goOn = [](int, int) { return !cli::Interruption::requested(); };
    if (!ConferenceReport::exportTo(document.get(), outPath, withNames, goOn, &error)) {
        if (cli::Interruption::requested()) {
            cli::fail(QCoreApplication::translate("ConferenceReport",
                                                  "Cancelled; %1 was not written.")
                          .arg(QDir::toNativeSeparators(outPath)));
            return cli::Interruption::exitCode();
        }
        return cli::fail(error);
    }
    cli::printLine(stdout, QCoreApplication::translate("ConferenceReport", "Wrote %1")
                               .arg(QDir::toNativeSeparators(outPath)));
    return 0;
}

} // namespace weitblick
