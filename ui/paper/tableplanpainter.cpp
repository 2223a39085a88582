#include "tableplanpainter.h"

#include "ui/common/fittingtext.h"

#include <QCollator>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace weitblick {

namespace {

constexpr double BoxWidth = 560;
constexpr double HeaderHeight = 56;
constexpr double LineHeight = 34;
constexpr double Spacing = 36;
constexpr double Pad = 14;
constexpr double LegendHeight = 48;

QFont fontOf(int pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace

QString TablePlanPainter::tableTitle(const Table &table)
{
    const QString number = tr("Table %1").arg(table.number);
    if (table.name.isEmpty())
        return number;
    // "Tisch 3", "Gruppe 3" or "3 – Rathaus", not "3D-Werkstatt" or "Tisch 13".
    const QRegularExpression ownNumber(
        QStringLiteral("^(\\p{L}+\\s+)?%1(\\s*[–:·-]\\s.*)?$").arg(table.number));
    return table.name.contains(ownNumber) ? table.name : tr("%1 · %2").arg(number, table.name);
}

TablePlanPainter::TablePlanPainter(const Conference &conference)
{
    QCollator collator;
    collator.setNumericMode(true);
    QList<Table> tables(conference.all<Table>().begin(), conference.all<Table>().end());
    std::sort(tables.begin(), tables.end(),
              [](const Table &a, const Table &b) { return a.number < b.number; });
    QList<Participant> participants(conference.all<Participant>().begin(),
                                    conference.all<Participant>().end());
    std::sort(participants.begin(), participants.end(),
              [&collator](const Participant &a, const Participant &b) {
                  return collator.compare(a.name, b.name) < 0;
              });

    const auto personOf = [&conference](const Participant &participant) {
        const StakeholderGroup *group = conference.find<StakeholderGroup>(participant.groupId);
        return Person{participant.name, participant.organisation,
                      group ? group->color : QColor(Qt::lightGray)};
    };
    for (const Table &table : std::as_const(tables)) {
        Box box{{}, tableTitle(table), {}};
        for (const Participant &participant : std::as_const(participants)) {
            if (participant.tableId == table.id)
                box.people << personOf(participant);
        }
        m_boxes << box;
    }
    Box unseated{{}, tr("Not seated yet"), {}};
    for (const Participant &participant : std::as_const(participants)) {
        if (!conference.find<Table>(participant.tableId))
            unseated.people << personOf(participant);
    }
    if (!unseated.people.isEmpty() || m_boxes.isEmpty())
        m_boxes << unseated;

    // As many columns as make the plan about as wide as an ISO sheet lying down is.
    const int count = int(m_boxes.size());
    int tallest = 0;
    for (const Box &box : std::as_const(m_boxes))
        tallest = std::max(tallest, int(box.people.size()));
    const double boxHeight = HeaderHeight + std::max(1, tallest) * LineHeight + Pad;
    int columns = 1;
    double bestError = 1e9;
    for (int c = 1; c <= count; ++c) {
        const int rows = (count + c - 1) / c;
        const double width = c * BoxWidth + (c - 1) * Spacing;
        const double height = rows * boxHeight + (rows - 1) * Spacing;
        const double error = std::abs(std::log(width / height / std::sqrt(2.0)));
        if (error < bestError) {
            bestError = error;
            columns = c;
        }
    }
    for (int i = 0; i < count; ++i) {
        const int row = i / columns;
        const int col = i % columns;
        m_boxes[i].rect = QRectF(col * (BoxWidth + Spacing), row * (boxHeight + Spacing),
                                 BoxWidth, boxHeight);
        m_bounds |= m_boxes[i].rect;
    }

    // The legend of the groups, in as many lines as the plan's width needs.
    QList<StakeholderGroup> groups(conference.all<StakeholderGroup>().begin(),
                                   conference.all<StakeholderGroup>().end());
    std::stable_sort(groups.begin(), groups.end(),
                     [](const StakeholderGroup &a, const StakeholderGroup &b) {
                         return a.order < b.order;
                     });
    const QFontMetricsF metrics(fontOf(22));
    const double top = m_bounds.bottom() + Spacing;
    double x = 0;
    double y = top;
    for (const StakeholderGroup &group : std::as_const(groups)) {
        const double width = 30 + metrics.horizontalAdvance(group.name) + 2;
        if (x > 0 && x + width > m_bounds.width()) {
            x = 0;
            y += LegendHeight;
        }
        m_legend << LegendEntry{group.name, group.color, QRectF(x, y, width, LegendHeight)};
        x += width + 32;
    }
    if (!m_legend.isEmpty()) {
        m_legendRect = QRectF(0, top, m_bounds.width(), y + LegendHeight - top);
        m_bounds |= m_legendRect;
    }
}

void TablePlanPainter::paint(QPainter *painter, const QRectF &exposed) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Box &box : m_boxes) {
        if (box.rect.intersects(exposed))
            paintBox(painter, box);
    }
    if (m_legendRect.intersects(exposed)) {
        painter->setFont(fontOf(22));
        for (const LegendEntry &entry : m_legend) {
            const QRectF swatch(entry.rect.left(), entry.rect.center().y() - 11, 22, 22);
            painter->setPen(QPen(entry.color.darker(150), 1));
            painter->setBrush(entry.color);
            painter->drawRect(swatch);
            painter->setPen(QColor(0x1a, 0x1a, 0x1a));
            painter->drawText(entry.rect.adjusted(30, 0, 0, 0),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, entry.name);
        }
    }
    painter->restore();
}

