#pragma once

#include "ui/common/typingdelegate.h"

namespace weitblick {

class ConferenceDocument;

// Edits the group and table of a participant with a combo box of the conference's groups or
// tables (and "none"); the other columns use the typing editors.
class ParticipantsDelegate : public TypingDelegate
{
    Q_OBJECT

public:
    explicit ParticipantsDelegate(ConferenceDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    ConferenceDocument *m_document;
};

} // namespace weitblick
