#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QStringList>

namespace weitblick {

// What a refused import tells the moderator about its problems: short enough to read, even
// when every one of 100,000 rows is wrong.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static constexpr int shownProblems = 20;

    // The lines named by problems, ascending and each once; whole-file problems name none.
    static QList<int> badLines(const QList<ImportProblem> &problems);
    // "3, 4, 7", or the first twenty and "and N more".
    static QString badLinesText(const QList<ImportProblem> &problems);
    // One text per problem ("Line 3, column 2: …", "Line 3: …" for a whole row, whole-file
    // problems without a line), at most twenty, then "… and N more problems".
    static QStringList problemTexts(const QList<ImportProblem> &problems);
};

} // namespace weitblick
