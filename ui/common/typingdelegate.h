#pragma once

#include <QStyledItemDelegate>

namespace weitblick {

// An item delegate whose text editors save what is typed after a pause (FieldBinder), not
// only when the editor closes: lists and tables lose nothing typed either.
class TypingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    // The view reloads an open editor when its item changes, which a saved pause does.
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace weitblick
