#pragma once

#include <QPlainTextEdit>

namespace weitblick {

// The guiding question above a wall: a heading that wraps onto as many lines as it needs, so a
// long question is never cut at the edge, and that is edited in place. Like a line edit, Enter
// ends the edit, and editingFinished() follows Enter and the loss of the focus.
class QuestionEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit QuestionEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    // Shows the text from the start, as not modified; keeps the cursor where the text is the same.
    void setText(const QString &text);
    bool isModified() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The height of all the lines at the current width.
    int neededHeight() const;
    void fitHeight();
};

} // namespace weitblick
