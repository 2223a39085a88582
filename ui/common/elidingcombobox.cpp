#include "elidingcombobox.h"

#include "messages.h"

#include <QStylePainter>

namespace weitblick {

ElidingComboBox::ElidingComboBox(QWidget *parent) : QComboBox(parent)
{
    // Its width comes from the layout, not from the longest name.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option,
                                          QStyle::SC_ComboBoxEditField, this);
    if (!option.currentIcon.isNull())
        field.setWidth(field.width() - option.iconSize.width() - 4);
    // The style draws the label one pixel in from each side of the field.
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight,
                                                  field.width() - 2);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    // Set here, where the choice is shown: a box filled with its signals blocked tells
    // nobody which choice it shows.
    const QString tip = messages::plainToolTip(currentText());
    if (toolTip() != tip)
        setToolTip(tip);
}

} // namespace weitblick
