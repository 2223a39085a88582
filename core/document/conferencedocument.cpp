#include "conferencedocument.h"

#include "core/model/references.h"

namespace weitblick {

ConferenceDocument::ConferenceDocument(std::unique_ptr<ConferenceStore> store,
                                       Conference conference, OpenOutcome outcome)
    : m_store(std::move(store)), m_conference(std::move(conference)), m_outcome(std::move(outcome))
{
    m_store->setLockLostHandler([this] {
        fail(ConferenceStore::tr(
            "Another Weitblick has taken over this file. Everything up to now is saved in it; "
            "Weitblick stops writing so that the two do not overwrite each other. Use Save As "
            "to go on in a file of your own."));
    });
    // A queued call to this object is dropped once it is gone; the writer ends before that.
    m_writer = std::make_unique<StoreWriter>(m_store.get(), [this] {
        QMetaObject::invokeMethod(this, [this] { settle(); }, Qt::QueuedConnection);
    });
}

ConferenceDocument::~ConferenceDocument()
{
    // Commands refer to the document; they go before it does.
    m_undoStack.clear();
    m_writer->flushThen({});
    const StoreWriter::Progress progress = m_writer->progress();
    m_writer.reset();
    for (const Waiter &waiter : std::as_const(m_waiters)) {
        if (waiter.context)
            waiter.done(waiter.number <= progress.written);
    }
}

ConferenceDocument::WritesLater::WritesLater(ConferenceDocument *document) : m_document(document)
{
    ++m_document->m_writesLater;
}

ConferenceDocument::WritesLater::~WritesLater()
{
    if (m_document)
        --m_document->m_writesLater;
}

std::unique_ptr<ConferenceDocument> ConferenceDocument::open(const QString &path,
                                                             ConferenceStore::Access access,
                                                             OpenOutcome *outcome)
{
    Conference conference;
    std::unique_ptr<ConferenceStore> store = ConferenceStore::open(path, access, &conference,
                                                                   outcome);
    if (!store)
        return nullptr;
    return std::unique_ptr<ConferenceDocument>(
        new ConferenceDocument(std::move(store), std::move(conference), *outcome));
}

std::unique_ptr<ConferenceDocument> ConferenceDocument::create(const QString &path,
                                                               const Conference &conference,
                                                               QString *error)
{
    if (!ConferenceStore::create(path, conference, error))
        return nullptr;
    OpenOutcome outcome;
    auto document = open(path, ConferenceStore::Access::ReadWrite, &outcome);
    if (!document)
        *error = outcome.message;
    return document;
}

QString ConferenceDocument::readOnlyReason() const
{
    if (!m_writeFailure.isEmpty())
        return m_writeFailure;
    return m_store->isReadOnly() ? m_outcome.message : QString();
}

bool ConferenceDocument::apply(const ChangeSet &changes)
{
    if (isReadOnly())
        return false;
    // The model takes the changes first, so that they are checked by the same rules as a file
    // that is opened; a change set that breaks one is taken back and never reaches the file.
    if (!m_conference.applyIfCurrent(changes)) {
        emit editRefused(tr("This change was made for an older state of the conference and "
                            "is not applied."));
        return false;
    }
    const QStringList problems = findProblems(m_conference, changes, 1);
    if (!problems.isEmpty()) {
        m_conference.revert(changes);
        emit editRefused(tr("This change is not made, because it would break the file (%1).")
                             .arg(problems.constFirst()));
        return false;
    }
    if (m_writesLater > 0 && m_writer->progress().failedFrom) {
        // An edit before it could not be written; the queued settle() takes that one back.
        m_conference.revert(changes);
        return false;
    }
    const quint64 number = ++m_lastWriteNumber;
    if (m_writesLater > 0) {
        m_unwritten.append({number, changes});
        m_writer->writeSoon(number, changes);
    } else {
        QString error;
        if (!m_writer->writeNow(number, changes, &error)) {
            // The model matches the file again once this edit and those before it that were
            // not written either are taken back. From now on every command refuses to run
            // (this may be inside QUndoStack::undo(), so the stack is left alone until Save As).
            m_conference.revert(changes);
            settle();
            fail(error);
            return false;
        }
    }
    ++m_revision;
    announce(changes);
    if (!m_unwritten.isEmpty() || !m_waiters.isEmpty())
        settle(OnFailure::Wait);
    return true;
}

void ConferenceDocument::whenWritten(QObject *context, std::function<void(bool)> done)
{
    const StoreWriter::Progress progress = m_writer->progress();
    if (m_lastWriteNumber <= progress.written)
        done(true);
    else if (progress.failedFrom && m_unwritten.isEmpty())
        done(false); // taken back already; settle() will not come again for it
    else
        m_waiters.append({m_lastWriteNumber, context, std::move(done)});
}

void ConferenceDocument::settle(OnFailure onFailure)
{
    const StoreWriter::Progress progress = m_writer->progress();
    while (!m_unwritten.isEmpty() && m_unwritten.constFirst().number <= progress.written)
        m_unwritten.removeFirst();
    const bool takeBack = progress.failedFrom && onFailure == OnFailure::TakeBack;
    if (takeBack) {
        const QList<Unwritten> lost = std::exchange(m_unwritten, {});
        for (auto it = lost.crbegin(); it != lost.crend(); ++it) {
            m_conference.revert(it->changes);
            ++m_revision;
            announce(it->changes.inverted());
        }
        fail(progress.error);
    }
    // A waiter's done() may add a waiter: answer from a copy.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.number > progress.written && !takeBack)
            m_waiters.append(waiter);
        else if (waiter.context)
            waiter.done(waiter.number <= progress.written);
    }
}

