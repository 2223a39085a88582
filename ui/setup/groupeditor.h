#pragma once

#include "core/model/id.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace weitblick {

class ChangeSet;
class ConferenceDocument;

// Lists the stakeholder groups in their order, with colour and how many participants and cards
// belong to each, and edits them: add, rename in place, recolour, move up and down, delete.
// Every edit is one undo step. On a read-only document it only shows the groups.
class GroupEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GroupEditor(ConferenceDocument *document, QWidget *parent = nullptr);

    // Shows the editor in a dialog of its own, modally.
    static void showDialog(ConferenceDocument *document, QWidget *parent = nullptr);

    Id currentGroup() const;
    void setCurrentGroup(Id groupId);

    // The actions behind the buttons, on the current group.
    void addGroup();
    void chooseColor();   // asks with a QColorDialog
    void moveCurrent(int step); // -1 up, +1 down
    void deleteCurrent(); // asks for confirmation, naming what is affected

private:
    enum Column { NameColumn, ParticipantsColumn, CardsColumn };

    void rebuild();
    void onChanges(const ChangeSet &changes);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updateButtons();

    ConferenceDocument *m_document;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_color;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
    QLabel *m_readOnly;
    QLabel *m_problem; // why the last rename was not made
    bool m_problemJustShown = false; // until the event loop's next turn
    bool m_rebuilding = false;
};

} // namespace weitblick
