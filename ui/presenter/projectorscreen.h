#pragma once

#include <QList>
#include <QRect>

namespace weitblick {

// Which screen the projector view goes to: the first screen that is not the primary one, or
// -1 when there is only one screen (the view is then an ordinary window). A function of the
// screens' geometries, so that plugging screens in and out can be tested without them.
int projectorScreenIndex(const QList<QRect> &screenGeometries, int primaryIndex);

} // namespace weitblick
