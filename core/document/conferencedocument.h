#pragma once

#include "core/model/changeset.h"
#include "core/model/conference.h"
#include "core/storage/conferencestore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace weitblick {

// One open conference: the model, the undo stack and the file behind them. Every change goes
// through apply(), which makes it durable in the file first and only then changes the model,
// so the model never shows an edit that the file does not hold.
class ConferenceDocument : public QObject
{
    Q_OBJECT

public:
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

    // Writes the changes to the file in one transaction, then applies them to the model and
    // announces them. On a failed write nothing changes, the document turns read-only and
    // writeFailed() tells why.
    bool apply(const ChangeSet &changes);

    bool saveAs(const QString &path, QString *error);
    // The result of a full integrity check of the file ("ok" when sound).
    QString integrityCheck() { return m_store->integrityCheck(); }

signals:
    void entityAdded(weitblick::EntityKind kind, weitblick::Id id);
    void entityChanged(weitblick::EntityKind kind, weitblick::Id id);
    void entityRemoved(weitblick::EntityKind kind, weitblick::Id id);
    // After every applied change set, once its single-entity signals went out.
    void changesApplied(const weitblick::ChangeSet &changes);
    void writeFailed(const QString &message);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);

private:
    ConferenceDocument(std::unique_ptr<ConferenceStore> store, Conference conference,
                       OpenOutcome outcome);
    void announce(const ChangeSet &changes);

    std::unique_ptr<ConferenceStore> m_store;
    Conference m_conference;
    OpenOutcome m_outcome;
    QUndoStack m_undoStack;
    QString m_writeFailure;
};

} // namespace weitblick
