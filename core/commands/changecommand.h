#pragma once

#include "core/model/changeset.h"

#include <QUndoCommand>

namespace weitblick {

class ConferenceDocument;

// Merge ids of commands that fold into their predecessor, all in one place.
enum class MergeId {
    None = -1,
    MoveCards = 1,
    MoveClusters,
};

// The one undo command: it holds the changes of one user edit and applies them (redo) or their
// inverse (undo) through the document, which writes them to the file in one transaction.
// Why one class instead of a class per edit: every edit is a list of entity changes, so the
// write-through, the undo and the merging are the same for all of them. The facade in
// commands.h builds the changes; widgets never build commands themselves.
//
// Ownership: removed entities live on as values in the command's change set, so undoing a
// removal needs nothing but the command itself.
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(ConferenceDocument *document, const QString &text, ChangeSet changes,
                  MergeId mergeId = MergeId::None);

    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeSet &changes() const { return m_changes; }

private:
    ConferenceDocument *m_document;
    ChangeSet m_changes;
    MergeId m_mergeId;
};

} // namespace weitblick
