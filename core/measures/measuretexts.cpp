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

} // namespace weitblick
