#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace weitblick {

class ChangeSet;
class ConferenceDocument;

// The project organisation after the conference: the steering committee (participants marked
// as Steuerkreis), and the sub-projects with leader, team, their measures and the progress
// rolled up to each sub-project and the whole conference. Sub-projects are edited in place.
class OrganisationView : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationView(ConferenceDocument *document, QWidget *parent = nullptr);

    void setToday(QDate today);

    QListWidget *steeringCommittee() const { return m_committee; }
    QTreeWidget *tree() const { return m_tree; }
    QProgressBar *overallBar() const { return m_overall; }
    // "Whole conference: 11 measures, 2 done, 1 dropped".
    QString overallText() const;

    void addSubProject();
    void deleteSubProject();

private:
    enum Column { Name, Lead, Team, Progress, ColumnCount };

    void rebuild();
    void commitItem(QTreeWidgetItem *item, int column);
    void changesApplied(const ChangeSet &changes);

    ConferenceDocument *m_document;
    QDate m_today;
    bool m_rebuilding = false;
    bool m_editingItem = false; // inside an item's own itemChanged
    QLabel *m_overallLabel;
    QProgressBar *m_overall;
    QListWidget *m_committee;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_delete;
};

} // namespace weitblick
