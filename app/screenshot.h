#pragma once

#include <QString>

namespace weitblick {

// Writes a PNG of the main window at 1920×1080 showing the conference file at the given phase
// (1 = first). Shows a copy of the file, so the file is never changed. Returns an exit code.
// The page is "wall" (the phase), "start", "participants" or "tables".
int writeScreenshot(const QString &conferencePath, const QString &pngPath, int phase,
                    const QString &page);

// Writes a PNG of what the projector would show at 1920×1080 for the phase (1 = first), from
// a copy of the file. `show` is "wall", "ranking",
// "common-ground", "timer" or "title". Returns an exit code.
int writePresenterScreenshot(const QString &conferencePath, const QString &pngPath, int phase,
                             const QString &show);

} // namespace weitblick
