#pragma once

#include "core/model/id.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace weitblick {

class ConferenceDocument;
class GroupCountsBar;
class SeatList;

// One table of the table plan: its name and size, a chip per stakeholder group with how many of
// them sit there, and the list of its participants coloured by group. The box for NoId holds
// the participants without a table. It shows what the document holds and asks for changes
// through signals.
class TableBox : public QFrame
{
    Q_OBJECT

public:
    TableBox(ConferenceDocument *document, Id tableId, QWidget *parent = nullptr);

    Id tableId() const { return m_tableId; }
    SeatList *seatList() const { return m_list; }
    GroupCountsBar *countsBar() const { return m_counts; }
    QString title() const;

    // Shows the table's name and participants as the document holds them now.
    void refresh(const QList<Id> &participantIds);
    void setEditable(bool editable);

signals:
    void moveRequested(const QList<weitblick::Id> &participantIds, weitblick::Id tableId);
    void renameRequested(weitblick::Id tableId);
    void deleteRequested(weitblick::Id tableId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void showParticipantMenu(const QPoint &pos);
    void showTableMenu(const QPoint &globalPos);

    ConferenceDocument *m_document;
    Id m_tableId;
    QLabel *m_title;
    QToolButton *m_menuButton;
    GroupCountsBar *m_counts;
    SeatList *m_list;
    QString m_shownKey; // what the list last showed, to skip refills that change nothing
    bool m_editable = true;
};

} // namespace weitblick
