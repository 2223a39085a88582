#include "fulldisk.h"

#include <sqlite3.h>

#include <atomic>

namespace weitblick::test {

namespace {

std::atomic<bool> diskFull{false};
std::atomic<int> syncs{0};
sqlite3_vfs *realVfs = nullptr;

// Our file object: SQLite's header, then the real VFS's file object right behind it.
struct WrappedFile
{
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

WrappedFile *wrapped(sqlite3_file *file)
{
    return reinterpret_cast<WrappedFile *>(file);
}

int wClose(sqlite3_file *f) { return wrapped(f)->real()->pMethods->xClose(wrapped(f)->real()); }
int wRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return wrapped(f)->real()->pMethods->xRead(wrapped(f)->real(), buffer, amount, offset);
}
int wWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (diskFull)
        return SQLITE_FULL;
    return wrapped(f)->real()->pMethods->xWrite(wrapped(f)->real(), buffer, amount, offset);
}
int wTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return wrapped(f)->real()->pMethods->xTruncate(wrapped(f)->real(), size);
}
int wSync(sqlite3_file *f, int flags)
{
    ++syncs;
    return wrapped(f)->real()->pMethods->xSync(wrapped(f)->real(), flags);
}
int wFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return wrapped(f)->real()->pMethods->xFileSize(wrapped(f)->real(), size);
}
int wLock(sqlite3_file *f, int level) { return wrapped(f)->real()->pMethods->xLock(wrapped(f)->real(), level); }
int wUnlock(sqlite3_file *f, int level) { return wrapped(f)->real()->pMethods->xUnlock(wrapped(f)->real(), level); }
int wCheckReservedLock(sqlite3_file *f, int *out)
{
    return wrapped(f)->real()->pMethods->xCheckReservedLock(wrapped(f)->real(), out);
}
int wFileControl(sqlite3_file *f, int op, void *arg)
{
    return wrapped(f)->real()->pMethods->xFileControl(wrapped(f)->real(), op, arg);
}
int wSectorSize(sqlite3_file *f) { return wrapped(f)->real()->pMethods->xSectorSize(wrapped(f)->real()); }
int wDeviceCharacteristics(sqlite3_file *f)
{
    return wrapped(f)->real()->pMethods->xDeviceCharacteristics(wrapped(f)->real());
}

// Version 1: no shared memory (WAL) and no memory mapping, which Weitblick does not use.
const sqlite3_io_methods wrappedMethods = {
    1, wClose, wRead, wWrite, wTruncate, wSync, wFileSize, wLock, wUnlock, wCheckReservedLock,
    wFileControl, wSectorSize, wDeviceCharacteristics, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr};

int wOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    WrappedFile *w = wrapped(file);
    w->base.pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, w->real(), flags, outFlags);
    if (rc == SQLITE_OK && w->real()->pMethods)
        w->base.pMethods = &wrappedMethods;
    return rc;
}

sqlite3_vfs fullDiskVfs;

} // namespace

FullDisk::FullDisk()
{
    realVfs = sqlite3_vfs_find(nullptr);
    fullDiskVfs = *realVfs;
    fullDiskVfs.iVersion = 1;
    fullDiskVfs.zName = "weitblick-full-disk";
    fullDiskVfs.szOsFile = int(sizeof(WrappedFile)) + realVfs->szOsFile;
    fullDiskVfs.pNext = nullptr;
    fullDiskVfs.xOpen = wOpen;
    sqlite3_vfs_register(&fullDiskVfs, 1);
}

FullDisk::~FullDisk()
{
    diskFull = false;
    sqlite3_vfs_unregister(&fullDiskVfs);
    sqlite3_vfs_register(realVfs, 1);
}

void FullDisk::setFull(bool full)
{
    diskFull = full;
}

int FullDisk::syncCount() const
{
    return syncs;
}

} // namespace weitblick::test
