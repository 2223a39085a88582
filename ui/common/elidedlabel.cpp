#include "elidedlabel.h"

#include "messages.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace weitblick {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    updateGeometry();
    updateToolTip();
    update();
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(m_text, Qt::ElideRight, contentsRect().width());
}

QSize ElidedLabel::sizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(m_text), fontMetrics().height())
        .grownBy(contentsMargins());
}

QSize ElidedLabel::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QStringLiteral("…")) * 4,
                 fontMetrics().height())
        .grownBy(contentsMargins());
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    // Plain text: drawItemText never reads markup.
    style()->drawItemText(&painter, contentsRect(), Qt::AlignLeft | Qt::AlignVCenter,
                          option.palette, isEnabled(), shownText(), QPalette::WindowText);
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    // Only a cut text needs a tool tip; a whole one would repeat itself.
    setToolTip(shownText() == m_text ? QString() : messages::plainToolTip(m_text));
}

} // namespace weitblick
