#include "postersources.h"

#include "actionplanpainter.h"
#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/measures/datetext.h"
#include "tableplanpainter.h"
#include "tabletentpainter.h"
#include "ui/voting/commongroundpainter.h"
#include "ui/voting/rankingpainter.h"
#include "ui/wall/carditem.h"
#include "ui/wall/clusteritem.h"
#include "ui/wall/wallscene.h"

#include <QCollator>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace weitblick {

namespace {

// Room around the wall's content, in scene units, so that cards do not touch the frame.
constexpr double WallPadding = 40;
constexpr double RankingWidth = 1400;
constexpr double RankingRow = 40;

} // namespace

PosterSources::PosterSources(ConferenceDocument *document) : m_document(document) {}

PosterSources::~PosterSources() = default;

std::optional<PosterSources::Kind> PosterSources::kindNamed(const QString &name)
{
    for (Kind kind : {Kind::Walls, Kind::Clusters, Kind::Timeline, Kind::Ranking, Kind::Actions,
                      Kind::Tables}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString PosterSources::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Walls:
        return QStringLiteral("walls");
    case Kind::Clusters:
        return QStringLiteral("clusters");
    case Kind::Timeline:
        return QStringLiteral("timeline");
    case Kind::Ranking:
        return QStringLiteral("ranking");
    case Kind::Actions:
        return QStringLiteral("actions");
    case Kind::Tables:
        return QStringLiteral("tables");
    }
    return {};
}

QString PosterSources::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Walls:
        return tr("Every phase wall");
    case Kind::Clusters:
        return tr("Each cluster on its own");
    case Kind::Timeline:
        return tr("The Past timeline");
    case Kind::Ranking:
        return tr("Ranking and common ground of each vote");
    case Kind::Actions:
        return tr("The action plan");
    case Kind::Tables:
        return tr("Table plan and table tents");
    }
    return {};
}

QString PosterSources::subtitle() const
{
    const ConferenceInfo &info = m_document->conference().info();
    QStringList parts;
    if (!info.title.isEmpty())
        parts << info.title;
    if (info.startDate.isValid())
        parts << DateText::formatRange(info.startDate, info.endDate);
    return parts.join(QStringLiteral(" · "));
}

QList<Poster> PosterSources::posters(Kind kind)
{
    QList<Poster> made = build(kind);
    for (Poster &poster : made) {
        if (!poster.fixedA4Landscape)
            poster.subtitle = subtitle();
    }
    return made;
}

QList<Poster> PosterSources::build(Kind kind)
{
    switch (kind) {
    case Kind::Walls: {
        QList<Poster> walls;
        for (const Phase &phase : commands::orderedPhases(m_document->conference()))
            walls << wallPoster(phase.id);
        return walls;
    }
    case Kind::Clusters:
        return clusterPosters();
    case Kind::Timeline:
        return timelinePosters();
    case Kind::Ranking:
        return rankingPosters();
    case Kind::Actions:
        return {actionPlanPoster()};
    case Kind::Tables:
        return QList<Poster>{tablePlanPoster()} + tableTents();
    }
    return {};
}

WallScene *PosterSources::sceneOf(Id phaseId)
{
    std::unique_ptr<WallScene> &scene = m_scenes[phaseId];
    if (!scene) {
        scene = std::make_unique<WallScene>(m_document);
        scene->setPhase(phaseId);
    }
    return scene.get();
}

Poster PosterSources::scenePoster(QGraphicsScene *scene, const QRectF &source,
                                  const QString &title, const QList<QGraphicsItem *> &only)
{
    Poster poster;
    poster.title = title;
    poster.bounds = source;
    poster.paint = [scene, only](QPainter *painter, const QRectF &exposed) {
        // A neighbour reaching into the margin is not part of a poster of some items only:
        // hidden while painting, it is neither shown nor cut at the edge.
        QList<QGraphicsItem *> hidden;
        if (!only.isEmpty()) {
            for (QGraphicsItem *item : scene->items(exposed)) {
                if (!item->parentItem() && item->isVisible() && !only.contains(item)) {
                    item->hide();
                    hidden << item;
                }
            }
        }
        // The painter already maps scene coordinates to the paper: render the exposed part
        // onto itself. render() draws only the items that meet it and clips to it.
        scene->render(painter, exposed, exposed, Qt::IgnoreAspectRatio);
        for (QGraphicsItem *item : std::as_const(hidden))
            item->show();
    };
    return poster;
}

