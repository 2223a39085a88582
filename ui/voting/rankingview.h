#pragma once

#include "rankingpainter.h"

#include <QWidget>

#include <memory>

namespace weitblick {

class ConferenceDocument;

// The ranking of one vote on screen: the RankingPainter on a widget, redrawn as dots change.
class RankingView : public QWidget
{
    Q_OBJECT

public:
    explicit RankingView(ConferenceDocument *document, QWidget *parent = nullptr);
    ~RankingView() override;

    void setSession(Id sessionId);
    Id sessionId() const { return m_sessionId; }
    const RankingPainter &painter() const { return *m_painter; }

    QSize sizeHint() const override { return {900, 560}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();

    ConferenceDocument *m_document;
    Id m_sessionId = NoId;
    std::unique_ptr<RankingPainter> m_painter;
};

} // namespace weitblick
