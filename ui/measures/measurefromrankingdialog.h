#pragma once

#include "core/model/id.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace weitblick {

class ConferenceDocument;

// Turns ranked items into measures: the moderator picks a vote session (a phase's vote), sees
// its clusters and cards best first, and makes a measure of the chosen one; several measures
// may come from one item. Each measure is one undo step.
class MeasureFromRankingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MeasureFromRankingDialog(ConferenceDocument *document, QWidget *parent = nullptr);

    QComboBox *sessionBox() const { return m_sessions; }
    QTreeWidget *itemList() const { return m_items; }
    // Makes a measure of the current item; its id, or NoId.
    Id createFromCurrent();
    // The measures made while the dialog was open.
    QList<Id> created() const { return m_created; }

private:
    void fillSessions();
    void fillItems();

    ConferenceDocument *m_document;
    QComboBox *m_sessions;
    QTreeWidget *m_items;
    QPushButton *m_create;
    QList<Id> m_created;
};

} // namespace weitblick
