#pragma once

#include "fuzzsupport.h"

#include "core/io/csvreader.h"
#include "core/model/references.h"
#include "core/sample/sampleconference.h"

namespace weitblick::fuzz {

// What every CSV import must do with any bytes, for ParticipantImport and CardImport: read
// them with the guessed column mapping into the sample conference, and either refuse them
// with problems that name lines of the file, or plan changes that leave the conference
// consistent (everything the open check would refuse is refused here already).
template<class Import>
void checkImport(const uint8_t *data, size_t size)
{
    ensureApplication(); // new cards are placed by the size of their text in the wall's font
    const QByteArray bytes = bytesOf(data, size);
    const std::optional<CsvTable> table = CsvReader::read(bytes, nullptr);
    if (!table)
        return;
    static const Conference sample = makeSampleConference();
    const Import import(*table);
    QList<ImportProblem> problems;
    const ChangeSet changes = import.plan(sample, &problems);
    if (!problems.isEmpty()) {
        require(changes.isEmpty(), "changes planned despite problems");
        const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
        for (const ImportProblem &problem : problems) {
            require(!problem.message.isEmpty(), "a problem without a message");
            require(problem.line >= 0 && problem.line <= lines, "a problem on no line");
        }
        return;
    }
    Conference after = sample;
    after.apply(changes);
    const QStringList wrong = findProblems(after);
    if (!wrong.isEmpty())
        fail(QStringLiteral("an import the open check would refuse: ") + wrong.join(u'\n'));
}

} // namespace weitblick::fuzz
