#include "commongroundview.h"

#include "core/document/conferencedocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace weitblick {

namespace {

// Paints through a function, so that the view needs no subclass per canvas.
class Canvas : public QWidget
{
public:
    explicit Canvas(std::function<void(QPainter *, QRectF)> paint, QWidget *parent)
        : QWidget(parent), m_paint(std::move(paint))
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        m_paint(&painter, QRectF(rect()).adjusted(12, 8, -12, -8));
    }

private:
    std::function<void(QPainter *, QRectF)> m_paint;
};

} // namespace

CommonGroundView::CommonGroundView(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_spin(new QSpinBox(this))
{
    m_canvas = new Canvas([this](QPainter *painter, QRectF rect) {
        m_painter->paint(painter, rect);
    }, this);
    m_slider->setRange(50, 100);
    m_spin->setRange(50, 100);
    m_spin->setSuffix(QStringLiteral(" %"));
    m_slider->setValue(100);
    m_spin->setValue(100);
    const QString tip = tr("The share of the stakeholder groups that must support an item with "
                           "a plus dot. 100 % means every group: the common ground of the "
                           "Future Search method.");
    m_slider->setToolTip(tip);
    m_spin->setToolTip(tip);
    connect(m_slider, &QSlider::valueChanged, m_spin, &QSpinBox::setValue);
    connect(m_spin, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int percent) {
        m_painter->setShare(percent / 100.0);
        m_canvas->update();
        emit sharePercentChanged(percent);
    });

    auto *label = new QLabel(tr("Supported by at &least:"), this);
    label->setBuddy(m_spin);
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_spin);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);

    rebuild();
    connect(document, &ConferenceDocument::changesApplied, this, &CommonGroundView::rebuild);
}

CommonGroundView::~CommonGroundView() = default;

void CommonGroundView::setSession(Id sessionId)
{
    m_sessionId = sessionId;
    rebuild();
}

void CommonGroundView::setSharePercent(int percent)
{
    m_spin->setValue(percent);
}

int CommonGroundView::sharePercent() const
{
    return m_spin->value();
}

void CommonGroundView::rebuild()
{
    m_painter = std::make_unique<CommonGroundPainter>(m_document->conference(), m_sessionId,
                                                      m_spin->value() / 100.0);
    m_canvas->update();
}

} // namespace weitblick
