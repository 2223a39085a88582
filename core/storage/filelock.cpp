#include "filelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QDateTime>

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
    : m_path(lockPathFor(conferencePath)), m_lock(m_path)
{
    m_lock.setStaleLockTime(StaleAfterMs);
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &FileLock::refresh);
}

FileLock::~FileLock() = default;

QString FileLock::lockPathFor(const QString &conferencePath)
{
    return conferencePath + QLatin1String(".lock");
}

bool FileLock::tryLock()
{
    if (!m_lock.tryLock(0))
        return false;
    m_heartbeat.start();
    return true;
}

QString FileLock::holderDescription() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return tr("another Weitblick");
    return tr("Weitblick on %1 (process %2)").arg(host).arg(pid);
}

void FileLock::refresh()
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock.getLockInfo(&pid, &host, &app) || pid != QCoreApplication::applicationPid()
        || host != QSysInfo::machineHostName()) {
        m_heartbeat.stop();
        emit lost();
        return;
    }
    QFile file(m_path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

} // namespace weitblick::storage
