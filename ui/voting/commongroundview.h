#pragma once

#include "commongroundpainter.h"

#include <QWidget>

#include <memory>

class QSlider;
class QSpinBox;

namespace weitblick {

class ConferenceDocument;

// The common ground of one vote on screen, with the share of stakeholder groups (50–100 %)
// that an item needs, set by a slider or a spin box.
class CommonGroundView : public QWidget
{
    Q_OBJECT

public:
    explicit CommonGroundView(ConferenceDocument *document, QWidget *parent = nullptr);
    ~CommonGroundView() override;

    void setSession(Id sessionId);
    Id sessionId() const { return m_sessionId; }
    void setSharePercent(int percent);
    int sharePercent() const;
    const CommonGroundPainter &painter() const { return *m_painter; }
    QSlider *shareSlider() const { return m_slider; }
    QSpinBox *shareSpin() const { return m_spin; }
    // The widget the painter paints on.
    QWidget *canvas() const { return m_canvas; }

    QSize sizeHint() const override { return {800, 560}; }

signals:
    void sharePercentChanged(int percent);

private:
    void rebuild();

    ConferenceDocument *m_document;
    Id m_sessionId = NoId;
    std::unique_ptr<CommonGroundPainter> m_painter;
    QSlider *m_slider;
    QSpinBox *m_spin;
    QWidget *m_canvas;
};

} // namespace weitblick
