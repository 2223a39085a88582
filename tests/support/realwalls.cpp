#include "realwalls.h"

#include "core/model/newconference.h"
#include "core/sample/sampleconference.h"
#include "core/sample/stressconference.h"
#include "core/wall/cardgeometry.h"

namespace weitblick::test {

Id phaseOf(const Conference &conference, PhaseKind kind)
{
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.kind == kind)
            return phase.id;
    }
    return NoId;
}

RealWall sampleWall()
{
    Conference conference = makeSampleConference();
    const Id future = phaseOf(conference, PhaseKind::Future);
    return {QStringLiteral("sample"), std::move(conference), future};
}

RealWall wallOf130Cards()
{
    Conference conference = newConference();
    const Id future = phaseOf(conference, PhaseKind::Future);
    const QStringList texts = {
        QStringLiteral("Karte %1"),
        QStringLiteral("Karte %1: mehr Grün in der Innenstadt"),
        QStringLiteral("Karte %1: ein Treffpunkt für alle Generationen am Markt, offen bis spät"),
        QStringLiteral("Karte %1: Busse im Viertelstundentakt, auch am Wochenende und abends, "
                       "damit niemand mehr ein Auto braucht, um in die Stadt zu kommen"),
    };
    Id cardId = 1;
    const auto put = [&](QPointF pos, Id clusterId) {
        Card card;
        card.id = cardId;
        card.phaseId = future;
        card.clusterId = clusterId;
        card.text = texts.at(cardId % texts.size()).arg(cardId - 1);
        card.pos = pos;
        conference.all<Card>().put(card);
        ++cardId;
        return CardGeometry::size(card.text, card.form).height();
    };
    const int clusterSizes[] = {12, 9};
    for (int c = 0; c < 2; ++c) {
        const QPointF pos(c * CardGeometry::ColumnStep, 0);
        conference.all<Cluster>().put({c + 1, future, QStringLiteral("Cluster %1").arg(c + 1),
                                       pos, QColor()});
        double y = CardGeometry::ClusterHeadingHeight;
        for (int i = 0; i < clusterSizes[c]; ++i)
            y += put(QPointF(pos.x(), y), c + 1) + CardGeometry::RowGap;
    }
    // The loose cards in rows of eight, each row as tall as its tallest card.
    double rowTop = 2400;
    while (cardId <= 130) {
        double tallest = 0;
        for (int column = 0; column < 8 && cardId <= 130; ++column)
            tallest = std::max(tallest, put(QPointF(column * CardGeometry::ColumnStep, rowTop),
                                            NoId));
        rowTop += tallest + CardGeometry::RowGap;
    }
    return {QStringLiteral("130 cards"), std::move(conference), future};
}

RealWall stressWall()
{
    Conference conference = makeStressConference();
    const Id future = phaseOf(conference, PhaseKind::Future);
    return {QStringLiteral("stress"), std::move(conference), future};
}

QList<RealWall> realWalls()
{
    return {sampleWall(), wallOf130Cards(), stressWall()};
}

QList<Drawn> drawnOn(const WallGeometry &wall)
{
    QList<Drawn> drawn;
    for (const Card &card : wall.cards())
        drawn.append({QStringLiteral("card %1").arg(card.id), wall.cardRect(card.id),
                      card.clusterId, false});
    for (auto it = wall.clusterShapes().cbegin(); it != wall.clusterShapes().cend(); ++it)
        drawn.append({QStringLiteral("cluster %1").arg(it.key()), it->frame, it.key(), true});
    return drawn;
}

QStringList overlaps(const QList<Drawn> &drawn, const QSet<QString> &only)
{
    QStringList found;
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        for (qsizetype j = i + 1; j < drawn.size(); ++j) {
            const Drawn &a = drawn.at(i);
            const Drawn &b = drawn.at(j);
            if (!only.isEmpty() && !only.contains(a.what) && !only.contains(b.what))
                continue;
            // A cluster's own cards lie inside its frame.
            if (a.isFrame != b.isFrame && a.clusterId == b.clusterId && a.clusterId != NoId)
                continue;
            if (a.rect.intersects(b.rect))
                found << QStringLiteral("%1 (%2,%3 %4x%5) covers %6 (%7,%8 %9x%10)")
                             .arg(a.what)
                             .arg(a.rect.x())
                             .arg(a.rect.y())
                             .arg(a.rect.width())
                             .arg(a.rect.height())
                             .arg(b.what)
                             .arg(b.rect.x())
                             .arg(b.rect.y())
                             .arg(b.rect.width())
                             .arg(b.rect.height());
        }
    }
    return found;
}

} // namespace weitblick::test
