#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace weitblick::screenfit {

namespace {

// Before a window is shown its frame is unknown: room for a title bar and borders.
const QSize FrameAllowance(16, 48);

} // namespace

QSize within(const QWidget *window, QSize wanted)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return wanted;
    return wanted.boundedTo(screen->availableGeometry().size() - FrameAllowance);
}

void resize(QWidget *window, QSize wanted)
{
    window->resize(within(window, wanted));
}

} // namespace weitblick::screenfit
