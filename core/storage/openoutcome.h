#pragma once

#include <QString>

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
    QString message; // one sentence a moderator understands; empty when simply opened
    QString backupPath;

    bool isOpen() const { return status != Status::Rejected; }
    bool isWritable() const { return status == Status::Opened || status == Status::Upgraded; }
};

} // namespace weitblick
