#include "cardtexteditor.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace weitblick {

CardTextEditor::CardTextEditor(const QString &text, const QFont &font, double width,
                               Qt::Alignment alignment, QGraphicsItem *parent)
    : QGraphicsTextItem(parent)
{
    document()->setDocumentMargin(0);
    setFont(font);
    QTextOption option = document()->defaultTextOption();
    option.setAlignment(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    setPlainText(text);
    setTextWidth(width);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(1);
}

void CardTextEditor::start()
{
    setFocus(Qt::OtherFocusReason);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void CardTextEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->modifiers() & Qt::ShiftModifier) {
            textCursor().insertText(QStringLiteral("\n"));
        } else {
            finish(true);
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        finish(false);
        event->accept();
        return;
    default:
        QGraphicsTextItem::keyPressEvent(event);
    }
}

void CardTextEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu of the editor itself takes the focus only for a moment.
    if (event->reason() != Qt::PopupFocusReason)
        finish(true);
}

void CardTextEditor::finish(bool commit)
{
    if (m_finished)
        return;
    m_finished = true;
    if (commit)
        emit committed(toPlainText());
    else
        emit cancelled();
}

void CardTextEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    if (m_background.isValid())
        painter->fillRect(boundingRect(), m_background);
    // Without the dashed focus frame: the card around the text shows where it is.
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
}

} // namespace weitblick
