#include "plaintextfield.h"

#include <QKeyEvent>

namespace weitblick {

PlainTextField::PlainTextField(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void PlainTextField::setTextQuietly(const QString &text)
{
    m_committed = text;
    if (toPlainText() != text)
        setPlainText(text);
}

void PlainTextField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (toPlainText() != m_committed) {
        m_committed = toPlainText();
        emit editingFinished();
    }
}

void PlainTextField::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() & Qt::ControlModifier) {
        if (toPlainText() != m_committed) {
            m_committed = toPlainText();
            emit editingFinished();
        }
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace weitblick
