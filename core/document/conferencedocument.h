#pragma once

#include "core/model/changeset.h"
#include "core/model/conference.h"
#include "core/storage/conferencestore.h"
#include "storewriter.h"

#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace weitblick {

// One open conference: the model, the undo stack and the file behind them. Every change goes
// through apply(), which makes it durable in the file before it returns, so that a crash loses
// at most the edit being made.
//
// Edits from devices are the exception (WritesLater): the model shows them at once, and a
// thread of the document writes them moments later, several in one transaction, so that the
// GUI thread never waits for the disk on their behalf. The device is told only once its edit
// is in the file (whenWritten()). Every edit reaches the file in the order it was made; if one
// cannot be written, it and all after it are taken back, so the model again shows what the
// file holds.
class ConferenceDocument : public QObject
{
    Q_OBJECT

public:
    // While one exists, apply() hands the document's edits to its writer thread instead of
    // writing them before it returns.
    class WritesLater
    {
    public:
        explicit WritesLater(ConferenceDocument *document);
        ~WritesLater();
        WritesLater(const WritesLater &) = delete;
        WritesLater &operator=(const WritesLater &) = delete;

    private:
        QPointer<ConferenceDocument> m_document;
    };

    // Opens an existing file after checking it (see ConferenceStore::open); null with a
    // Rejected outcome when that is not possible.
    static std::unique_ptr<ConferenceDocument> open(const QString &path,
                                                    ConferenceStore::Access access,
                                                    OpenOutcome *outcome);
    // Writes a new file holding the conference and opens it.
    static std::unique_ptr<ConferenceDocument> create(const QString &path,
                                                      const Conference &conference,
                                                      QString *error);
    ~ConferenceDocument() override;

    const Conference &conference() const { return m_conference; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_store->filePath(); }
    bool isReadOnly() const { return m_store->isReadOnly() || !m_writeFailure.isEmpty(); }
    // Why the conference cannot be edited, in words for the moderator; empty when it can.
    QString readOnlyReason() const;
    const OpenOutcome &openOutcome() const { return m_outcome; }

    // Checks the changes by the rules a file is opened by (references.h), writes them to the
    // file in one transaction, and announces them. A change that breaks a rule, or that was
    // made for a state that is gone, changes nothing: editRefused() tells why and the document
    // stays writable. On a failed write nothing changes either, the document turns read-only
    // and writeFailed() tells why. Inside WritesLater the changes are announced at once and
    // written by the writer thread; they are refused while a failure of it is not taken in.
    bool apply(const ChangeSet &changes);
    // Counts the change sets applied so far: it grows with every apply() that succeeds.
    quint64 revision() const { return m_revision; }
    // Calls done once every edit applied so far is in the file (true), or could not be written
    // and was taken back (false): at once when none waits, and never after context is gone.
    void whenWritten(QObject *context, std::function<void(bool written)> done);

    // For a file opened read-only because its references are broken (OpenOutcome::Inconsistent):
    // writes a new file at path holding the conference without its broken references and
    // nothing else left out (referenceRepair()).
    bool saveRepairedCopy(const QString &path, QString *error) const;

    // Writes a copy and continues on it; refused for a file with broken references, whose
    // copy is the repaired one (saveRepairedCopy()).
    bool saveAs(const QString &path, QString *error);
    // The result of a full integrity check of the file ("ok" when sound).
    QString integrityCheck();

signals:
    void entityAdded(weitblick::EntityKind kind, weitblick::Id id);
    void entityChanged(weitblick::EntityKind kind, weitblick::Id id);
    void entityRemoved(weitblick::EntityKind kind, weitblick::Id id);
    // After every applied change set, once its single-entity signals went out.
    void changesApplied(const weitblick::ChangeSet &changes);
    void writeFailed(const QString &message);
    // An edit that was not made, and why, in one line; the document stays as it was.
    void editRefused(const QString &reason);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);

private:
    ConferenceDocument(std::unique_ptr<ConferenceStore> store, Conference conference,
                       OpenOutcome outcome);
    void announce(const ChangeSet &changes);
    enum class OnFailure { Wait, TakeBack };
    // Takes in what the writer thread wrote and answers who waits for it. After a failure,
    // TakeBack takes back every edit not written; Wait leaves that to the settle() queued by
    // the writer, for callers inside apply(), whose caller may hold references to those edits.
    void settle(OnFailure onFailure = OnFailure::TakeBack);
    // Turns the document read-only for the reason given, once.
    void fail(const QString &reason);

    struct Unwritten
    {
        quint64 number;
        ChangeSet changes;
    };
    struct Waiter
    {
        quint64 number; // done once this edit is written
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };

    std::unique_ptr<ConferenceStore> m_store;
    Conference m_conference;
    OpenOutcome m_outcome;
    QUndoStack m_undoStack;
    QString m_writeFailure;
    quint64 m_revision = 0;
    quint64 m_lastWriteNumber = 0; // of the last edit handed to the writer
    QList<Unwritten> m_unwritten;  // handed on by WritesLater, oldest first
    QList<Waiter> m_waiters;
    int m_writesLater = 0;
    std::unique_ptr<StoreWriter> m_writer; // declared after m_store, so it goes first
};

} // namespace weitblick
