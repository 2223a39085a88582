#include "conferencedocument.h"

#include "core/model/references.h"

namespace weitblick {

ConferenceDocument::ConferenceDocument(std::unique_ptr<ConferenceStore> store,
                                       Conference conference, OpenOutcome outcome)
    : m_store(std::move(store)), m_conference(std::move(conference)), m_outcome(std::move(outcome))
{
    m_store->setLockLostHandler([this] {
        m_writeFailure = ConferenceStore::tr(
            "Another Weitblick has taken over this file. Everything up to now is saved in it; "
            "Weitblick stops writing so that the two do not overwrite each other. Use Save As "
            "to go on in a file of your own.");
        emit writeFailed(m_writeFailure);
        emit readOnlyChanged(true);
    });
}

ConferenceDocument::~ConferenceDocument()
{
    // Commands refer to the document; they go before it does.
    m_undoStack.clear();
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
    QString error;
    if (!m_store->apply(changes, &error)) {
        m_conference.revert(changes);
        // The model still matches the file. From now on every command refuses to run (this
        // may be inside QUndoStack::undo(), so the stack itself is left alone until Save As).
        m_writeFailure = error;
        emit writeFailed(error);
        emit readOnlyChanged(true);
        return false;
    }
    ++m_revision;
    announce(changes);
    return true;
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
    const bool wasReadOnly = isReadOnly();
    if (!m_store->saveAs(path, error))
        return false;
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
