#pragma once

#include "core/model/card.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace weitblick {

class ConferenceDocument;

// The quick-entry line under the wall: type a card, press Enter, type the next, without ever
// reaching for the mouse. The stakeholder group and table chosen beside the line go with every
// card. On the Past phase a leading year ("1989 Mauerfall") and the lane selector put the card
// on the timeline; on a divided wall the area selector says where they go. Page Up and Page
// Down in the line switch the group, Alt+Page Up and Alt+Page Down the area. In the empty line
// the undo and redo keys undo and redo the conference's edits; a read-only conference says in
// the line why it takes no cards.
class QuickEntryBar : public QWidget
{
    Q_OBJECT

public:
    explicit QuickEntryBar(ConferenceDocument *document, QWidget *parent = nullptr);

    void setPhase(Id phaseId);
    Id phaseId() const { return m_phaseId; }

    QLineEdit *lineEdit() const { return m_line; }
    Id presetGroup() const;
    void setPresetGroup(Id groupId);
    Id presetTable() const;
    void setPresetTable(Id tableId);
    TimelineLane presetLane() const;
    void setPresetLane(TimelineLane lane);
    // On a divided wall: the column the new cards go to (0: strengths or prouds, 1: weaknesses
    // or sorries); -1 on other walls.
    int presetAreaColumn() const;
    void setPresetAreaColumn(int column);

    // The card the typed text makes (without its place), or nothing for an empty line.
    std::optional<Card> pendingCard() const;
    // Empties the line after its card was added; the focus stays.
    void clearEntry();
    void focusEntry();

signals:
    // Enter was pressed on a non-empty line; whoever adds the card calls clearEntry().
    void cardEntered(const weitblick::Card &card);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void fillGroups();
    void fillTables();
    void updateForPhase();
    void updateEditable();

    ConferenceDocument *m_document;
    Id m_phaseId = NoId;
    bool m_past = false;
    QLineEdit *m_line;
    QComboBox *m_group;
    QComboBox *m_table;
    QLabel *m_laneLabel;
    QComboBox *m_lane;
    QComboBox *m_area;
};

} // namespace weitblick
