#pragma once

#include "core/model/id.h"

#include <QUrl>
#include <QWidget>

#include <memory>

namespace weitblick {

class CommonGroundPainter;
class Conference;
class RankingPainter;

// A painted projector slide in large type: the title slide (conference title, phase and guiding
// question), the timer (the phase and its time left), or the ranking or common ground of the
// phase's latest vote, or "Join in" with the QR code and address of the participation page.
// Sizes follow the slide's height, so
// that it reads the same on every projector.
class PresenterSlide : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Title, Timer, Ranking, CommonGround, Join };

    explicit PresenterSlide(QWidget *parent = nullptr);
    ~PresenterSlide() override;

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setTitle(const QString &conferenceTitle, const QString &phaseTitle,
                  const QString &guidingQuestion);
    void setTime(const QString &time, bool up);
    // The vote whose ranking and common ground are shown; NoId: none yet.
    void setVote(const Conference &conference, Id sessionId, double share = 1.0);
    Id voteSessionId() const { return m_sessionId; }
    // The participation page's join address with its access code; empty while the server is
    // not running.
    void setJoin(const QUrl &url, const QString &code);
    QUrl joinUrl() const { return m_joinUrl; }

    // Paints the slide onto any paint device of the given size.
    void paintSlide(QPainter *painter, const QRect &rect) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintJoin(QPainter *painter, const QRectF &area, double unit) const;

    Kind m_kind = Kind::Title;
    QString m_conferenceTitle;
    QString m_phaseTitle;
    QString m_question;
    QString m_time;
    bool m_up = false;
    Id m_sessionId = NoId;
    QUrl m_joinUrl;
    QString m_joinCode;
    std::unique_ptr<RankingPainter> m_ranking;
    std::unique_ptr<CommonGroundPainter> m_commonGround;
};

} // namespace weitblick
