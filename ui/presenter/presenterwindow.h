#pragma once

#include "core/model/id.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QActionGroup;
class QGraphicsView;
class QScreen;
class QStackedLayout;
class QTimer;

namespace weitblick {

class ConferenceDocument;
class DotLayerItem;
class PresenterSlide;
class WallScene;

// The projector view: a separate top-level window that shows the audience one thing at a time,
// the title slide, the current wall (read-only), the ranking or common ground of the phase's
// latest vote, the timer, or how to join in from a phone, and never a moderator control.
// It goes full-screen on the second screen when there is one and follows screens being plugged
// in and out; with one screen it is an ordinary window. B blanks it, as in presentation
// programs.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Content { Title, Wall, Ranking, CommonGround, Timer, Join };

    // The wall keeps this many pixels of margin at 1080 lines, so that nothing touches the edge.
    static constexpr double WallMargin = 32;
    static constexpr double MaxWallZoom = 4;

    using Clock = std::function<qint64()>;

    explicit PresenterWindow(ConferenceDocument *document);
    ~PresenterWindow() override;

    void setPhase(Id phaseId);
    Id phaseId() const { return m_phaseId; }

    void setContent(Content content);
    Content content() const { return m_content; }
    // One checkable action per content, for the moderator's menu or toolbar.
    QActionGroup *contentActions() const { return m_contentActions; }
    QAction *contentAction(Content content) const;

    void setBlanked(bool blanked);
    bool isBlanked() const { return m_blanked; }
    QAction *blankAction() const { return m_blank; }

    // The wall follows this view's zoom and centre (the moderator's wall view) and shows all
    // that view shows. Null: the whole wall, with a margin.
    void followView(QGraphicsView *view);
    // The wall shows this cluster; NoId follows the view again.
    void showCluster(Id clusterId);

    void setClock(Clock clock);

    // The join address and access code the "Join in" slide shows; empty: not started.
    void setJoin(const QUrl &url, const QString &code);

    // Shows the window: full-screen on the projector screen, or an ordinary window.
    void present();
    // Hides the window until the next present(), whatever screens come and go.
    void dismiss();
    bool isPresented() const { return m_presented; }

    // The vote whose ranking, common ground and dots it shows; NoId or a vote of another
    // phase: the phase's latest vote.
    void setVote(Id sessionId);
    Id shownSessionId() const;
    // The share of stakeholder groups the common ground needs (0..1], as the moderator set it.
    void setCommonGroundShare(double share);
    // Whether the window is full-screen on a screen of its own.
    bool isOnProjector() const { return m_onProjector; }

    QGraphicsView *wallView() const { return m_wallView; }
    WallScene *wallScene() const { return m_scene; }
    // The dots of the phase's latest vote on the wall.
    DotLayerItem *dotLayer() const { return m_dots; }
    PresenterSlide *slide() const { return m_slide; }
    double wallZoom() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeOnScreens();
    void updatePage();
    void updateSlide();
    void updateWall();
    void updateVote();

    ConferenceDocument *m_document;
    Id m_phaseId = NoId;
    Content m_content = Content::Title;
    bool m_blanked = false;
    bool m_presented = false;
    bool m_onProjector = false;
    Clock m_clock;
    WallScene *m_scene;
    DotLayerItem *m_dots; // owned by the scene
    QGraphicsView *m_wallView;
    PresenterSlide *m_slide;
    QWidget *m_black;
    QStackedLayout *m_pages;
    QActionGroup *m_contentActions;
    QAction *m_title;
    QAction *m_wall;
    QAction *m_ranking;
    QAction *m_commonGround;
    QAction *m_timer;
    QAction *m_join;
    QAction *m_blank;
    QTimer *m_tick;
    QPointer<QGraphicsView> m_followed;
    QList<QMetaObject::Connection> m_followConnections;
    Id m_clusterId = NoId;
    Id m_chosenSessionId = NoId;
    double m_share = 1.0;
};

} // namespace weitblick
