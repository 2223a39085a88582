#pragma once

#include <QString>

namespace weitblick {

// What --serve was asked for.
struct ServeRequest
{
    QString conferencePath;
    QString bind;        // an address; empty: the one with the default route (or loopback)
    int port = 0;        // 0: the default port; the next free one when it is taken
    QString code;        // empty: a new one
    int openPhase = 0;   // the phase (1 = first) that accepts cards; 0: none
    bool openVote = false; // the latest vote (opened again if closed) takes dots from devices
    QString join;        // table, group or participant
};

// Runs the participation server with no window (docs/participation.md), for tests and for a
// second laptop. Prints the join URL as the first line, then follows commands on stdin (one a
// line: "phase N", "phase none", "vote open", "vote none", "pause", "resume",
// "join table|group|participant"), answering each with one line. Runs until SIGINT or SIGTERM
// and returns 0 with the file intact, or 2 when it cannot start.
int serve(const ServeRequest &request);

} // namespace weitblick
