#include "filelock.h"

#include "errortext.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QDateTime>

#include <cerrno>
#include <vector>

namespace weitblick::storage {

namespace {
// The holder refreshes the lock's time stamp this often; a lock from another computer that
// has not been refreshed for StaleAfter is taken to be left over from a crash.
// QLockFile compares the holder's time stamp with the local clock, so the time must allow for
// laptops whose clocks are some minutes apart.
constexpr int HeartbeatMs = 15 * 1000;
constexpr int StaleAfterMs = 5 * 60 * 1000;
} // namespace

FileLock::FileLock(const QString &conferencePath)
    : m_path(lockPathFor(conferencePath)), m_lock(std::make_unique<QLockFile>(m_path))
{
    m_lock->setStaleLockTime(StaleAfterMs);
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &FileLock::refresh);
}

FileLock::~FileLock()
{
    // QLockFile's destructor removes the lock file whenever it once held it, even when the file
    // now belongs to the Weitblick that took it over: a third one would then get the lock while
    // that one is still writing. A lock that is no longer ours is left alone: its QLockFile
    // stays alive (reachable, and never unlocked) until the process ends.
    if (m_lock->isLocked() && !isOurs()) {
        static auto *abandoned = new std::vector<std::unique_ptr<QLockFile>>;
        abandoned->push_back(std::move(m_lock));
    }
}

bool FileLock::isOurs() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    return m_lock->getLockInfo(&pid, &host, &app) && pid == QCoreApplication::applicationPid()
        && host == QSysInfo::machineHostName();
}

QString FileLock::lockPathFor(const QString &conferencePath)
{
    return conferencePath + QLatin1String(".lock");
}

bool FileLock::tryLock()
{
    // QLockFile tells only "unknown error" when the lock file cannot be written; the system's
    // error number right after it says whether the disk is full. (After a failed write
    // QLockFile removes its file, which succeeds and leaves errno alone.)
    errno = 0;
    if (!m_lock->tryLock(0)) {
        m_failureErrno = errno;
        return false;
    }
    m_heartbeat.start();
    return true;
}

QString FileLock::failureCause() const
{
    if (m_lock->error() == QLockFile::PermissionError)
        return ErrorText::systemCause(EACCES);
    return m_failureErrno != 0 ? ErrorText::systemCause(m_failureErrno)
                               : ErrorText::systemCause(EIO);
}

QString FileLock::holderDescription() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return tr("another Weitblick");
    return tr("Weitblick on %1 (process %2)").arg(host).arg(pid);
}

void FileLock::refresh()
{
    if (!isOurs()) {
        m_heartbeat.stop();
        emit lost();
        return;
    }
    QFile file(m_path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

} // namespace weitblick::storage