void ConferenceDocument::fail(const QString &reason)
{
    if (!m_writeFailure.isEmpty())
        return;
    m_writeFailure = reason;
    emit writeFailed(reason);
    emit readOnlyChanged(true);
}

QString ConferenceDocument::integrityCheck()
{
    QString result;
    m_writer->flushThen([&](ConferenceStore *store) { result = store->integrityCheck(); });
    settle(); // the flush may have written what the writer thread had not come to yet
    return result;
}

bool ConferenceDocument::saveRepairedCopy(const QString &path, QString *error) const
{
    Conference repaired = m_conference;
    repaired.apply(referenceRepair(m_conference));
    return ConferenceStore::create(path, repaired, error);
}

void ConferenceDocument::announce(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        if (!change.before)
            emit entityAdded(change.kind(), change.id());
        else if (!change.after)
            emit entityRemoved(change.kind(), change.id());
        else
            emit entityChanged(change.kind(), change.id());
    }
    emit changesApplied(changes);
}

bool ConferenceDocument::saveAs(const QString &path, QString *error)
{
    if (m_outcome.reason == OpenOutcome::Reason::Inconsistent) {
        // A plain copy would be an editable file that Weitblick refuses to open again.
        *error = tr("This conference has broken references. Save a repaired copy instead.");
        return false;
    }
    // The copy is taken once everything the model shows is in the file, or taken back.
    m_writer->flushThen({});
    settle();
    const bool wasReadOnly = isReadOnly();
    bool saved = false;
    m_writer->flushThen([&](ConferenceStore *store) { saved = store->saveAs(path, error); });
    if (!saved)
        return false;
    m_writer->resume(m_lastWriteNumber);
    // The copy holds everything the model shows, so a failed write on the old file is behind us.
    // Commands that failed meanwhile were dropped, so the history no longer fits: start anew.
    if (!m_writeFailure.isEmpty())
        m_undoStack.clear();
    m_writeFailure.clear();
    m_outcome = OpenOutcome();
    m_outcome.status = m_store->isReadOnly() ? OpenOutcome::Status::ReadOnly
                                             : OpenOutcome::Status::Opened;
    emit filePathChanged(path);
    if (wasReadOnly != isReadOnly())
        emit readOnlyChanged(isReadOnly());
    return true;
}

} // namespace weitblick
