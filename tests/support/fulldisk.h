#pragma once

namespace weitblick::test {

// Simulates a full disk for SQLite: while it lives it is the default VFS, wrapping the real
// one, and while full() every write fails with SQLITE_FULL, as on a disk without free space.
// It also counts the syncs (xSync) SQLite asks for, which is how durability can be seen.
class FullDisk
{
public:
    FullDisk();
    ~FullDisk();
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    void setFull(bool full);
    // The xSync calls of every file since the program started.
    int syncCount() const;
};

} // namespace weitblick::test
