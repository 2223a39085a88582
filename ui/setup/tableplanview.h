#pragma once

#include "core/model/id.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace weitblick {

class ChangeSet;
class ConferenceDocument;
class TableBox;

// The tables of a conference as a table plan: a box per table with its participants coloured by
// stakeholder group and a count per group, plus a box of those without a table. The moderator
// adds, renames and deletes tables, seats everyone with a mixed ("max-mix") or a by-group
// seating, and moves people by hand by dragging them or with "Move to Table". Each of these is
// one undo step. On a read-only document it only shows the plan.
class TablePlanView : public QWidget
{
    Q_OBJECT

public:
    explicit TablePlanView(ConferenceDocument *document, QWidget *parent = nullptr);

    // The box of a table (NoId: those without a table), or null.
    TableBox *box(Id tableId) const { return m_boxes.value(tableId); }
    // The tables in plan order.
    QList<Id> tableIds() const;

    // Whether the current seating is a balanced max-mix over all tables (never with nobody).
    bool isBalanced() const;
    // What the plan says of the seating, above the tables.
    QString balanceText() const;

    // The edits behind the buttons and menus; each is one undo step.
    bool moveParticipants(const QList<Id> &participantIds, Id tableId);
    Id addTable();
    bool createTables(int count);
    bool renameTable(Id tableId, const QString &name);
    bool deleteTable(Id tableId);
    bool seatMixed();
    bool seatByGroup();

    // The same with the questions a moderator is asked (how many, which name, really delete).
    void askCreateTables();
    void askRenameTable(Id tableId);
    void askDeleteTable(Id tableId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanges(const ChangeSet &changes);
    void rebuild();
    void rebuildLegend();
    void relayout(bool force = false);
    void updateState();
    bool seat(const QHash<Id, Id> &seating);
    int suggestedTableCount() const;

    ConferenceDocument *m_document;
    QPushButton *m_addTable;
    QPushButton *m_createTables;
    QPushButton *m_mixed;
    QPushButton *m_byGroup;
    QLabel *m_balance;
    QWidget *m_legend;
    QScrollArea *m_scroll;
    QWidget *m_plan;
    QGridLayout *m_grid;
    QHash<Id, TableBox *> m_boxes;
    QList<Id> m_order; // box order in the grid; NoId (without a table) last
    int m_columns = 0;
    quint32 m_seed = 1; // each click on "mixed" deals a new mix
};

} // namespace weitblick
