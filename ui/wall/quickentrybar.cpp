#include "quickentrybar.h"

#include "core/document/conferencedocument.h"
#include "core/wall/timelinelayout.h"
#include "core/wall/wallareas.h"
#include "ui/common/messages.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QValidator>

#include <algorithm>

namespace weitblick {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(color.isValid() ? color : QColor(Qt::white));
    QPainter painter(&pixmap);
    painter.setPen(color.isValid() ? color.darker(150) : QColor(Qt::gray));
    painter.drawRect(0, 0, 13, 13);
    return QIcon(pixmap);
}

// Keeps the line within what a card holds, counted in characters as a person sees them (a
// QLineEdit's maxLength counts UTF-16 units: 1,001 emoji would be "2,002"). Like maxLength,
// a paste that is too long is cut rather than refused.
class CardTextValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &pos) const override
    {
        input = clampCardText(input);
        pos = std::min(pos, int(input.size()));
        return Acceptable;
    }
};

// Keeps the chosen id when the list is filled anew.
void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

QuickEntryBar::QuickEntryBar(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_line(new QLineEdit(this)),
      m_group(new QComboBox(this)),
      m_table(new QComboBox(this)),
      m_laneLabel(new QLabel(tr("Lane:"), this)),
      m_lane(new QComboBox(this)),
      m_area(new QComboBox(this))
{
    QFont big = m_line->font();
    big.setPointSizeF(std::max(big.pointSizeF(), 14.0));
    m_line->setFont(big);
    m_line->setValidator(new CardTextValidator(m_line));
    m_line->setClearButtonEnabled(true);
    m_line->installEventFilter(this);
    m_group->setToolTip(tr("Stakeholder group of the new cards (Page Up/Page Down in the line)"));
    m_table->setToolTip(tr("Table the new cards come from"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_laneLabel->setTextFormat(Qt::PlainText);
    for (TimelineLane lane : {TimelineLane::World, TimelineLane::Local, TimelineLane::Personal})
        m_lane->addItem(TimelineLayout::laneName(lane), int(lane));
    m_lane->setToolTip(tr("Timeline lane of the new cards"));
    // The areas change with the phase: a topic may be longer than the first phase's areas.
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_area->setToolTip(tr("Area of the wall the new cards go to (Alt+Page Up/Alt+Page Down in "
                          "the line)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_group);
    layout->addWidget(m_table);
    layout->addWidget(m_laneLabel);
    layout->addWidget(m_lane);
    layout->addWidget(m_area);
    setFocusProxy(m_line);

    connect(m_line, &QLineEdit::returnPressed, this, &QuickEntryBar::submit);
    const auto refresh = [this](EntityKind kind, Id id) {
        if (kind == EntityKind::StakeholderGroup)
            fillGroups();
        else if (kind == EntityKind::Table)
            fillTables();
        else if (kind == EntityKind::Phase && id == m_phaseId)
            updateForPhase();
    };
    connect(document, &ConferenceDocument::entityAdded, this, refresh);
    connect(document, &ConferenceDocument::entityChanged, this, refresh);
    connect(document, &ConferenceDocument::entityRemoved, this, refresh);
    connect(document, &ConferenceDocument::readOnlyChanged, this, &QuickEntryBar::updateEditable);
    fillGroups();
    fillTables();
    updateForPhase();
}

void QuickEntryBar::setPhase(Id phaseId)
{
    m_phaseId = phaseId;
    updateForPhase();
}

void QuickEntryBar::updateForPhase()
{
    const Phase *phase = m_document->conference().find<Phase>(m_phaseId);
    m_past = phase && phase->kind == PhaseKind::Past;
    m_laneLabel->setVisible(m_past);
    m_lane->setVisible(m_past);
    const QStringList areas = phase && !m_past
                                  ? WallAreas::columnNames(phase->wallLayout, phase->wallTopics)
                                  : QStringList();
    const int column = m_area->currentIndex();
    m_area->clear();
    m_area->addItems(areas);
    m_area->setCurrentIndex(std::clamp(column, 0, std::max(0, int(areas.size()) - 1)));
    m_area->setVisible(!areas.isEmpty());
    updateEditable();
}

void QuickEntryBar::updateEditable()
{
    // A read-only conference keeps the line: it says why nothing typed can become a card,
    // where the moderator looks, instead of swallowing the keys.
    const bool readOnly = m_document->isReadOnly();
    const bool editable = !readOnly && m_phaseId != NoId;
    m_line->setEnabled(m_phaseId != NoId);
    m_line->setReadOnly(readOnly);
    for (QWidget *preset : std::initializer_list<QWidget *>{m_group, m_table, m_lane, m_area})
        preset->setEnabled(editable);
    if (readOnly) {
        const QString why = tr("No cards can be added: %1").arg(m_document->readOnlyReason());
        m_line->setPlaceholderText(why);
        m_line->setToolTip(messages::plainToolTip(why));
    } else {
        // A short hint that fits the line; the tooltip explains the year.
        m_line->setPlaceholderText(
            m_past ? tr("Type a card, press Enter, e.g. “1989 Fall of the Wall”")
                   : tr("Type a card and press Enter"));
        m_line->setToolTip(m_past ? tr("A year at the start puts the card on the timeline: "
                                       "1989 Fall of the Wall")
                                  : QString());
    }
}

void QuickEntryBar::fillGroups()
{
    const QVariant current = m_group->currentData();
    QList<StakeholderGroup> groups(m_document->conference().all<StakeholderGroup>().begin(),
                                   m_document->conference().all<StakeholderGroup>().end());
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto &a, const auto &b) { return a.order < b.order; });
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(swatch(QColor()), tr("No group"), NoId);
    for (const StakeholderGroup &group : groups)
        m_group->addItem(swatch(group.color), group.name, group.id);
    selectData(m_group, current);
}

void QuickEntryBar::fillTables()
{
    const QVariant current = m_table->currentData();
    QList<Table> tables(m_document->conference().all<Table>().begin(),
                        m_document->conference().all<Table>().end());
    std::stable_sort(tables.begin(), tables.end(),
                     [](const auto &a, const auto &b) { return a.number < b.number; });
    const QSignalBlocker blocker(m_table);
    m_table->clear();
    m_table->addItem(tr("No table"), NoId);
    for (const Table &table : tables) {
        const QString name = table.name.isEmpty() ? tr("Table %1").arg(table.number) : table.name;
        m_table->addItem(name, table.id);
    }
    selectData(m_table, current);
}

Id QuickEntryBar::presetGroup() const
{
    return m_group->currentData().value<Id>();
}

void QuickEntryBar::setPresetGroup(Id groupId)
{
    selectData(m_group, groupId);
}

Id QuickEntryBar::presetTable() const
{
    return m_table->currentData().value<Id>();
}

void QuickEntryBar::setPresetTable(Id tableId)
{
    selectData(m_table, tableId);
}

TimelineLane QuickEntryBar::presetLane() const
{
    return TimelineLane(m_lane->currentData().toInt());
}

void QuickEntryBar::setPresetLane(TimelineLane lane)
{
    selectData(m_lane, int(lane));
}

int QuickEntryBar::presetAreaColumn() const
{
    return m_area->count() > 0 ? m_area->currentIndex() : -1;
}

void QuickEntryBar::setPresetAreaColumn(int column)
{
    if (column >= 0 && column < m_area->count())
        m_area->setCurrentIndex(column);
}

std::optional<Card> QuickEntryBar::pendingCard() const
{
    QString text = m_line->text().trimmed();
    if (text.isEmpty() || m_phaseId == NoId)
        return std::nullopt;
    Card card;
    card.phaseId = m_phaseId;
    card.groupId = presetGroup();
    card.tableId = presetTable();
    if (m_past) {
        card.year = TimelineLayout::takeLeadingYear(&text);
        card.lane = presetLane();
    }
    card.text = text;
    return card;
}

void QuickEntryBar::submit()
{
    if (const std::optional<Card> card = pendingCard())
        emit cardEntered(*card);
}

void QuickEntryBar::clearEntry()
{
    m_line->clear();
    m_line->setFocus(Qt::OtherFocusReason);
}

void QuickEntryBar::focusEntry()
{
    m_line->setFocus(Qt::ShortcutFocusReason);
    m_line->selectAll();
}

bool QuickEntryBar::eventFilter(QObject *watched, QEvent *event)
{
    // The empty line has nothing of its own to undo: the undo and redo keys go on to the
    // window, which undoes the conference's last edit (the card just typed, most often).
    if (watched == m_line && event->type() == QEvent::ShortcutOverride
        && m_line->text().isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int step = key->key() == Qt::Key_PageUp ? -1 : key->key() == Qt::Key_PageDown ? 1 : 0;
        QComboBox *box = key->modifiers() & Qt::AltModifier ? m_area : m_group;
        if (step != 0 && box->count() > 0) {
            box->setCurrentIndex((box->currentIndex() + step + box->count()) % box->count());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace weitblick
