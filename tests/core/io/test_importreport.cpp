#include <catch2/catch.hpp>

#include "core/io/importreport.h"

using namespace weitblick;

// Issue 12, item 13: "3, 4, 4", and with 100,000 bad rows a single line of 700 KB.
TEST_CASE("A refused import names each bad line once, in order, and at most twenty", "[io]")
{
    const QList<ImportProblem> few = {{4, QStringLiteral("b")},
                                      {3, QStringLiteral("a")},
                                      {4, QStringLiteral("c")},
                                      {0, QStringLiteral("The file holds no cards.")}};
    CHECK(ImportReport::badLines(few) == QList<int>{3, 4});
    CHECK(ImportReport::badLinesText(few) == QStringLiteral("3, 4"));
    CHECK(ImportReport::problemTexts(few)
          == QStringList{QStringLiteral("Line 4: b"), QStringLiteral("Line 3: a"),
                         QStringLiteral("Line 4: c"), QStringLiteral("The file holds no cards.")});

    QList<ImportProblem> many;
    for (int line = 2; line < 100'002; ++line)
        many.append({line, QStringLiteral("The row has no name.")});
    const QString lines = ImportReport::badLinesText(many);
    CHECK(lines.startsWith(QStringLiteral("2, 3, 4, ")));
    CHECK(lines.endsWith(QStringLiteral("21 and 99980 more")));
    const QStringList texts = ImportReport::problemTexts(many);
    REQUIRE(texts.size() == ImportReport::shownProblems + 1);
    CHECK(texts.first() == QStringLiteral("Line 2: The row has no name."));
    CHECK(texts.last().startsWith(QStringLiteral("… and 99980 more")));
}

TEST_CASE("A problem in one cell names its line and column", "[io]")
{
    const QList<ImportProblem> problems = {{3, QStringLiteral("a"), 2},
                                           {0, QStringLiteral("whole file")}};
    CHECK(ImportReport::problemTexts(problems)
          == QStringList{QStringLiteral("Line 3, column 2: a"), QStringLiteral("whole file")});
}
