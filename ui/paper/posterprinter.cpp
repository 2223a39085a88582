#include "posterprinter.h"

#include "ui/common/fittingtext.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>

#include <algorithm>
#include <cmath>

namespace weitblick {

namespace {

constexpr double PointsPerMm = 72.0 / 25.4;
const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor MarkColor(0x33, 0x33, 0x33);
const QColor GlueColor(0xd0, 0xd0, 0xd0);

QFont fontOf(double pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

void drawLine(QPainter *painter, const QString &text, const QRectF &rect, int flags)
{
    painter->drawText(rect, flags | Qt::TextSingleLine,
                      QFontMetricsF(painter->font()).elidedText(text, Qt::ElideRight,
                                                                rect.width()));
}

QString paperName(QPageSize::PageSizeId id)
{
    return QPageSize::name(id);
}

// Where the poster's content goes on paper of this size, and at what scale.
struct Placement
{
    QRectF header;
    QRectF content; // the content's bounds, placed
    double scale = 0;
};

// The title strip's height on a paper of this size: the same on a tiled poster, which is
// trimmed to its content, as on the whole sheet.
double headerHeightOn(QSizeF paper)
{
    return 0.045 * std::min(paper.width(), paper.height());
}

Placement place(const Poster &poster, QSizeF size, double margin, double headerHeight)
{
    Placement p;
    p.header = QRectF(margin, margin, size.width() - 2 * margin, headerHeight);
    const double gap = headerHeight * 0.4;
    const QRectF room(margin, p.header.bottom() + gap, size.width() - 2 * margin,
                      size.height() - 2 * margin - headerHeight - gap);
    const QSizeF bounds = poster.bounds.size();
    if (bounds.isEmpty() || room.isEmpty())
        return p;
    p.scale = std::min(room.width() / bounds.width(), room.height() / bounds.height());
    const QSizeF placed = bounds * p.scale;
    p.content = QRectF(room.left() + (room.width() - placed.width()) / 2,
                       room.top() + (room.height() - placed.height()) / 2, placed.width(),
                       placed.height());
    return p;
}

} // namespace

PosterPrinter::PosterPrinter(const PosterOptions &options) : m_options(options) {}

double PosterPrinter::marginPt() const
{
    return m_options.marginMm * PointsPerMm;
}

QPageLayout PosterPrinter::sheetLayout(QPageSize::PageSizeId id,
                                       QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(id), orientation, QMarginsF(), QPageLayout::Millimeter);
}

QSizeF PosterPrinter::sizePt(const QPageLayout &layout)
{
    // From millimetres, because QPageSize rounds its point sizes to whole points.
    const QSizeF mm = layout.fullRect(QPageLayout::Millimeter).size();
    return mm * PointsPerMm;
}

QPageLayout PosterPrinter::posterLayout(const Poster &poster) const
{
    using Orientation = PosterOptions::Orientation;
    if (poster.fixedA4Landscape)
        return sheetLayout(QPageSize::A4, QPageLayout::Landscape);
    if (m_options.orientation != Orientation::Auto) {
        return sheetLayout(m_options.paper, m_options.orientation == Orientation::Landscape
                                                ? QPageLayout::Landscape
                                                : QPageLayout::Portrait);
    }
    const QPageLayout portrait = sheetLayout(m_options.paper, QPageLayout::Portrait);
    const QPageLayout landscape = sheetLayout(m_options.paper, QPageLayout::Landscape);
    const QSizeF portraitSize = sizePt(portrait);
    const QSizeF landscapeSize = sizePt(landscape);
    const double portraitScale =
        place(poster, portraitSize, marginPt(), headerHeightOn(portraitSize)).scale;
    const double landscapeScale =
        place(poster, landscapeSize, marginPt(), headerHeightOn(landscapeSize)).scale;
    return landscapeScale > portraitScale * 1.0001 ? landscape : portrait;
}

QSizeF PosterPrinter::tiledPosterSize(const Poster &poster) const
{
    // The poster at the paper's scale, trimmed to what it shows: a wide wall on a tall sheet
    // would otherwise leave rows of blank sheets.
    const QSizeF paper = sizePt(posterLayout(poster));
    const double header = headerHeightOn(paper);
    const Placement p = place(poster, paper, marginPt(), header);
    if (p.scale <= 0)
        return paper;
    const double margins = 2 * marginPt();
    return QSizeF(std::min(paper.width(), p.content.width() + margins),
                  std::min(paper.height(), p.content.height() + margins + header * 1.4));
}

TileGrid PosterPrinter::tileGrid(const Poster &poster, QPageLayout *sheet) const
{
    const QSizeF posterSize = tiledPosterSize(poster);
    const double overlap = m_options.overlapMm * PointsPerMm;
    const QPageSize::PageSizeId tile = m_options.tile.value_or(QPageSize::A4);
    TileGrid best;
    for (QPageLayout::Orientation orientation : {QPageLayout::Portrait, QPageLayout::Landscape}) {
        const QPageLayout layout = sheetLayout(tile, orientation);
        const QSizeF printable = sizePt(layout) - QSizeF(2 * marginPt(), 2 * marginPt());
        const TileGrid grid(posterSize, printable, overlap);
        if (best.sheetCount() == 0 || grid.sheetCount() < best.sheetCount()) {
            best = grid;
            if (sheet)
                *sheet = layout;
        }
    }
    return best;
}

QList<PosterPrinter::Page> PosterPrinter::pages(const QList<Poster> &posters) const
{
    QList<Page> pages;
    for (int i = 0; i < posters.size(); ++i) {
        const Poster &poster = posters.at(i);
        const QPageLayout layout = posterLayout(poster);
        if (!m_options.tile || poster.fixedA4Landscape) {
            pages << Page{i, Page::Kind::Whole, 0, 0, layout};
            continue;
        }
        QPageLayout sheet;
        const TileGrid grid = tileGrid(poster, &sheet);
        pages << Page{i, Page::Kind::Overview, 0, 0,
                      sheetLayout(*m_options.tile, layout.orientation())};
        for (int row = 0; row < grid.rows(); ++row) {
            for (int column = 0; column < grid.columns(); ++column)
                pages << Page{i, Page::Kind::Sheet, row, column, sheet};
        }
    }
    return pages;
}

bool PosterPrinter::print(QPagedPaintDevice *device, const QList<Poster> &posters,
                          const Progress &progress) const
{
    const QList<Page> plan = pages(posters);
    if (plan.isEmpty())
        return false;
    // A printer takes one paper size per job; a PDF takes a size per page.
    const auto *printer = dynamic_cast<QPrinter *>(device);
    const bool perPageLayout = !printer || printer->outputFormat() == QPrinter::PdfFormat;
    if (perPageLayout)
        device->setPageLayout(plan.first().layout);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    for (int i = 0; i < plan.size(); ++i) {
        const Page &page = plan.at(i);
        if (i > 0) {
            if (perPageLayout)
                device->setPageLayout(page.layout);
            if (!device->newPage()) {
                painter.end();
                return false;
            }
        }
        // Points of the planned page to device pixels; a paper that is not the planned one
        // (a printer's) gets the page scaled to fit.
        const QSizeF planned = sizePt(page.layout);
        const QSizeF actual(device->width() * 72.0 / device->logicalDpiX(),
                            device->height() * 72.0 / device->logicalDpiY());
        const double fit = std::min(actual.width() / planned.width(),
                                    actual.height() / planned.height());
        painter.resetTransform();
        painter.scale(device->logicalDpiX() / 72.0 * fit, device->logicalDpiY() / 72.0 * fit);
        paintPage(&painter, posters, page);
        if (progress && !progress(i + 1, int(plan.size()))) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

void PosterPrinter::paintPage(QPainter *painter, const QList<Poster> &posters,
                              const Page &page) const
{
    const Poster &poster = posters.at(page.poster);
    painter->save();
    switch (page.kind) {
    case Page::Kind::Whole: {
        const QSizeF size = sizePt(page.layout);
        if (poster.fixedA4Landscape) {
            // Fills the sheet exactly: its bounds are the sheet.
            painter->scale(size.width() / poster.bounds.width(),
                           size.height() / poster.bounds.height());
            painter->translate(-poster.bounds.topLeft());
            poster.paint(painter, poster.bounds);
        } else {
            paintPoster(painter, poster, size, QRectF(QPointF(), size));
        }
        break;
    }
    case Page::Kind::Overview:
        paintOverview(painter, poster, page);
        break;
    case Page::Kind::Sheet:
        paintSheet(painter, poster, page);
        break;
    }
    painter->restore();
}

void PosterPrinter::paintPoster(QPainter *painter, const Poster &poster, QSizeF size,
                                const QRectF &exposed) const
{
    const Placement p = place(poster, size, marginPt(),
                              headerHeightOn(sizePt(posterLayout(poster))));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (p.header.intersects(exposed)) {
        const double height = p.header.height();
        painter->setPen(Ink);
        // The subtitle takes what it needs of up to half the strip, in a smaller font where it
        // must (a tiled poster is trimmed to its content and may be narrow); the title has
        // the rest.
        const QString subtitle = poster.subtitle;
        QFont subtitleFont = fontOf(height * 0.34);
        double subtitleWidth = 0;
        if (!subtitle.isEmpty()) {
            const double most = p.header.width() * 0.5;
            while (QFontMetricsF(subtitleFont).horizontalAdvance(subtitle) + 4 > most
                   && subtitleFont.pixelSize() > height * 0.2)
                subtitleFont = fontOf(subtitleFont.pixelSize() * 0.92);
            subtitleWidth =
                std::min(QFontMetricsF(subtitleFont).horizontalAdvance(subtitle) + 4, most);
        }
        const QRectF titleRect =
            p.header.adjusted(0, 0, -subtitleWidth - height * 0.5, -height * 0.12);
        // A long title gets a smaller font, then a second line, before it is cut short.
        double titleSize = height * 0.62;
        while (titleSize > height * 0.4
               && QFontMetricsF(fontOf(titleSize, true)).horizontalAdvance(poster.title)
                      > titleRect.width())
            titleSize *= 0.92;
        painter->setFont(fontOf(titleSize, true));
        fittingtext::drawLabel(painter, titleRect, Qt::AlignLeft | Qt::AlignBottom, poster.title,
                               height * 0.3);
        if (!subtitle.isEmpty()) {
            painter->setFont(subtitleFont);
            painter->setPen(QColor(0x55, 0x55, 0x55));
            drawLine(painter, subtitle,
                     QRectF(p.header.right() - subtitleWidth, p.header.top(), subtitleWidth,
                            p.header.height() - height * 0.16),
                     Qt::AlignRight | Qt::AlignBottom);
        }
        painter->setPen(QPen(Ink, std::max(0.5, height * 0.04)));
        painter->drawLine(p.header.bottomLeft(), p.header.bottomRight());
    }
    const QRectF shown = p.content & exposed;
    if (p.scale > 0 && !shown.isEmpty()) {
        // The exposed part of the paper, in the content's own coordinates.
        const QRectF exposedContent(
            poster.bounds.left() + (shown.left() - p.content.left()) / p.scale,
            poster.bounds.top() + (shown.top() - p.content.top()) / p.scale,
            shown.width() / p.scale, shown.height() / p.scale);
        painter->translate(p.content.topLeft());
        painter->scale(p.scale, p.scale);
        painter->translate(-poster.bounds.topLeft());
        painter->setClipRect(exposedContent, Qt::IntersectClip);
        poster.paint(painter, exposedContent);
    }
    painter->restore();
}

QString PosterPrinter::sheetLabel(const Page &page, const TileGrid &) const
{
    return TileGrid::label(page.row, page.column);
}

void PosterPrinter::paintSheet(QPainter *painter, const Poster &poster, const Page &page) const
{
    const TileGrid grid = tileGrid(poster);
    const QSizeF size = sizePt(page.layout);
    const double m = marginPt();
    const QRectF printable(m, m, size.width() - 2 * m, size.height() - 2 * m);
    const QRectF posterRect(QPointF(), grid.posterSize());
    const QRectF source = grid.sourceRect(page.row, page.column);
    const QRectF exposed = source & posterRect;

    painter->save();
    // Only this sheet's part: clipped to it, and the poster paints only what meets it.
    painter->setClipRect(QRectF(printable.topLeft(), exposed.size()), Qt::IntersectClip);
    painter->translate(printable.topLeft() - source.topLeft());
    paintPoster(painter, poster, grid.posterSize(), exposed);
    painter->restore();

    paintMarks(painter, page, grid, printable);
}

void PosterPrinter::paintMarks(QPainter *painter, const Page &page, const TileGrid &grid,
                               const QRectF &printable) const
{
    const double m = marginPt();
    const double overlap = grid.overlap();
    const QSizeF size = sizePt(page.layout);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Crop marks at the corners of the printed area, in the white margin.
    painter->setPen(QPen(MarkColor, 0.5));
    const double reach = m * 0.7;
    for (const QPointF &corner : {printable.topLeft(), printable.topRight(),
                                  printable.bottomLeft(), printable.bottomRight()}) {
        const double dx = corner.x() < size.width() / 2 ? -1 : 1;
        const double dy = corner.y() < size.height() / 2 ? -1 : 1;
        painter->drawLine(corner + QPointF(dx * 3, 0), corner + QPointF(dx * reach, 0));
        painter->drawLine(corner + QPointF(0, dy * 3), corner + QPointF(0, dy * reach));
    }

    // Cut: the white edge on the left and top goes, so this sheet can lie on its neighbour.
    const QFont small = fontOf(7);
    painter->setFont(fontOf(11));
    QPen cutPen(MarkColor, 0.6, Qt::DashLine);
    const QString scissors = QString(QChar(0x2702));
    if (page.column > 0) {
        painter->setPen(cutPen);
        painter->drawLine(QPointF(printable.left(), 2), QPointF(printable.left(), m - 3));
        painter->drawLine(QPointF(printable.left(), printable.bottom() + 3),
                          QPointF(printable.left(), size.height() - 2));
        painter->setPen(MarkColor);
        painter->drawText(QRectF(printable.left() - m + 2, printable.top() + 4, m - 4, 16),
                          Qt::AlignCenter | Qt::TextSingleLine, scissors);
    }
    if (page.row > 0) {
        painter->setPen(cutPen);
        painter->drawLine(QPointF(2, printable.top()), QPointF(m - 3, printable.top()));
        painter->drawLine(QPointF(printable.right() + 3, printable.top()),
                          QPointF(size.width() - 2, printable.top()));
        painter->setPen(MarkColor);
        painter->drawText(QRectF(printable.left() + 4, printable.top() - m + 2, 16, m - 4),
                          Qt::AlignCenter | Qt::TextSingleLine, scissors);
    }

    // Glue: the strip on the right and at the foot that the next sheet covers.
    painter->setFont(small);
    const QString glue = tr("glue");
    const double band = std::min(m * 0.4, 10.0);
    const QPen guide(QColor(0x88, 0x88, 0x88), 0.3, Qt::DotLine);
    if (page.column < grid.columns() - 1) {
        const double left = printable.right() - overlap;
        for (const QRectF &strip : {QRectF(left, printable.top() - band, overlap, band),
                                    QRectF(left, printable.bottom(), overlap, band)}) {
            painter->fillRect(strip, GlueColor);
            painter->setPen(MarkColor);
            painter->drawText(strip, Qt::AlignCenter | Qt::TextSingleLine, glue);
        }
        painter->setPen(guide);
        painter->drawLine(QPointF(left, printable.top()), QPointF(left, printable.bottom()));
    }
    if (page.row < grid.rows() - 1) {
        const double top = printable.bottom() - overlap;
        for (const QRectF &strip : {QRectF(printable.left() - band, top, band, overlap),
                                    QRectF(printable.right(), top, band, overlap)}) {
            painter->fillRect(strip, GlueColor);
            painter->save();
            painter->translate(strip.center());
            painter->rotate(-90);
            painter->setPen(MarkColor);
            painter->drawText(QRectF(-strip.height() / 2, -strip.width() / 2, strip.height(),
                                     strip.width()),
                              Qt::AlignCenter | Qt::TextSingleLine, glue);
            painter->restore();
        }
        painter->setPen(guide);
        painter->drawLine(QPointF(printable.left(), top), QPointF(printable.right(), top));
    }

    // Which sheet this is: large at the top, in words at the foot.
    painter->setPen(Ink);
    painter->setFont(fontOf(std::min(14.0, m * 0.5), true));
    painter->drawText(QRectF(printable.left(), 0, printable.width(), m),
                      Qt::AlignCenter | Qt::TextSingleLine, sheetLabel(page, grid));
    painter->setFont(small);
    const int number = page.row * grid.columns() + page.column + 1;
    drawLine(painter,
             tr("Row %1 / Column %2 · sheet %3 of %4 · %5")
                 .arg(TileGrid::rowLetters(page.row))
                 .arg(page.column + 1)
                 .arg(number)
                 .arg(grid.sheetCount())
                 .arg(paperName(m_options.paper)),
             QRectF(printable.left() + m, printable.bottom(), printable.width() - 2 * m, m),
             Qt::AlignCenter);
    painter->restore();
}

void PosterPrinter::paintOverview(QPainter *painter, const Poster &poster, const Page &page) const
{
    QPageLayout sheet;
    const TileGrid grid = tileGrid(poster, &sheet);
    const QSizeF size = sizePt(page.layout);
    const double m = marginPt();
    const QRectF area(m, m, size.width() - 2 * m, size.height() - 2 * m);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    painter->setPen(Ink);
    const QSizeF posterMm = grid.posterSize() / PointsPerMm;
    const QStringList lines{
        tr("The poster at %1 scale, %2 × %3 mm, on %4: %5, %6, %7 mm overlap.")
            .arg(paperName(m_options.paper))
            .arg(std::lround(posterMm.width()))
            .arg(std::lround(posterMm.height()))
            .arg(tr("%n sheet(s) of %1", nullptr, grid.sheetCount())
                     .arg(paperName(*m_options.tile)),
                 tr("%n row(s)", nullptr, grid.rows()),
                 tr("%n column(s)", nullptr, grid.columns()))
            .arg(m_options.overlapMm, 0, 'f', 0),
        tr("Cut off the white edge along the dashed marks (%1) on the left and at the top of a "
           "sheet, and glue it over the grey strip of its neighbour.")
            .arg(QString(QChar(0x2702))),
        tr("The label at the top of each sheet says where it goes: the row as a letter, the "
           "column as a number.")};
    // The headline and the instructions wrap: the sheet is narrower than they are long.
    double y = area.top();
    const auto paragraph = [&](const QString &text, const QFont &font, double after) {
        painter->setFont(font);
        const QRectF room(area.left(), y, area.width(), area.bottom() - y);
        y += painter->boundingRect(room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text)
                 .height()
             + after;
        painter->drawText(room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    };
    paragraph(tr("How the sheets fit together: %1").arg(poster.title), fontOf(18, true), 6);
    for (const QString &line : lines)
        paragraph(line, fontOf(10), 1);

    // The whole grid of sheets, with the poster small inside it.
    const double step = grid.printableSize().width() - grid.overlap();
    const double stepY = grid.printableSize().height() - grid.overlap();
    const QSizeF extent(std::max(grid.posterSize().width(),
                                 (grid.columns() - 1) * step + grid.printableSize().width()),
                        std::max(grid.posterSize().height(),
                                 (grid.rows() - 1) * stepY + grid.printableSize().height()));
    const QRectF room(area.left(), y + 10, area.width(), area.bottom() - y - 10);
    const double scale = std::min(room.width() / extent.width(),
                                  room.height() / extent.height());
    const QPointF origin(room.left() + (room.width() - extent.width() * scale) / 2, room.top());
    const QRectF posterRect(QPointF(), grid.posterSize());

    painter->save();
    painter->translate(origin);
    painter->scale(scale, scale);
    painter->save();
    painter->setClipRect(posterRect, Qt::IntersectClip);
    paintPoster(painter, poster, grid.posterSize(), posterRect);
    painter->restore();
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 1 / scale));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(posterRect);
    painter->restore();

    const QColor gridColor(0x1f, 0x6f, 0xd6);
    for (int row = 0; row < grid.rows(); ++row) {
        for (int column = 0; column < grid.columns(); ++column) {
            const QRectF source = grid.sourceRect(row, column);
            const QRectF cell(origin + source.topLeft() * scale, source.size() * scale);
            painter->setPen(QPen(gridColor, 0.8));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(cell);
            const QString label = TileGrid::label(row, column);
            const QFont font = fontOf(std::clamp(cell.height() * 0.16, 6.0, 28.0), true);
            painter->setFont(font);
            const QFontMetricsF metrics(font);
            const QSizeF labelSize(metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
            const QRectF labelRect(cell.center() - QPointF(labelSize.width(), labelSize.height()) / 2,
                                   labelSize);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(255, 255, 255, 220));
            painter->drawRoundedRect(labelRect, 3, 3);
            painter->setPen(gridColor);
            painter->drawText(labelRect, Qt::AlignCenter | Qt::TextSingleLine, label);
        }
    }
    painter->restore();
}

} // namespace weitblick
