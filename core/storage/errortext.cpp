#include "errortext.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace weitblick::storage {

bool ErrorText::isNoSpace(int errnum)
{
    // EFBIG: the file would outgrow what its drive (or the user's file size limit) allows.
    return errnum == ENOSPC || errnum == EDQUOT || errnum == EFBIG;
}

int ErrorText::withFullDisk(sqlite3 *db, int code)
{
    if ((code & 0xff) == SQLITE_IOERR && db && isNoSpace(sqlite3_system_errno(db)))
        return SQLITE_FULL;
    return code;
}

QString ErrorText::sqliteCause(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return tr("there is no space left on the disk");
    case SQLITE_READONLY:
        return tr("the file or its drive is read-only");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("there is no permission to use the file");
    case SQLITE_CANTOPEN:
        return tr("the file cannot be opened (was its drive removed?)");
    case SQLITE_IOERR:
        return tr("the drive could not be read or written (was it removed?)");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program is using the file");
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return tr("the file is damaged");
    case SQLITE_NOTADB:
        return tr("it is not a Weitblick conference");
    case SQLITE_TOOBIG:
        return tr("it holds a value far larger than Weitblick writes");
    case SQLITE_NOMEM:
        return tr("there is not enough memory");
    default:
        return tr("an unexpected error (code %1)").arg(code);
    }
}

QString ErrorText::systemCause(int errnum)
{
    if (isNoSpace(errnum))
        return tr("there is no space left on the disk");
    switch (errnum) {
    case EROFS:
        return tr("the file or its drive is read-only");
    case EACCES:
    case EPERM:
        return tr("there is no permission to use the file");
    case ENOENT:
    case ENOTDIR:
        return tr("the folder does not exist (any more)");
    case EIO:
        return tr("the drive could not be read or written (was it removed?)");
    case ENAMETOOLONG:
        return tr("the file name is too long");
    default:
        return tr("an unexpected error (system error %1)").arg(errnum);
    }
}

QString ErrorText::sqliteDetails(sqlite3 *db)
{
    return QStringLiteral("SQLite %1: %2")
        .arg(sqlite3_extended_errcode(db))
        .arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

QString ErrorText::sqliteDetails(int code)
{
    return QStringLiteral("SQLite %1: %2").arg(code).arg(QString::fromUtf8(sqlite3_errstr(code)));
}

} // namespace weitblick::storage
