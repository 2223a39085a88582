#pragma once

#include <QString>
#include <QStringList>

namespace weitblick {

// What happened when a conference file was opened, for the UI to act on.
struct OpenOutcome
{
    enum class Status {
        Opened,   // read-write, current version
        Upgraded, // read-write, migrated from an older version; backupPath names the old copy
        ReadOnly, // open, but edits are not possible; see reason
        Rejected, // not open; see reason
    };
    enum class Reason {
        None,
        // Why a file is read-only.
        ReadOnlyRequested,
        NewerVersion,
        LockedByOther,
        NotWritable,
        Inconsistent, // broken references, listed in problems; a repaired copy can be saved
        // Why a file is rejected.
        Missing,
        NotAFile,
        NoPermission,
        NotWeitblick,
        Damaged,
        UpgradeFailed,
    };

    Status status = Status::Rejected;
    Reason reason = Reason::None;
    QString message; // one line a moderator understands; empty when simply opened
    QString backupPath;
    // What SQLite or the checks said, for a "Details" text or the log; may be several lines.
    QString details;
    // The broken references of an inconsistent file (and of a refused one, its bad values).
    QStringList problems;

    bool isOpen() const { return status != Status::Rejected; }
    bool isWritable() const { return status == Status::Opened || status == Status::Upgraded; }
};

} // namespace weitblick
