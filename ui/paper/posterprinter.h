#pragma once

#include "poster.h"
#include "tilegrid.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QPageSize>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace weitblick {

// How posters go on paper: each on one sheet of an ISO size, or at that size tiled over A4 or
// A3 sheets.
struct PosterOptions
{
    enum class Orientation { Auto, Portrait, Landscape };

    QPageSize::PageSizeId paper = QPageSize::A1;
    // Auto: the one that shows the poster largest (on tiles: that needs the fewest sheets).
    Orientation orientation = Orientation::Auto;
    // A4 or A3 to tile the poster over sheets of that size; nothing for one sheet.
    std::optional<QPageSize::PageSizeId> tile;
    double overlapMm = 10;
    double marginMm = 10;
};

// Puts posters on paper: plans the pages (a whole sheet each, or an overview and the sheets of
// a tiled poster), and paints them onto any paged device (QPdfWriter, QPrinter). Works in
// points. Each sheet of a tiled poster paints only its part of the poster.
class PosterPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PosterPrinter)

public:
    struct Page
    {
        enum class Kind { Whole, Overview, Sheet };
        int poster = 0;
        Kind kind = Kind::Whole;
        int row = 0;
        int column = 0;
        QPageLayout layout;
    };
    // Called after each page with the pages done and their total; false cancels.
    using Progress = std::function<bool(int done, int total)>;

    explicit PosterPrinter(const PosterOptions &options);

    const PosterOptions &options() const { return m_options; }
    // A sheet of the size and orientation, without margins (the posters keep their own).
    static QPageLayout sheetLayout(QPageSize::PageSizeId id, QPageLayout::Orientation orientation);
    static QSizeF sizePt(const QPageLayout &layout);

    // The size of the poster in points, with its orientation.
    QPageLayout posterLayout(const Poster &poster) const;
    // The size of a tiled poster in points: the paper, less what its content leaves blank.
    QSizeF tiledPosterSize(const Poster &poster) const;
    // The sheets a tiled poster takes, on the orientation that needs the fewest.
    TileGrid tileGrid(const Poster &poster, QPageLayout *sheet = nullptr) const;
    QList<Page> pages(const QList<Poster> &posters) const;

    // Prints every page. False when the device would not paint or the progress cancelled.
    bool print(QPagedPaintDevice *device, const QList<Poster> &posters,
               const Progress &progress = {}) const;
    // Paints one page; the painter's transform maps points of the page to the device.
    void paintPage(QPainter *painter, const QList<Poster> &posters, const Page &page) const;

    // Paints the part `exposed` of a poster laid out on paper of `size` (points): its title
    // strip and its content scaled to fit within the margins.
    void paintPoster(QPainter *painter, const Poster &poster, QSizeF size,
                     const QRectF &exposed) const;

private:
    double marginPt() const;
    void paintSheet(QPainter *painter, const Poster &poster, const Page &page) const;
    void paintOverview(QPainter *painter, const Poster &poster, const Page &page) const;
    void paintMarks(QPainter *painter, const Page &page, const TileGrid &grid,
                    const QRectF &printable) const;
    QString sheetLabel(const Page &page, const TileGrid &grid) const;

    PosterOptions m_options;
};

} // namespace weitblick
