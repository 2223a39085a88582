#pragma once

#include <QComboBox>

namespace weitblick {

// A combo box for names the moderator typed, in a narrow place: a choice too long for the box
// is shortened with "…", and the tooltip shows the whole of it. The list that drops down shows
// every choice whole.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace weitblick
