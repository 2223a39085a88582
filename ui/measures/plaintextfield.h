#pragma once

#include <QPlainTextEdit>

namespace weitblick {

// A multi-line plain-text field for forms: Tab moves on instead of typing a tab, and leaving
// the field (or Ctrl+Return) reports the edit once, like QLineEdit::editingFinished.
class PlainTextField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PlainTextField(QWidget *parent = nullptr);

    // Replaces the text without reporting an edit; keeps the cursor when nothing changes.
    void setTextQuietly(const QString &text);

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_committed;
};

} // namespace weitblick
