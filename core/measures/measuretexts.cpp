#include "measuretexts.h"

namespace weitblick {

QString MeasureTexts::statusText(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::Idea: return tr("Idea");
    case MeasureStatus::Planned: return tr("Planned");
    case MeasureStatus::InProgress: return tr("In progress");
    case MeasureStatus::Done: return tr("Done");
    case MeasureStatus::Dropped: return tr("Dropped");
    }
    return {};
}

QString MeasureTexts::withoutSubProject()
{
    return tr("Without a sub-project");
}

QString MeasureTexts::healthText(MeasureHealth health)
{
    switch (health) {
    case MeasureHealth::Overdue: return tr("Overdue");
    case MeasureHealth::AtRisk: return tr("At risk");
    case MeasureHealth::OnTrack:
    case MeasureHealth::Closed: return {};
    }
    return {};
}

QString MeasureTexts::countText(const MeasureCount &count)
{
    QString text = tr("%n measure(s), %1 done", nullptr, count.total).arg(count.done);
    if (count.dropped > 0)
        text += tr(", %n dropped", nullptr, count.dropped);
    return text;
}

} // namespace weitblick
