#pragma once

#include <QGraphicsView>

namespace weitblick {

class WallScene;

// The view on a card wall. Ctrl+wheel and Ctrl +/- zoom, "fit all" shows the whole wall, the
// wheel and a drag on empty wall pan, Shift+drag on empty wall draws a rubber band, and
// Ctrl-click adds a card to the selection.
class WallView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double MinZoom = 0.005;
    static constexpr double MaxZoom = 4;
    static constexpr double ZoomStep = 1.25;
    static constexpr double MaxFitZoom = 1.5; // a wall of three cards need not fill the screen

    explicit WallView(WallScene *scene, QWidget *parent = nullptr);

    WallScene *wallScene() const { return m_scene; }
    double zoom() const { return transform().m11(); }
    // Zooms about the centre of the view.
    void setZoom(double zoom);
    void zoomIn() { setZoom(zoom() * ZoomStep); }
    void zoomOut() { setZoom(zoom() / ZoomStep); }
    // Shows the whole wall; done once the view has its size when it is not shown yet. The view
    // keeps showing the whole wall (when its size or the wall changes) until the moderator
    // zooms or pans.
    void fitAll();
    bool isFitted() const { return m_fitted; }
    // The part of the wall in view, in scene coordinates.
    QRectF visibleSceneRect() const;

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void zoomBy(double factor);
    // Room to pan a whole view beyond the wall on every side, at any zoom, so that a small wall
    // can sit at the top left.
    void updateSceneRect();
    // After the wall changed: fits it again when it was fitted, or brings it back into view
    // when nothing of it is left in view (as after Arrange far from where one looked).
    void followContent();
    // The moderator zoomed or panned: the view no longer follows the whole wall.
    void leaveFit() { m_fitted = false; }

    WallScene *m_scene;
    bool m_fitPending = false;
    bool m_fitted = false;
    QPoint m_pressScroll; // the scroll position when a drag began
    bool m_rubberBand = false;
};

} // namespace weitblick