void TablePlanPainter::paintBox(QPainter *painter, const Box &box) const
{
    const QRectF &rect = box.rect;
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 2));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(rect, 10, 10);
    const QRectF header(rect.left(), rect.top(), rect.width(), HeaderHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8, 0xee, 0xf6));
    painter->drawRoundedRect(header.adjusted(1, 1, -1, 0), 9, 9);

    painter->setPen(QColor(0x1a, 0x1a, 0x1a));
    QFont title = fontOf(26, true);
    painter->setFont(title);
    const QString count = QString::number(box.people.size());
    const QRectF titleRect = header.adjusted(Pad, 0, -Pad - 60, 0);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetricsF(title).elidedText(box.title, Qt::ElideRight,
                                                      titleRect.width()));
    painter->setFont(fontOf(22));
    painter->drawText(header.adjusted(Pad, 0, -Pad, 0),
                      Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, count);

    const QFont nameFont = fontOf(22);
    const QFont organisationFont = fontOf(18);
    double y = header.bottom() + 4;
    for (const Person &person : box.people) {
        const QRectF line(rect.left() + Pad, y, rect.width() - 2 * Pad, LineHeight);
        const QRectF swatch(line.left(), line.center().y() - 9, 18, 18);
        painter->setPen(QPen(person.color.darker(150), 1));
        painter->setBrush(person.color);
        painter->drawRect(swatch);
        painter->setPen(QColor(0x1a, 0x1a, 0x1a));
        painter->setFont(nameFont);
        const QFontMetricsF nameMetrics(nameFont);
        const double textLeft = swatch.right() + 10;
        const double room = line.right() - textLeft;
        const QString name = nameMetrics.elidedText(person.name, Qt::ElideRight, room * 0.6);
        const double nameWidth = nameMetrics.horizontalAdvance(name);
        painter->drawText(QRectF(textLeft, line.top(), nameWidth + 2, line.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, name);
        if (!person.organisation.isEmpty()) {
            painter->setFont(organisationFont);
            painter->setPen(QColor(0x66, 0x66, 0x66));
            const QRectF orgRect(textLeft + nameWidth + 12, line.top(),
                                 line.right() - textLeft - nameWidth - 12, line.height());
            fittingtext::drawLabel(painter, orgRect, Qt::AlignLeft | Qt::AlignVCenter,
                                   person.organisation, 12);
        }
        y += LineHeight;
    }
}

} // namespace weitblick
