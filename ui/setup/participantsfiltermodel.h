#pragma once

#include "core/model/id.h"

#include <QSortFilterProxyModel>

namespace weitblick {

// Sorts the participants and keeps those that match a search text (in any column) and a
// stakeholder group.
class ParticipantsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr Id AnyGroup = -1; // the group filter that lets everyone through

    explicit ParticipantsFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    // A group's id, NoId for participants without a group, or AnyGroup.
    Id groupFilter() const { return m_group; }
    void setGroupFilter(Id groupId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_words;
    Id m_group = AnyGroup;
};

} // namespace weitblick
