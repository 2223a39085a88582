#pragma once

#include <QString>
#include <QStringList>

class QProcess;

namespace weitblick::test {

// What a run of the weitblick program printed and returned.
struct AppRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the weitblick program the way a user runs it from a shell: without a display (the
// non-GUI modes must not need one; the GUI modes pick the offscreen platform themselves) and
// with English messages, whatever the machine's language.
AppRun runWeitblick(const QStringList &arguments);
// Starts it the same way and returns at once, for a test that acts while it runs.
void startWeitblick(QProcess &process, const QStringList &arguments);

} // namespace weitblick::test
