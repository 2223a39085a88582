#pragma once

#include <QWidget>

namespace weitblick {

// One line of plain text of any length, such as a status message: it takes the room it is
// given, ends what does not fit with "…", and shows the whole text in its tool tip. A QLabel
// asks for the width of its whole text and can push a window wider than the screen.
class ElidedLabel : public QWidget
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    // The text as it is painted at the current width.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
};

} // namespace weitblick
