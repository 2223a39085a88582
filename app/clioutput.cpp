#include "clioutput.h"

#include <QTextStream>

namespace weitblick::cli {

void printLine(FILE *stream, const QString &line)
{
    QTextStream(stream) << line << Qt::endl;
}

int fail(const QString &message)
{
    printLine(stderr, QStringLiteral("weitblick: ") + message);
    return Failure;
}

std::unique_ptr<ConferenceDocument> openReadOnly(const QString &path)
{
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    if (!document)
        fail(outcome.message);
    return document;
}

} // namespace weitblick::cli
