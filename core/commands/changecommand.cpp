#include "changecommand.h"

#include "core/document/conferencedocument.h"

namespace weitblick {

ChangeCommand::ChangeCommand(ConferenceDocument *document, const QString &text,
                             ChangeSet changes, MergeId mergeId)
    : QUndoCommand(text), m_document(document), m_changes(std::move(changes)), m_mergeId(mergeId)
{
}

void ChangeCommand::redo()
{
    // A change that could not be written is dropped from the stack by QUndoStack.
    if (!m_document->apply(m_changes))
        setObsolete(true);
}

void ChangeCommand::undo()
{
    if (!m_document->apply(m_changes.inverted()))
        setObsolete(true);
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    // A step that was refused or not written never happened: nothing of it may join this one.
    if (next->isObsolete() || next->m_mergeId != m_mergeId || !m_changes.touchesSameEntitiesAs(next->m_changes))
        return false;
    m_changes = m_changes.followedBy(next->m_changes);
    return true;
}

} // namespace weitblick
