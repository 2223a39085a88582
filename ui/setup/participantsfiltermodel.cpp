#include "participantsfiltermodel.h"

#include "participantsmodel.h"

#include <algorithm>

namespace weitblick {

ParticipantsFilterModel::ParticipantsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ParticipantsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true); // Ö sorts with O, as a German reader expects
    setDynamicSortFilter(true);
}

void ParticipantsFilterModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    m_words = search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ParticipantsFilterModel::setGroupFilter(Id groupId)
{
    if (groupId == m_group)
        return;
    m_group = groupId;
    invalidateRowsFilter();
}

bool ParticipantsFilterModel::filterAcceptsRow(int sourceRow,
                                               const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_group != AnyGroup) {
        const QModelIndex group = model->index(sourceRow, ParticipantsModel::GroupColumn,
                                               sourceParent);
        if (group.data(Qt::EditRole).value<Id>() != m_group)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    // Every word must appear somewhere in the row: "müller handel" finds the Müller who
    // trades, whatever the columns.
    QStringList texts;
    for (int column = 0; column < ParticipantsModel::ColumnCount; ++column)
        texts << model->index(sourceRow, column, sourceParent)
                     .data(ParticipantsModel::FilterRole)
                     .toString();
    const QString row = texts.join(QLatin1Char('\n'));
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) {
        return row.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace weitblick
