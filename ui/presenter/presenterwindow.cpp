#include "presenterwindow.h"

#include "presenterslide.h"
#include "projectorscreen.h"

#include "core/document/conferencedocument.h"
#include "core/timer/phasetimer.h"
#include "ui/voting/dotlayeritem.h"
#include "ui/wall/clusteritem.h"
#include "ui/wall/wallscene.h"
#include "ui/wall/wallview.h"

#include <QAction>
#include <QCloseEvent>
#include <QActionGroup>
#include <QDateTime>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QWindow>

namespace weitblick {

PresenterWindow::PresenterWindow(ConferenceDocument *document)
    : QWidget(nullptr),
      m_document(document),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_scene(new WallScene(document, this)),
      m_dots(new DotLayerItem(m_scene)),
      m_wallView(new QGraphicsView(m_scene, this)),
      m_slide(new PresenterSlide(this)),
      m_black(new QWidget(this)),
      m_pages(new QStackedLayout(this)),
      m_contentActions(new QActionGroup(this)),
      m_title(new QAction(tr("Title and Guiding Question"), this)),
      m_wall(new QAction(tr("Wall"), this)),
      m_ranking(new QAction(tr("Ranking"), this)),
      m_commonGround(new QAction(tr("Common Ground"), this)),
      m_timer(new QAction(tr("Timer"), this)),
      m_join(new QAction(tr("Join in"), this)),
      m_blank(new QAction(tr("Blank Projector"), this)),
      m_tick(new QTimer(this))
{
    setWindowTitle(tr("Weitblick Projector"));
    setFocusPolicy(Qt::StrongFocus);
    // The moderator keeps typing in the main window while the projector appears.
    setAttribute(Qt::WA_ShowWithoutActivating);

    // Read-only and without a single control: no scroll bars, no frame, no interaction.
    m_wallView->setInteractive(false);
    m_wallView->setFrameShape(QFrame::NoFrame);
    m_wallView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_wallView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_wallView->setFocusPolicy(Qt::NoFocus);
    m_wallView->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
    m_wallView->setTransformationAnchor(QGraphicsView::NoAnchor);
    m_wallView->setResizeAnchor(QGraphicsView::NoAnchor);
    m_wallView->viewport()->installEventFilter(this);
    m_scene->addItem(m_dots);
    m_black->setAutoFillBackground(true);
    QPalette black = m_black->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_black->setPalette(black);
    m_pages->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_slide);
    m_pages->addWidget(m_wallView);
    m_pages->addWidget(m_black);

    for (QAction *action : {m_title, m_wall, m_ranking, m_commonGround, m_timer, m_join}) {
        action->setCheckable(true);
        m_contentActions->addAction(action);
    }
    m_title->setChecked(true);
    m_title->setData(int(Content::Title));
    m_wall->setData(int(Content::Wall));
    m_ranking->setData(int(Content::Ranking));
    m_commonGround->setData(int(Content::CommonGround));
    m_timer->setData(int(Content::Timer));
    m_join->setData(int(Content::Join));
    connect(m_contentActions, &QActionGroup::triggered, this,
            [this](QAction *action) { setContent(Content(action->data().toInt())); });
    m_blank->setCheckable(true);
    // B works where no text is typed: on this window and on the widgets it is added to (the
    // moderator's wall). Window-wide it would steal the B of lists' type-ahead.
    m_blank->setShortcut(QKeySequence(Qt::Key_B));
    m_blank->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_blank->setToolTip(tr("Show a black projector, as in presentation programs (B)"));
    connect(m_blank, &QAction::toggled, this, &PresenterWindow::setBlanked);
    addAction(m_blank);

    connect(m_document, &ConferenceDocument::changesApplied, this, [this] {
        updateSlide();
        updateVote();
    });
    connect(m_scene, &WallScene::contentChanged, this, &PresenterWindow::updateWall);
    connect(m_tick, &QTimer::timeout, this, &PresenterWindow::updateSlide);
    m_tick->start(250);