Poster PosterSources::wallPoster(Id phaseId)
{
    WallScene *scene = sceneOf(phaseId);
    const Phase *phase = m_document->conference().find<Phase>(phaseId);
    const QString title = phase ? phase->title : QString();
    const QRectF source = scene->contentRect().adjusted(-WallPadding, -WallPadding, WallPadding,
                                                        WallPadding);
    Poster poster = scenePoster(scene, source, title);
    poster.subtitle = subtitle();
    return poster;
}

QList<Poster> PosterSources::clusterPosters()
{
    QList<Poster> posters;
    const Conference &conference = m_document->conference();
    for (const Phase &phase : commands::orderedPhases(conference)) {
        QList<Cluster> clusters;
        for (const Cluster &cluster : conference.all<Cluster>()) {
            if (cluster.phaseId == phase.id)
                clusters << cluster;
        }
        // In reading order on the wall: top to bottom, then left to right.
        WallScene *scene = clusters.isEmpty() ? nullptr : sceneOf(phase.id);
        const auto frameOf = [scene](const Cluster &cluster) {
            const ClusterItem *item = scene->clusterItem(cluster.id);
            return item ? item->frameRect() : QRectF();
        };
        std::stable_sort(clusters.begin(), clusters.end(),
                         [&frameOf](const Cluster &a, const Cluster &b) {
                             const QRectF ra = frameOf(a);
                             const QRectF rb = frameOf(b);
                             return ra.top() != rb.top() ? ra.top() < rb.top()
                                                         : ra.left() < rb.left();
                         });
        for (const Cluster &cluster : std::as_const(clusters)) {
            const QRectF frame = frameOf(cluster);
            if (frame.isEmpty())
                continue;
            const QString title = tr("%1 – %2").arg(phase.title, cluster.heading);
            QList<QGraphicsItem *> own{scene->clusterItem(cluster.id)};
            for (const Card &card : conference.all<Card>()) {
                if (card.clusterId == cluster.id && scene->cardItem(card.id))
                    own << scene->cardItem(card.id);
            }
            posters << scenePoster(scene,
                                   frame.adjusted(-WallPadding, -WallPadding, WallPadding,
                                                  WallPadding),
                                   title, own);
        }
    }
    return posters;
}

QList<Poster> PosterSources::timelinePosters()
{
    QList<Poster> posters;
    for (const Phase &phase : commands::orderedPhases(m_document->conference())) {
        if (phase.kind == PhaseKind::Past)
            posters << wallPoster(phase.id);
    }
    return posters;
}

