#pragma once

// A phase page on a conference file in a temporary folder, shown on the offscreen platform,
// with helpers to drive it the way a moderator does: keys, mouse drags and clicks.

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "testfiles.h"
#include "ui/wall/carditem.h"
#include "ui/wall/clusteritem.h"
#include "ui/wall/phasepage.h"
#include "ui/wall/quickentrybar.h"
#include "ui/wall/wallscene.h"
#include "ui/wall/wallview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

namespace weitblick::test {

inline Id phaseOfKind(const Conference &conference, PhaseKind kind)
{
    for (const Phase &phase : conference.all<Phase>()) {
        if (phase.kind == kind)
            return phase.id;
    }
    return NoId;
}

inline bool near(QPointF a, QPointF b, double tolerance = 1.5)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

inline Card wallCard(Id id, Id phaseId, const QString &text, QPointF pos, Id clusterId = NoId)
{
    Card card;
    card.id = id;
    card.phaseId = phaseId;
    card.text = text;
    card.pos = pos;
    card.clusterId = clusterId;
    return card;
}

struct WallPage
{
    TempDir dir;
    std::unique_ptr<ConferenceDocument> document;
    std::unique_ptr<PhasePage> page;
    int prompts = 0;
    std::optional<QString> heading = QStringLiteral("Neue Gruppe");

    WallPage(const Conference &conference, PhaseKind kind,
             ConferenceStore::Access access = ConferenceStore::Access::ReadWrite)
    {
        const QString path = dir.path(QStringLiteral("wall.weitblick"));
        QString error;
        REQUIRE(ConferenceStore::create(path, conference, &error));
        OpenOutcome outcome;
        document = ConferenceDocument::open(path, access, &outcome);
        REQUIRE(document);
        page = std::make_unique<PhasePage>(document.get(), nullptr);
        page->setHeadingPrompt([this] {
            ++prompts;
            return heading;
        });
        page->resize(1600, 900);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        page->setPhase(phaseOfKind(document->conference(), kind));
        // At 100 % a drag moves cards by whole scene units, as the tests expect.
        view()->setZoom(1.0);
    }

    WallScene *scene() const { return page->scene(); }
    WallView *view() const { return page->view(); }
    const Conference &conference() const { return document->conference(); }
    const Card &card(Id id) const { return *conference().find<Card>(id); }
    CardItem *item(Id id) const { return scene()->cardItem(id); }
    QUndoStack *undo() const { return document->undoStack(); }

    QPoint viewPos(QPointF scenePos) const { return view()->mapFromScene(scenePos); }
    QPointF centreOf(Id cardId) const { return item(cardId)->sceneCardRect().center(); }

    void mouse(QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = {}) const
    {
        QWidget *viewport = view()->viewport();
        QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button,
                          buttons, modifiers);
        QApplication::sendEvent(viewport, &event);
    }

    void click(QPointF scenePos, Qt::KeyboardModifiers modifiers = {}) const
    {
        mouse(QEvent::MouseButtonPress, viewPos(scenePos), Qt::LeftButton, Qt::LeftButton,
              modifiers);
        mouse(QEvent::MouseButtonRelease, viewPos(scenePos), Qt::LeftButton, Qt::NoButton,
              modifiers);
    }

    // Presses at one point of the wall, moves in steps and lets go at the other.
    void drag(QPointF fromScene, QPointF toScene, Qt::KeyboardModifiers modifiers = {}) const
    {
        const QPoint from = viewPos(fromScene);
        const QPoint to = viewPos(toScene);
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
        for (int step = 1; step <= 8; ++step)
            mouse(QEvent::MouseMove, from + (to - from) * step / 8, Qt::NoButton, Qt::LeftButton,
                  modifiers);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
    }

    // Makes the page the active window, so that shortcuts and focus work as on a desktop.
    void activate() const
    {
        page->activateWindow();
        QApplication::setActiveWindow(page.get());
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }
};

} // namespace weitblick::test
