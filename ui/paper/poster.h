#pragma once

#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace weitblick {

// One poster to print: a title and a picture of a natural size that is painted part by part,
// so that a sheet of a tiled poster paints only what lies on it.
struct Poster
{
    // Paints what lies in `exposed` (content coordinates). The painter maps content coordinates
    // to the paper and clips to the part being printed; anything outside `exposed` may be left
    // out, and should be, for speed.
    using PaintFunction = std::function<void(QPainter *painter, const QRectF &exposed)>;

    QString title;
    // A second line under the title, such as the conference's name and date.
    QString subtitle;
    // The content's own coordinates, e.g. a rectangle of the wall scene.
    QRectF bounds;
    PaintFunction paint;
    // A page of its own size (a table tent is always an A4 landscape sheet, folded once): its
    // bounds fill the sheet exactly, without margins or title, and it is never tiled.
    bool fixedA4Landscape = false;
};

} // namespace weitblick
