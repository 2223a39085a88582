#include "ui/common/messages.h"
#include "groupcountsbar.h"

#include "setuplists.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace weitblick {

namespace {
constexpr int Gap = 4;
}

GroupCountsBar::GroupCountsBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void GroupCountsBar::setCounts(const QList<Count> &counts)
{
    const bool sameSize = counts.size() == m_counts.size();
    m_counts = counts;
    if (!sameSize)
        updateGeometry();
    update();
}

QSize GroupCountsBar::chipSize() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("00")) + 14, metrics.height() + 4};
}

QList<QRect> GroupCountsBar::chipRects(int width) const
{
    const QSize chip = chipSize();
    QList<QRect> rects;
    int x = 0;
    int y = 0;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        if (x > 0 && x + chip.width() > width) {
            x = 0;
            y += chip.height() + Gap;
        }
        rects.append(QRect(QPoint(x, y), chip));
        x += chip.width() + Gap;
    }
    return rects;
}

QSize GroupCountsBar::sizeHint() const
{
    const QSize chip = chipSize();
    const int n = int(m_counts.size());
    return {n > 0 ? n * (chip.width() + Gap) - Gap : 0, n > 0 ? chip.height() : 0};
}

QSize GroupCountsBar::minimumSizeHint() const
{
    return {chipSize().width(), m_counts.isEmpty() ? 0 : chipSize().height()};
}

int GroupCountsBar::heightForWidth(int width) const
{
    const QList<QRect> rects = chipRects(width);
    return rects.isEmpty() ? 0 : rects.constLast().bottom() + 1;
}

void GroupCountsBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = chipRects(width());
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        const Count &count = m_counts.at(i);
        const QRectF rect = QRectF(rects.at(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill = count.color.isValid() ? count.color : QColor(Qt::lightGray);
        QColor border = fill.darker(150);
        QColor text = fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
        if (count.count == 0) {
            // A group missing at the table: keep its place, but faded.
            fill = QColor(Qt::white);
            text = border;
        }
        painter.setPen(border);
        painter.setBrush(fill);
        painter.drawRoundedRect(rect, 4, 4);
        painter.setPen(text);
        painter.drawText(rect, Qt::AlignCenter, QString::number(count.count));
    }
}

bool GroupCountsBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<QRect> rects = chipRects(width());
        for (qsizetype i = 0; i < rects.size(); ++i) {
            if (rects.at(i).contains(help->pos())) {
                const QString text =
                    tr("%1: %2").arg(m_counts.at(i).name).arg(m_counts.at(i).count);
                QToolTip::showText(help->globalPos(), messages::plainToolTip(text), this,
                                   rects.at(i));
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace weitblick
