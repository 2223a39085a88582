#pragma once

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace weitblick::storage {

// Guards a conference file against a second writer, on this computer or another one that
// shares the folder. The lock is a file beside the conference ("NAME.weitblick.lock").
// A lock whose process is gone (same computer), or whose holder stopped refreshing it
// (another computer), is stale and taken over. The holder checks every refresh that the lock
// is still its own.
class FileLock : public QObject
{
    Q_OBJECT

public:
    explicit FileLock(const QString &conferencePath);
    ~FileLock() override;

    bool tryLock();
    bool isLocked() const { return m_lock && m_lock->isLocked(); }
    // After a failed tryLock(): whether another Weitblick holds the lock. Otherwise the lock
    // file could not be written, and failureCause() says why (a full disk, no permission).
    bool isHeldByOther() const { return m_lock->error() == QLockFile::LockFailedError; }
    QString failureCause() const;

    // Who holds the lock, for a message such as "open in Weitblick on laptop-7 (process 4711)".
    QString holderDescription() const;

    static QString lockPathFor(const QString &conferencePath);

    // Renews the lock's time stamp, or, when the lock file no longer names this process,
    // emits lost() and stops. The heartbeat calls it every 15 seconds.
    void refresh();

signals:
    // The lock file no longer names this process: another Weitblick took it over, because it
    // judged the lock stale (clocks far apart, a network share that hung).
    void lost();

private:
    bool isOurs() const;

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    int m_failureErrno = 0;
    QTimer m_heartbeat;
};

} // namespace weitblick::storage