    connect(qGuiApp, &QGuiApplication::screenAdded, this, &PresenterWindow::placeOnScreens);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, [this] {
        // Qt moves the window off the removed screen first; place it once that is done.
        QTimer::singleShot(0, this, &PresenterWindow::placeOnScreens);
    });
    connect(qGuiApp, &QGuiApplication::primaryScreenChanged, this,
            &PresenterWindow::placeOnScreens);
    updatePage();
}

PresenterWindow::~PresenterWindow() = default;

void PresenterWindow::setPhase(Id phaseId)
{
    m_phaseId = phaseId;
    m_clusterId = NoId;
    m_scene->setPhase(phaseId);
    updateSlide();
    updateVote();
    updateWall();
}

void PresenterWindow::setContent(Content content)
{
    m_content = content;
    if (QAction *action = contentAction(content); action && !action->isChecked())
        action->setChecked(true);
    updatePage();
}

QAction *PresenterWindow::contentAction(Content content) const
{
    switch (content) {
    case Content::Title:
        return m_title;
    case Content::Wall:
        return m_wall;
    case Content::Ranking:
        return m_ranking;
    case Content::CommonGround:
        return m_commonGround;
    case Content::Timer:
        return m_timer;
    case Content::Join:
        return m_join;
    }
    return nullptr;
}

void PresenterWindow::setBlanked(bool blanked)
{
    m_blanked = blanked;
    if (m_blank->isChecked() != blanked)
        m_blank->setChecked(blanked);
    updatePage();
}

void PresenterWindow::followView(QGraphicsView *view)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_followConnections))
        disconnect(connection);
    m_followConnections.clear();
    m_followed = view;
    if (view) {
        m_followConnections << connect(view->horizontalScrollBar(), &QScrollBar::valueChanged,
                                       this, &PresenterWindow::updateWall)
                            << connect(view->verticalScrollBar(), &QScrollBar::valueChanged,
                                       this, &PresenterWindow::updateWall);
        if (auto *wallView = qobject_cast<WallView *>(view)) {
            m_followConnections << connect(wallView, &WallView::zoomChanged, this,
                                           &PresenterWindow::updateWall);
        }
    }
    updateWall();
}

void PresenterWindow::showCluster(Id clusterId)
{
    m_clusterId = clusterId;
    updateWall();
}

void PresenterWindow::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updateSlide();
}

void PresenterWindow::present()
{
    m_presented = true;
    placeOnScreens();
}

void PresenterWindow::dismiss()
{
    // No longer presented: screens coming and going must not bring it back.
    m_presented = false;
    hide();
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    dismiss();
    QWidget::closeEvent(event);
}

double PresenterWindow::wallZoom() const
{
    return m_wallView->transform().m11();
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen() && !m_onProjector) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PresenterWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_wallView->viewport() && event->type() == QEvent::Resize)
        updateWall();
    return QWidget::eventFilter(watched, event);
}

void PresenterWindow::placeOnScreens()
{
    if (!m_presented)
        return;
    const QList<QScreen *> screens = QGuiApplication::screens();
    QList<QRect> geometries;
    for (QScreen *screen : screens)
        geometries << screen->geometry();
    const int index =
        projectorScreenIndex(geometries, int(screens.indexOf(QGuiApplication::primaryScreen())));
    if (index >= 0) {
        QScreen *screen = screens.at(index);
        if (isFullScreen() && m_onProjector && windowHandle()
            && windowHandle()->screen() == screen) {
            return;
        }
        // Leave full-screen first, so that the window can move to the other screen.
        if (isFullScreen())
            showNormal();
        winId(); // creates the native window, so that it can be given its screen
        windowHandle()->setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
        m_onProjector = true;
        // The audience sees no mouse pointer.
        setCursor(Qt::BlankCursor);
    } else {
        if (m_onProjector || !isVisible()) {
            if (isFullScreen())
                showNormal();
            const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
            resize(available.size() * 2 / 3);
            move(available.center() - rect().center());
        }
        m_onProjector = false;
        unsetCursor();
        show();
    }
    raise();
}

