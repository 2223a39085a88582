#pragma once

#include "testfiles.h"

#include <QList>
#include <QMap>
#include <QString>

namespace weitblick::test {

// What Weitblick must conclude about a file, whichever way it opens it.
enum class Verdict {
    Refused,      // not opened at all
    Inconsistent, // opened read-only, its broken references listed
    Sound,        // opened (read-write, unless another reason than the file keeps it read-only)
};

// A conference file that a careless or hostile world hands to Weitblick, built from a sound
// one with SQL (through the raw sqlite3 API) or by patching bytes.
struct HostileFile
{
    QString name;
    QString path;
    Verdict expected;
};

// Writes the corpus into dir: every finding of issue 12 and the other ways a file can be
// broken that the tests know. Each file is a variant of awkwardConference().
QList<HostileFile> writeHostileFiles(const TempDir &dir);

// Runs SQL on a file through the raw sqlite3 API, as another program would.
bool execSql(const QString &path, const char *sql);

// The bytes of every file in the folder by name, to prove that nothing was written or created.
QMap<QString, QByteArray> folderContents(const QString &folder);

} // namespace weitblick::test
