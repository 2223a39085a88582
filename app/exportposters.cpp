#include "clioutput.h"
#include "core/io/outputfile.h"
#include "exports.h"
#include "interruption.h"
#include "ui/paper/posterprinter.h"
#include "ui/paper/postersources.h"

#include <QCoreApplication>
#include <QPdfWriter>

namespace weitblick {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

std::optional<QPageSize::PageSizeId> isoSize(const QString &name)
{
    for (QPageSize::PageSizeId id :
         {QPageSize::A0, QPageSize::A1, QPageSize::A2, QPageSize::A3, QPageSize::A4}) {
        if (QPageSize::name(id).compare(name, Qt::CaseInsensitive) == 0)
            return id;
    }
    return std::nullopt;
}

} // namespace

int exportPosters(const PosterRequest &request)
{
    // The command line checked these already; a caller of its own gets the same answers.
    const std::optional<PosterSources::Kind> kind = PosterSources::kindNamed(
        request.what.isEmpty() ? QStringLiteral("walls") : request.what);
    if (!kind)
        return cli::fail(Cli::tr("--what is walls, clusters, timeline, ranking, actions or tables."));
    const std::optional<QPageSize::PageSizeId> paper =
        isoSize(request.paper.isEmpty() ? QStringLiteral("A1") : request.paper);
    if (!paper)
        return cli::fail(Cli::tr("--paper is A0, A1, A2, A3 or A4."));
    PosterOptions options;
    options.paper = *paper;
    if (!request.tile.isEmpty()) {
        options.tile = isoSize(request.tile);
        if (options.tile != QPageSize::A4 && options.tile != QPageSize::A3)
            return cli::fail(Cli::tr("--tile is A4 or A3."));
    }

    const auto document = cli::openReadOnly(request.conferencePath);
    if (!document)
        return cli::Failure;
    PosterSources sources(document.get());
    const QList<Poster> posters = sources.posters(*kind);
    if (posters.isEmpty())
        return cli::fail(Cli::tr("There is nothing to print for --what %1 in %2.")
                             .arg(request.what, request.conferencePath));

    const PosterPrinter printer(options);
    const int pages = int(printer.pages(posters).size());
    QString error;
    const bool written = OutputFile::write(
        request.pdfPath,
        [&](QIODevice &device) {
            QPdfWriter writer(&device);
            writer.setCreator(QStringLiteral("Weitblick"));
            writer.setTitle(PosterSources::kindLabel(*kind));
            return printer.print(&writer, posters,
                                 [](int, int) { return !cli::Interruption::requested(); });
        },
        &error);
    if (!written && cli::Interruption::requested()) {
        cli::fail(Cli::tr("Cancelled; %1 was not written.").arg(request.pdfPath));
        return cli::Interruption::exitCode();
    }
    if (!written)
        return cli::fail(error);
    cli::printLine(stdout, Cli::tr("Wrote %1 (%n page(s))", nullptr, pages).arg(request.pdfPath));
    return 0;
}

} // namespace weitblick
