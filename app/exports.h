#pragma once

#include <QString>

namespace weitblick {

// What --export-posters was asked for.
struct PosterRequest
{
    QString conferencePath;
    QString pdfPath;
    QString what;  // walls, clusters, timeline, ranking, actions or tables
    QString paper; // A0 … A4: one sheet of that size
    QString tile;  // empty, A4 or A3: tiled over sheets of that size
};

// The export modes of the command line. Each reads the conference read-only, writes its
// output through OutputFile, prints one line and returns an exit code (2 on failure, with the
// reason on stderr).
int exportPosters(const PosterRequest &request);
// withNames: the participants by name, or only their numbers per stakeholder group.
int exportReport(const QString &conferencePath, const QString &outPath, bool withNames);
int exportCsv(const QString &conferencePath, const QString &folder);
int exportActions(const QString &conferencePath, const QString &outPath);

} // namespace weitblick
