#include "storewriter.h"

#include "core/storage/conferencestore.h"

namespace weitblick {

StoreWriter::StoreWriter(ConferenceStore *store, std::function<void()> batchDone)
    : m_store(store), m_batchDone(std::move(batchDone)), m_thread([this] { run(); })
{
}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard queue(m_queueMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void StoreWriter::writeSoon(quint64 number, const ChangeSet &changes)
{
    {
        std::lock_guard queue(m_queueMutex);
        m_queue.append({number, changes});
    }
    m_wake.notify_one();
}

bool StoreWriter::writeNow(quint64 number, const ChangeSet &changes, QString *error)
{
    std::lock_guard store(m_storeMutex);
    writeWaiting();
    {
        std::lock_guard queue(m_queueMutex);
        if (m_progress.failedFrom) {
            *error = m_progress.error;
            return false;
        }
    }
    if (write({changes}, number, number))
        return true;
    *error = progress().error;
    return false;
}

void StoreWriter::flushThen(const std::function<void(ConferenceStore *)> &work)
{
    std::lock_guard store(m_storeMutex);
    writeWaiting();
    if (work)
        work(m_store);
}

StoreWriter::Progress StoreWriter::progress() const
{
    std::lock_guard queue(m_queueMutex);
    return m_progress;
}

void StoreWriter::resume(quint64 written)
{
    std::lock_guard queue(m_queueMutex);
    m_progress = Progress{written, std::nullopt, {}};
}

void StoreWriter::run()
{
    for (;;) {
        {
            std::unique_lock queue(m_queueMutex);
            m_wake.wait(queue, [this] { return m_stopping || !m_queue.isEmpty(); });
            if (m_queue.isEmpty())
                return; // stopping, and everything is written
        }
        {
            std::lock_guard store(m_storeMutex);
            writeWaiting();
        }
        m_batchDone();
    }
}

void StoreWriter::writeWaiting()
{
    QList<Waiting> waiting;
    {
        std::lock_guard queue(m_queueMutex);
        waiting.swap(m_queue);
        if (m_progress.failedFrom)
            return; // the file holds what came before the failure, and nothing after it
    }
    if (waiting.isEmpty())
        return;
    QList<ChangeSet> batch;
    batch.reserve(waiting.size());
    for (const Waiting &each : std::as_const(waiting))
        batch.append(each.changes);
    write(batch, waiting.constFirst().number, waiting.constLast().number);
}

bool StoreWriter::write(const QList<ChangeSet> &batch, quint64 first, quint64 last)
{
    QString error;
    const bool written = m_store->apply(batch, &error);
    std::lock_guard queue(m_queueMutex);
    if (written) {
        m_progress.written = last;
    } else {
        m_progress.failedFrom = first;
        m_progress.error = error;
    }
    return written;
}

} // namespace weitblick
