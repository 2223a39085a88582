#pragma once

#include "core/model/id.h"
#include "core/model/table.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace weitblick {

class ParticipationApi;

// The room at a glance, for the moderator's panel: one row per table (per stakeholder group
// when participants join by group), and one for devices that have not chosen yet. Each row
// counts the devices there and how many are connected, the cards they sent to the open phase,
// and the plus dots given in the devices' vote against the budget of the voters there.
class RoomSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Place, Connected, Devices, Cards, Dots, Budget, ColumnCount };

    struct Row
    {
        Id placeId = NoId; // the table or group; NoId for devices that have not chosen
        QString name;
        int connected = 0;
        int devices = 0;
        int cards = 0;
        int dots = 0;
        int budget = 0;

        bool operator==(const Row &) const = default;
    };

    explicit RoomSummaryModel(ParticipationApi *api, QObject *parent = nullptr);

    const QList<Row> &rows() const { return m_rows; }
    // The names the rows give places, for other views of the room to say the same.
    static QString tableName(const Table &table);
    static QString notChosenName();
    // Counts again now (it also does so shortly after every change).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> count() const;

    ParticipationApi *m_api;
    QList<Row> m_rows;
    QTimer m_soon;  // gathers a burst of changes into one count
    QTimer m_clock; // devices that fall silent are no longer connected
};

} // namespace weitblick
