#include "questionedit.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>

#include <cmath>

namespace weitblick {

QuestionEdit::QuestionEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The plain-text layout counts its size in lines; a new line count is a new height.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
            this, &QuestionEdit::fitHeight);
    fitHeight();
}

void QuestionEdit::setText(const QString &text)
{
    if (text == toPlainText() && !isModified())
        return;
    setPlainText(text);
    moveCursor(QTextCursor::Start);
}

bool QuestionEdit::isModified() const
{
    return document()->isModified();
}

int QuestionEdit::neededHeight() const
{
    const double lines =
        std::max(1.0, document()->documentLayout()->documentSize().height());
    const QMargins margins = contentsMargins() + viewportMargins();
    return int(std::ceil(lines * fontMetrics().lineSpacing() + 2 * document()->documentMargin()))
           + margins.top() + margins.bottom();
}

QSize QuestionEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), neededHeight()};
}

QSize QuestionEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), neededHeight()};
}

void QuestionEdit::fitHeight()
{
    const int height = neededHeight();
    if (height != this->height()) {
        setFixedHeight(height);
        updateGeometry();
    }
}

void QuestionEdit::keyPressEvent(QKeyEvent *event)
{
    // A question is one paragraph: Enter keeps it, as in a line edit.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit editingFinished();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void QuestionEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit editingFinished();
}

void QuestionEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight();
}

void QuestionEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

} // namespace weitblick
