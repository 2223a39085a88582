#include "changeset.h"

#include <QHash>

namespace weitblick {

ChangeSet ChangeSet::inverted() const
{
    ChangeSet result;
    result.m_changes.reserve(m_changes.size());
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        result.m_changes.append({it->after, it->before});
    return result;
}

ChangeSet ChangeSet::followedBy(const ChangeSet &later) const
{
    ChangeSet result = *this;
    QHash<QPair<int, Id>, qsizetype> indexOf;
    for (qsizetype i = 0; i < result.m_changes.size(); ++i) {
        const EntityChange &c = result.m_changes.at(i);
        indexOf.insert({int(c.kind()), c.id()}, i);
    }
    for (const EntityChange &c : later.m_changes) {
        const auto it = indexOf.constFind({int(c.kind()), c.id()});
        if (it == indexOf.cend()) {
            indexOf.insert({int(c.kind()), c.id()}, result.m_changes.size());
            result.m_changes.append(c);
        } else {
            result.m_changes[*it].after = c.after;
        }
    }
    return result;
}

bool ChangeSet::touchesSameEntitiesAs(const ChangeSet &other) const
{
    if (m_changes.size() != other.m_changes.size())
        return false;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        if (m_changes.at(i).kind() != other.m_changes.at(i).kind()
            || m_changes.at(i).id() != other.m_changes.at(i).id())
            return false;
    }
    return true;
}

} // namespace weitblick
