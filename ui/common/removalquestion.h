#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/model/id.h"

class QWidget;

namespace weitblick {

class ConferenceDocument;

// Deleting cards and dissolving clusters, from the wall's menus, its keys and the room panel,
// asking first when dots of a vote or a measure's link would go with them (lossOf() in
// references.h): those are not on the wall, so nobody sees them go. Without such a loss
// nothing is asked. Each returns true when the change was made.
class RemovalQuestion
{
    Q_DECLARE_TR_FUNCTIONS(RemovalQuestion)

public:
    static bool deleteCards(QWidget *parent, ConferenceDocument *document,
                            const QList<Id> &cardIds);
    static bool dissolveClusters(QWidget *parent, ConferenceDocument *document,
                                 const QList<Id> &clusterIds);
};

} // namespace weitblick
