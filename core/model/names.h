#pragma once

#include <QString>

namespace weitblick {

// A name as Weitblick compares names of groups, tables and people: without case and without
// spaces at the ends or doubled inside, so that "handel  und Gewerbe " is "Handel und Gewerbe".
inline QString foldedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace weitblick
