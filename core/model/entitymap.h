#pragma once

#include "id.h"
#include "limits.h"

#include <iterator>
#include <map>

namespace weitblick {

// All entities of one kind, ordered by id.
template<class T>
class EntityMap
{
public:
    using const_iterator = typename std::map<Id, T>::const_iterator;

    const T *find(Id id) const
    {
        const auto it = m_items.find(id);
        return it == m_items.end() ? nullptr : &it->second;
    }
    bool contains(Id id) const { return m_items.count(id) != 0; }
    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }

    // The id the next new entity of this kind gets: one above the largest. Once the largest
    // is limits::MaxId, the lowest free id instead, or NoId when every id is taken (an edit
    // with it is then refused); it never overflows.
    Id nextId() const
    {
        const Id last = m_items.empty() ? 0 : m_items.rbegin()->first;
        if (last >= 0 && last < limits::MaxId)
            return last + 1;
        Id free = 1;
        for (auto it = m_items.lower_bound(1); it != m_items.end() && it->first == free; ++it) {
            if (free == limits::MaxId)
                return NoId;
            ++free;
        }
        return free;
    }

    // Adds or replaces. Entities are mostly added in ascending id order, so hint the end.
    void put(const T &item) { m_items.insert_or_assign(m_items.end(), item.id, item); }
    void remove(Id id) { m_items.erase(id); }
    void clear() { m_items.clear(); }

    // Iterates the entities themselves, not the (id, entity) pairs.
    class ValueIterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T *;
        using reference = const T &;

        ValueIterator() = default;
        explicit ValueIterator(const_iterator it) : m_it(it) {}
        const T &operator*() const { return m_it->second; }
        const T *operator->() const { return &m_it->second; }
        ValueIterator &operator++() { ++m_it; return *this; }
        ValueIterator operator++(int) { ValueIterator old = *this; ++m_it; return old; }
        bool operator==(const ValueIterator &) const = default;

    private:
        const_iterator m_it;
    };
    ValueIterator begin() const { return ValueIterator(m_items.begin()); }
    ValueIterator end() const { return ValueIterator(m_items.end()); }

    bool operator==(const EntityMap &) const = default;

private:
    std::map<Id, T> m_items;
};

} // namespace weitblick
