#pragma once

#include "core/measures/measurefilter.h"

#include <QAbstractTableModel>
#include <QDate>

namespace weitblick {

class ChangeSet;
class ConferenceDocument;

// The measures of a conference as table rows, filtered and sorted by MeasureFilter, with
// overdue and at-risk rows marked by colour, an icon and a word.
class MeasureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Health, Title, SubProject, Owner, Deadline, Status, Progress, ColumnCount };
    static constexpr int MeasureIdRole = Qt::UserRole + 1;
    static constexpr int HealthRole = Qt::UserRole + 2;

    explicit MeasureListModel(ConferenceDocument *document, QObject *parent = nullptr);

    void setFilter(const MeasureFilter &filter);
    const MeasureFilter &filter() const { return m_filter; }
    // The day overdue and at risk are judged on.
    void setToday(QDate today);
    QDate today() const { return m_filter.today; }

    Id measureAt(int row) const;
    int rowOf(Id measureId) const; // -1 when filtered out

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void changesApplied(const ChangeSet &changes);
    void rebuild();

    ConferenceDocument *m_document;
    MeasureFilter m_filter;
    QList<Id> m_ids;
};

} // namespace weitblick
