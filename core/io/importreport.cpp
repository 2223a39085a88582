#include "importreport.h"

#include <algorithm>

namespace weitblick {

QList<int> ImportReport::badLines(const QList<ImportProblem> &problems)
{
    QList<int> lines;
    for (const ImportProblem &problem : problems) {
        if (problem.line > 0)
            lines.append(problem.line);
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

QString ImportReport::badLinesText(const QList<ImportProblem> &problems)
{
    const QList<int> lines = badLines(problems);
    QStringList texts;
    for (qsizetype i = 0; i < std::min(lines.size(), qsizetype(shownProblems)); ++i)
        texts.append(QString::number(lines.at(i)));
    QString text = texts.join(QLatin1String(", "));
    if (lines.size() > shownProblems)
        text = tr("%1 and %n more", nullptr, int(lines.size() - shownProblems)).arg(text);
    return text;
}

QStringList ImportReport::problemTexts(const QList<ImportProblem> &problems)
{
    QStringList texts;
    for (qsizetype i = 0; i < std::min(problems.size(), qsizetype(shownProblems)); ++i) {
        const ImportProblem &problem = problems.at(i);
        if (problem.line > 0 && problem.column > 0)
            texts.append(tr("Line %1, column %2: %3")
                             .arg(problem.line).arg(problem.column).arg(problem.message));
        else if (problem.line > 0)
            texts.append(tr("Line %1: %2").arg(problem.line).arg(problem.message));
        else
            texts.append(problem.message);
    }
    if (problems.size() > shownProblems)
        texts.append(tr("… and %n more problem(s)", nullptr,
                        int(problems.size() - shownProblems)));
    return texts;
}

} // namespace weitblick
