// Poster benchmark (issue 5): every poster of the sample conference (every --what: walls,
// clusters, timeline, ranking, actions, tables) written as one PDF, on one A1 sheet each and
// tiled over A4 sheets, each beside a bare QPdfWriter writing the same number of pages with a
// line of text in the same run. Includes building the wall scenes, as --export-posters does.
// Usage: bench_posters [RUNS] (default 5).

#include "benchutil.h"

#include "core/document/conferencedocument.h"
#include "core/sample/sampleconference.h"
#include "core/storage/conferencestore.h"
#include "ui/paper/posterprinter.h"
#include "ui/paper/postersources.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace weitblick;
using namespace weitblick::bench;

namespace {

const QList<PosterSources::Kind> AllKinds{
    PosterSources::Kind::Walls,   PosterSources::Kind::Clusters, PosterSources::Kind::Timeline,
    PosterSources::Kind::Ranking, PosterSources::Kind::Actions,  PosterSources::Kind::Tables};

// Writes every kind of poster, one PDF per kind as --export-posters does; returns the pages.
int writeAll(ConferenceDocument *document, const PosterOptions &options,
             const QList<PosterSources::Kind> &kinds = AllKinds)
{
    int pages = 0;
    PosterSources sources(document);
    const PosterPrinter printer(options);
    for (const PosterSources::Kind kind : kinds) {
        const QList<Poster> posters = sources.posters(kind);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        if (!printer.print(&writer, posters))
            qFatal("printing failed");
        pages += int(printer.pages(posters).size());
    }
    return pages;
}

// The bare PDF machinery: as many A4 pages, each with one line of text.
void writeBare(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(500, 500), QStringLiteral("Seite %1").arg(i + 1));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.weitblick"));
    QString error;
    if (!ConferenceStore::create(path, makeSampleConference(), &error))
        qFatal("%s", qPrintable(error));
    OpenOutcome outcome;
    const auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly,
                                                   &outcome);
    if (!document)
        qFatal("cannot open the sample");

    PosterOptions sheet;
    sheet.paper = QPageSize::A1;
    PosterOptions tiled = sheet;
    tiled.tile = QPageSize::A4;
    const int sheetPages = writeAll(document.get(), sheet);
    const int tiledPages = writeAll(document.get(), tiled);
    const int wallPages = writeAll(document.get(), sheet, {PosterSources::Kind::Walls});

    QTextStream(stdout) << QStringLiteral("sample conference, %1 runs; %2 pages on A1 sheets, "
                                          "%3 pages tiled over A4\n")
                               .arg(runs)
                               .arg(sheetPages)
                               .arg(tiledPages);
    printHeader();
    const auto whole = interleavedMediansMs(
        runs, [&] { writeBare(sheetPages); }, [&] { writeAll(document.get(), sheet); });
    printRow(QStringLiteral("all posters, one A1 sheet each"), whole.second, whole.first,
             QStringLiteral("< 2000"));
    const auto tiles = interleavedMediansMs(
        runs, [&] { writeBare(tiledPages); }, [&] { writeAll(document.get(), tiled); });
    printRow(QStringLiteral("all posters, A1 tiled over A4"), tiles.second, tiles.first,
             QStringLiteral("< 2000"));
    const auto walls = interleavedMediansMs(
        runs, [&] { writeBare(wallPages); },
        [&] { writeAll(document.get(), sheet, {PosterSources::Kind::Walls}); });
    printRow(QStringLiteral("walls only, one A1 sheet each"), walls.second, walls.first,
             QStringLiteral("-"));
    return 0;
}
