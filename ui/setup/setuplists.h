#pragma once

#include "core/model/conference.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

namespace weitblick {

// Small helpers the set-up widgets share: how groups and tables are named and drawn. (Their
// order is the facade's: commands::orderedGroups and commands::orderedTables.)
class SetupLists
{
    Q_DECLARE_TR_FUNCTIONS(SetupLists)

public:
    // "Tisch 3", or "Table 3" when the table has no name.
    static QString tableLabel(const Table &table);
    static QString tableLabel(const Conference &conference, Id tableId);
    static QString groupName(const Conference &conference, Id groupId);
    static QColor groupColor(const Conference &conference, Id groupId);

    // A square of the colour with a thin dark border, for lists and combo boxes.
    static QIcon swatch(const QColor &color, int size = 14);

    // The colour lightened for a background behind dark text.
    static QColor pale(const QColor &color);
};

} // namespace weitblick
