#include "typingdelegate.h"

#include "fieldbinder.h"

#include <QLineEdit>

namespace weitblick {

QWidget *TypingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // commitData is the delegate's own signal; createEditor is const only by signature.
        auto *self = const_cast<TypingDelegate *>(this);
        auto *binder = new FieldBinder([self, edit] { emit self->commitData(edit); }, edit);
        // Only the typing: the view itself commits when the editor closes.
        connect(edit, &QLineEdit::textEdited, binder, &FieldBinder::edited);
    }
    return editor;
}

void TypingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // An editor being typed in keeps what is typed: a saved pause reloads the item, trimmed
    // or (a half-typed number) refused, and the moderator is not done yet.
    static const char *loaded = "weitblickLoaded";
    if (qobject_cast<QLineEdit *>(editor) && editor->hasFocus()
        && editor->property(loaded).toBool())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
    editor->setProperty(loaded, true);
}

} // namespace weitblick