void PresenterWindow::updatePage()
{
    if (m_blanked)
        m_pages->setCurrentWidget(m_black);
    else if (m_content == Content::Wall)
        m_pages->setCurrentWidget(m_wallView);
    else
        m_pages->setCurrentWidget(m_slide);
    // The stack sizes only the page it shows, and only once its layout runs.
    m_pages->currentWidget()->setGeometry(rect());
    switch (m_content) {
    case Content::Title:
    case Content::Wall:
        m_slide->setKind(PresenterSlide::Kind::Title);
        break;
    case Content::Ranking:
        m_slide->setKind(PresenterSlide::Kind::Ranking);
        break;
    case Content::CommonGround:
        m_slide->setKind(PresenterSlide::Kind::CommonGround);
        break;
    case Content::Timer:
        m_slide->setKind(PresenterSlide::Kind::Timer);
        break;
    case Content::Join:
        m_slide->setKind(PresenterSlide::Kind::Join);
        break;
    }
    updateSlide();
    updateWall();
}

void PresenterWindow::updateSlide()
{
    const Conference &conference = m_document->conference();
    const Phase *phase = conference.find<Phase>(m_phaseId);
    m_slide->setTitle(conference.info().title, phase ? phase->title : QString(),
                      phase ? phase->guidingQuestion : QString());
    if (phase) {
        const qint64 now = m_clock();
        const PhaseTimer timer(*phase);
        m_slide->setTime(PhaseTimer::format(timer.remainingMs(now)), timer.isUp(now));
    } else {
        m_slide->setTime(QString(), false);
    }
}

void PresenterWindow::setJoin(const QUrl &url, const QString &code)
{
    m_slide->setJoin(url, code);
}

void PresenterWindow::setVote(Id sessionId)
{
    m_chosenSessionId = sessionId;
    updateVote();
}

void PresenterWindow::setCommonGroundShare(double share)
{
    m_share = share;
    updateVote();
}

Id PresenterWindow::shownSessionId() const
{
    // The vote the moderator chose, else the phase's latest: the one the room just finished.
    const Conference &conference = m_document->conference();
    if (const VoteSession *chosen = conference.find<VoteSession>(m_chosenSessionId);
        chosen && chosen->phaseId == m_phaseId)
        return chosen->id;
    Id latest = NoId;
    for (const VoteSession &session : conference.all<VoteSession>()) {
        if (session.phaseId == m_phaseId && session.id > latest)
            latest = session.id;
    }
    return latest;
}

void PresenterWindow::updateVote()
{
    const Id sessionId = shownSessionId();
    m_slide->setVote(m_document->conference(), sessionId, m_share);
    m_dots->setSession(sessionId);
}

void PresenterWindow::updateWall()
{
    if (m_content != Content::Wall)
        return;
    const QSize viewport = m_wallView->viewport()->size();
    if (viewport.isEmpty())
        return;
    // What the moderator looks at, all of it: their view as they see it, or a cluster or the
    // whole wall with a margin, so that no heading or column is cut at the edge. Closer views
    // are the moderator's to choose: the projector follows their zoom.
    const QRectF content = m_scene->contentRect();
    QRectF target = content;
    double margin = WallMargin * viewport.height() / 1080.0;
    if (ClusterItem *cluster = m_scene->clusterItem(m_clusterId)) {
        target = cluster->sceneBoundingRect();
    } else if (m_followed && m_followed->scene() && m_followed->viewport()->width() > 0) {
        target = m_followed->mapToScene(m_followed->viewport()->rect()).boundingRect();
        margin = 0;
    }
    if (target.isEmpty())
        target = QRectF(target.center() - QPointF(1, 1), QSizeF(2, 2));
    margin = std::min(margin, std::min(viewport.width(), viewport.height()) / 4.0);
    const double zoom = std::min({(viewport.width() - 2 * margin) / target.width(),
                                  (viewport.height() - 2 * margin) / target.height(),
                                  MaxWallZoom});
    // Room to centre on any part of the wall.
    const QSizeF half(viewport.width() / zoom / 2, viewport.height() / zoom / 2);
    m_wallView->setSceneRect(target.united(content).adjusted(-half.width(), -half.height(),
                                                            half.width(), half.height()));
    m_wallView->setTransform(QTransform::fromScale(zoom, zoom));
    m_wallView->centerOn(target.center());
}

} // namespace weitblick
