#pragma once

namespace weitblick::cli {

// Lets Ctrl+C (SIGINT) and SIGTERM cancel a long export cleanly: the export stops at its next
// step, OutputFile leaves nothing behind, and the program says so. A second signal ends the
// program at once, as usual. main() installs it first thing, so no signal finds the program
// without it.
class Interruption
{
public:
    static void install();
    static bool requested();
    // 128 + the number of the signal, as shells report a program ended by it.
    static int exitCode();
};

} // namespace weitblick::cli
