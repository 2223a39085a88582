#pragma once

#include "core/model/changeset.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace weitblick {

class ConferenceStore;

// Writes a document's change sets to its file in the order they were made, each numbered by
// the document: either at once, on the caller's thread, or soon, on a thread of its own that
// writes whatever waits in one transaction. Edits from devices take the second way, so that
// the GUI thread never waits for the disk on their behalf.
//
// After the first change set that could not be written, nothing more is written until
// resume(): the file then holds exactly the change sets before it.
class StoreWriter
{
public:
    struct Progress
    {
        quint64 written = 0; // every change set up to this number is in the file
        std::optional<quint64> failedFrom; // this one and all after it are not
        QString error;
    };

    // batchDone runs on the writer's thread after each batch it wrote or failed to write.
    StoreWriter(ConferenceStore *store, std::function<void()> batchDone);
    // Writes what waits, then ends the thread.
    ~StoreWriter();

    // Queues the change set for the thread.
    void writeSoon(quint64 number, const ChangeSet &changes);
    // Writes what waits, then this change set in a transaction of its own. False, with the
    // reason, when either could not be written.
    bool writeNow(quint64 number, const ChangeSet &changes, QString *error);
    // Writes what waits, then runs work (when given) with the store to itself.
    void flushThen(const std::function<void(ConferenceStore *)> &work);
    Progress progress() const;
    // Writes again after a failure, once the file is one that holds everything (Save As).
    void resume(quint64 written);

    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

private:
    struct Waiting
    {
        quint64 number;
        ChangeSet changes;
    };
    void run();
    // Writes what waits in one transaction; m_storeMutex must be held.
    void writeWaiting();
    // Writes the batch, numbered first to last, in one transaction and records the outcome.
    bool write(const QList<ChangeSet> &batch, quint64 first, quint64 last);

    ConferenceStore *m_store;
    std::function<void()> m_batchDone;
    // Held for every use of the store. Always taken before m_queueMutex, which is never held
    // while the disk is written, so that queueing never waits for it.
    std::mutex m_storeMutex;
    mutable std::mutex m_queueMutex;
    std::condition_variable m_wake;
    QList<Waiting> m_queue;
    Progress m_progress;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace weitblick
