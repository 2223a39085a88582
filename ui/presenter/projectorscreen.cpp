#include "projectorscreen.h"

namespace weitblick {

int projectorScreenIndex(const QList<QRect> &screenGeometries, int primaryIndex)
{
    for (int i = 0; i < screenGeometries.size(); ++i) {
        // A mirrored screen shows the moderator's desktop anyway.
        if (i != primaryIndex && screenGeometries.at(i) != screenGeometries.value(primaryIndex))
            return i;
    }
    return -1;
}

} // namespace weitblick
