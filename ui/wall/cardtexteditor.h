#pragma once

#include <QGraphicsTextItem>

namespace weitblick {

// Edits a card's text or a cluster's heading in place on the wall. Enter commits, Shift+Enter
// starts a new line, Escape cancels, and leaving the editor commits. It only ever hands out
// plain text.
class CardTextEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    CardTextEditor(const QString &text, const QFont &font, double width, Qt::Alignment alignment,
                   QGraphicsItem *parent);

    void setBackground(const QColor &color) { m_background = color; }
    // Gives the editor the keyboard with all of its text selected.
    void start();
    // Ends the edit keeping the text, as Enter does.
    void commit() { finish(true); }
    QString text() const { return toPlainText(); }

signals:
    void committed(const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void finish(bool commit);

    QColor m_background;
    bool m_finished = false;
};

} // namespace weitblick
