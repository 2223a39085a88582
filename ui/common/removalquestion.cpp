#include "removalquestion.h"

#include "messages.h"

#include "core/commands/commands.h"
#include "core/wall/wallcommands.h"
#include "core/document/conferencedocument.h"
#include "core/model/references.h"

#include <QKeySequence>

#include <algorithm>
#include <limits>

namespace weitblick {

namespace {

// Whether to go on with removing these: asks the moderator when dots or measures' links
// would go with them, naming what goes.
bool confirmLoss(QWidget *parent, const ConferenceDocument *document, const EntityIds &removed,
                 const QString &title, const QString &question, const QString &button)
{
    const RemovalLoss loss = lossOf(removalWithDependents(document->conference(), removed));
    if (loss.isEmpty())
        return true;
    QStringList text{question};
    if (loss.dots > 0) {
        text << RemovalQuestion::tr("The votes lose %n dot(s).", nullptr,
                                    int(std::min<qint64>(loss.dots,
                                                         std::numeric_limits<int>::max())));
    }
    if (!loss.measureTitles.isEmpty()) {
        QStringList titles;
        for (const QString &measure : loss.measureTitles)
            titles << RemovalQuestion::tr("“%1”").arg(measure);
        text << RemovalQuestion::tr("%n measure(s) lose the link to where they came from: %1.",
                                    nullptr, int(titles.size()))
                    .arg(titles.join(QStringLiteral(", ")));
    }
    text << RemovalQuestion::tr("Undo (%1) brings everything back.")
                .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    return messages::confirmDelete(parent, title, text.join(QLatin1Char('\n')), button);
}

} // namespace

bool RemovalQuestion::deleteCards(QWidget *parent, ConferenceDocument *document,
                                  const QList<Id> &cardIds)
{
    if (cardIds.isEmpty() || document->isReadOnly())
        return false;
    EntityIds removed;
    for (Id id : cardIds)
        removed.insert<Card>(id);
    const QString title = cardIds.size() == 1 ? tr("Delete Card") : tr("Delete Cards");
    if (!confirmLoss(parent, document, removed, title,
                     tr("Delete %n card(s)?", nullptr, int(cardIds.size())), QString()))
        return false;
    return commands::deleteCards(document, cardIds);
}

bool RemovalQuestion::dissolveClusters(QWidget *parent, ConferenceDocument *document,
                                       const QList<Id> &clusterIds)
{
    if (clusterIds.isEmpty() || document->isReadOnly())
        return false;
    EntityIds removed;
    for (Id id : clusterIds)
        removed.insert<Cluster>(id);
    const QString title =
        clusterIds.size() == 1 ? tr("Dissolve Cluster") : tr("Dissolve Clusters");
    if (!confirmLoss(parent, document, removed, title,
                     tr("Dissolve %n cluster(s)? The cards stay on the wall.", nullptr,
                        int(clusterIds.size())),
                     tr("Dissolve")))
        return false;
    return commands::dissolveClusters(document, clusterIds);
}

} // namespace weitblick
