#include "wallview.h"

#include "wallscene.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace weitblick {

WallView::WallView(WallScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setDragMode(ScrollHandDrag);
    setRenderHints(QPainter::TextAntialiasing);
    // Cards paint inside their bounding rectangles and set everything they use.
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState);
    setViewportUpdateMode(SmartViewportUpdate);
    setCacheMode(CacheNone);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::NoBrush);
    connect(scene, &WallScene::contentChanged, this, &WallView::followContent);
    // Scroll bars and keys trigger actions; the program's own scrolling does not.
    connect(horizontalScrollBar(), &QScrollBar::actionTriggered, this, &WallView::leaveFit);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, &WallView::leaveFit);
    updateSceneRect();
}

void WallView::followContent()
{
    updateSceneRect();
    if (m_fitted) {
        fitAll();
        return;
    }
    const QRectF content = m_scene->contentRect();
    if (!content.isEmpty() && !visibleSceneRect().intersects(content)) {
        const QSizeF visible = visibleSceneRect().size();
        centerOn(content.left() + std::min(visible.width(), content.width()) / 2,
                 content.top() + std::min(visible.height(), content.height()) / 2);
    }
}

void WallView::updateSceneRect()
{
    const QRectF content = m_scene->contentRect();
    const double margin = std::max(viewport()->width(), viewport()->height()) / zoom();
    setSceneRect(content.adjusted(-margin, -margin, margin, margin));
}

void WallView::setZoom(double zoom)
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(zoom / this->zoom());
    setTransformationAnchor(anchor);
}

void WallView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    setTransform(QTransform::fromScale(target, target));
    updateSceneRect();
    m_fitted = false;
    emit zoomChanged(target);
}

void WallView::fitAll()
{
    if (!isVisible() || viewport()->width() < 10 || viewport()->height() < 10) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    const QRectF content = m_scene->contentRect().adjusted(-30, -30, 30, 30);
    const double fit = std::min(viewport()->width() / content.width(),
                                viewport()->height() / content.height());
    const double target = std::clamp(fit, MinZoom, MaxFitZoom);
    setTransform(QTransform::fromScale(target, target));
    updateSceneRect();
    // Where the wall is smaller than the view it starts at the top left, as a page does.
    const QSizeF visible(viewport()->width() / target, viewport()->height() / target);
    centerOn(content.left() + std::max(visible.width(), content.width()) / 2,
             content.top() + std::max(visible.height(), content.height()) / 2);
    m_fitted = true;
    emit zoomChanged(target);
}

QRectF WallView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void WallView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(ZoomStep, steps));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+wheel pans sideways on mice without a horizontal wheel.
        QScrollBar *bar = horizontalScrollBar();
        bar->setValue(bar->value() - event->angleDelta().y());
        leaveFit();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void WallView::mousePressEvent(QMouseEvent *event)
{
    // Shift+drag on empty wall selects with a rubber band; a plain drag there pans.
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)
        && !itemAt(event->position().toPoint())) {
        m_rubberBand = true;
        setDragMode(RubberBandDrag);
    }
    m_pressScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QGraphicsView::mousePressEvent(event);
}

void WallView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A drag on empty wall panned it.
    if (m_pressScroll != QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()))
        leaveFit();
    if (m_rubberBand && event->button() == Qt::LeftButton) {
        m_rubberBand = false;
        setDragMode(ScrollHandDrag);
    }
}

void WallView::resizeEvent(QResizeEvent *event)
{
    // A maximised window, or a dock opened beside the wall: a fitted wall stays whole in view.
    const bool fitted = m_fitted;
    QGraphicsView::resizeEvent(event);
    updateSceneRect();
    if (m_fitPending || fitted)
        fitAll();
}

void WallView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitAll();
}

} // namespace weitblick
