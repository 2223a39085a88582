#pragma once

#include "core/model/id.h"
#include "poster.h"

#include <QCoreApplication>
#include <QList>

#include <map>
#include <memory>
#include <optional>

class QGraphicsItem;
class QGraphicsScene;

namespace weitblick {

class ConferenceDocument;
class WallScene;

// Makes the posters of a conference: each phase wall as on screen, each cluster, the Past
// timeline, the ranking and common ground of each vote, the action plan, the table plan and
// the table tents. Keeps the wall scenes the posters paint from, so it must outlive them.
class PosterSources
{
    Q_DECLARE_TR_FUNCTIONS(PosterSources)

public:
    enum class Kind { Walls, Clusters, Timeline, Ranking, Actions, Tables };

    explicit PosterSources(ConferenceDocument *document);
    ~PosterSources();

    // "walls", "clusters", … as on the command line.
    static std::optional<Kind> kindNamed(const QString &name);
    static QString kindName(Kind kind);
    // What the kind prints, in words for a menu.
    static QString kindLabel(Kind kind);

    QList<Poster> posters(Kind kind);
    Poster wallPoster(Id phaseId);
    QList<Poster> clusterPosters();
    QList<Poster> timelinePosters();
    QList<Poster> rankingPosters();
    Poster actionPlanPoster();
    Poster tablePlanPoster();
    QList<Poster> tableTents();

    // A poster of a rectangle of any scene. Sheets of a tiled poster render only their part of
    // it, through the source rectangle of QGraphicsScene::render(). With items given, only
    // those top-level items show (a cluster and its cards, not its neighbours).
    static Poster scenePoster(QGraphicsScene *scene, const QRectF &source, const QString &title,
                              const QList<QGraphicsItem *> &only = {});

private:
    QList<Poster> build(Kind kind);
    // The conference's name and date, under each poster's title.
    QString subtitle() const;
    WallScene *sceneOf(Id phaseId);

    ConferenceDocument *m_document;
    std::map<Id, std::unique_ptr<WallScene>> m_scenes;
};

} // namespace weitblick