QList<Poster> PosterSources::rankingPosters()
{
    const Conference &conference = m_document->conference();
    QList<Poster> posters;
    for (const Phase &phase : commands::orderedPhases(conference)) {
        for (const VoteSession &session : conference.all<VoteSession>()) {
            if (session.phaseId != phase.id)
                continue;
            auto ranking = std::make_shared<RankingPainter>(conference, session.id);
            const QList<RankedItem> &items = ranking->ranking().items();
            if (std::none_of(items.cbegin(), items.cend(), [](const RankedItem &item) {
                    return item.plus > 0 || item.minus > 0;
                }))
                continue; // a vote not yet held has no result to hang up
            auto common = std::make_shared<CommonGroundPainter>(conference, session.id);
            // Rows of 40 units: the ranking's title and header take two, the common ground's
            // title and rule (which may wrap once) three, and an empty list one.
            const double rankingHeight = (items.size() + 3) * RankingRow;
            const double commonHeight =
                (std::max<qsizetype>(common->listed().size(), 1) + 4) * RankingRow;
            // Side by side or one above the other, whichever is nearer the shape of a sheet.
            const QRectF rankingRect(0, 0, RankingWidth, rankingHeight);
            const QRectF below(0, rankingHeight + 2 * RankingRow, RankingWidth, commonHeight);
            const QRectF beside(RankingWidth + 2 * RankingRow, 0, RankingWidth, commonHeight);
            const auto misfit = [&rankingRect](const QRectF &second) {
                const QRectF all = rankingRect | second;
                return std::abs(std::log(all.width() / all.height() / std::sqrt(2.0)));
            };
            const QRectF commonRect = misfit(beside) < misfit(below) ? beside : below;
            Poster poster;
            poster.title = tr("%1 – %2").arg(phase.title, session.title);
            poster.bounds = rankingRect | commonRect;
            poster.paint = [ranking, common, rankingRect, commonRect](QPainter *painter,
                                                                      const QRectF &exposed) {
                if (rankingRect.intersects(exposed))
                    ranking->paint(painter, rankingRect, RankingRow);
                if (commonRect.intersects(exposed))
                    common->paint(painter, commonRect, RankingRow);
            };
            posters << poster;
        }
    }
    return posters;
}

Poster PosterSources::actionPlanPoster()
{
    auto plan = std::make_shared<ActionPlanPainter>(m_document->conference());
    Poster poster;
    poster.title = tr("Action plan");
    poster.bounds = plan->bounds();
    poster.paint = [plan](QPainter *painter, const QRectF &exposed) {
        plan->paint(painter, exposed);
    };
    return poster;
}

Poster PosterSources::tablePlanPoster()
{
    auto plan = std::make_shared<TablePlanPainter>(m_document->conference());
    Poster poster;
    poster.title = tr("Table plan");
    poster.bounds = plan->bounds();
    poster.paint = [plan](QPainter *painter, const QRectF &exposed) {
        plan->paint(painter, exposed);
    };
    return poster;
}

QList<Poster> PosterSources::tableTents()
{
    const Conference &conference = m_document->conference();
    QList<Poster> tents;
    const auto tent = [](const QString &title, const TableTentPainter &painter) {
        Poster poster;
        poster.title = title;
        poster.bounds = TableTentPainter::sheet();
        poster.fixedA4Landscape = true;
        poster.paint = [painter](QPainter *p, const QRectF &) { painter.paint(p); };
        return poster;
    };

    QList<Table> tables(conference.all<Table>().begin(), conference.all<Table>().end());
    std::sort(tables.begin(), tables.end(),
              [](const Table &a, const Table &b) { return a.number < b.number; });
    for (const Table &table : std::as_const(tables)) {
        tents << tent(TablePlanPainter::tableTitle(table),
                      TableTentPainter(tr("Table %1").arg(table.number), table.name, QColor()));
    }

    // Participants by table, then by name, so the tents can be laid out table by table.
    QCollator collator;
    collator.setNumericMode(true);
    QList<Participant> participants(conference.all<Participant>().begin(),
                                    conference.all<Participant>().end());
    const auto tableNumber = [&conference](const Participant &participant) {
        const Table *table = conference.find<Table>(participant.tableId);
        return table ? table->number : std::numeric_limits<int>::max();
    };
    std::sort(participants.begin(), participants.end(),
              [&](const Participant &a, const Participant &b) {
                  if (tableNumber(a) != tableNumber(b))
                      return tableNumber(a) < tableNumber(b);
                  return collator.compare(a.name, b.name) < 0;
              });
    for (const Participant &participant : std::as_const(participants)) {
        const StakeholderGroup *group = conference.find<StakeholderGroup>(participant.groupId);
        QStringList detail;
        if (!participant.organisation.isEmpty())
            detail << participant.organisation;
        if (group && !group->name.isEmpty())
            detail << group->name;
        tents << tent(participant.name,
                      TableTentPainter(participant.name, detail.join(QStringLiteral(" · ")),
                                       group ? group->color : QColor()));
    }
    return tents;
}

} // namespace weitblick
