#pragma once

#include <QSize>

class QWidget;

namespace weitblick::screenfit {

// The wanted size of a window, made smaller where the available part of its screen (without
// panels and task bars, and with room for the window frame) is smaller, so that no window
// opens larger than the screen it is on.
QSize within(const QWidget *window, QSize wanted);
// Resizes the window to the wanted size, as far as its screen allows.
void resize(QWidget *window, QSize wanted);

} // namespace weitblick::screenfit
