#include "measurefilter.h"

#include <QCollator>

#include <algorithm>

namespace weitblick {

bool MeasureFilter::matches(const Measure &measure) const
{
    if (owner && measure.owner != *owner)
        return false;
    if (status && measure.status != *status)
        return false;
    if (subProjectId && measure.subProjectId != *subProjectId)
        return false;
    if (needsAttentionOnly) {
        const MeasureHealth health = MeasureHealthRule::of(measure, today);
        if (health != MeasureHealth::Overdue && health != MeasureHealth::AtRisk)
            return false;
    }
    return true;
}

QList<const Measure *> MeasureFilter::apply(const Conference &conference) const
{
    QList<const Measure *> result;
    for (const Measure &measure : conference.all<Measure>()) {
        if (matches(measure))
            result.append(&measure);
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(result.begin(), result.end(), [&](const Measure *a, const Measure *b) {
        if (a->deadline != b->deadline) {
            if (!a->deadline.isValid() || !b->deadline.isValid())
                return b->deadline.isValid() == false;
            return a->deadline < b->deadline;
        }
        return collator.compare(a->title, b->title) < 0;
    });
    return result;
}

QStringList MeasureFilter::owners(const Conference &conference)
{
    QStringList names;
    for (const Measure &measure : conference.all<Measure>()) {
        if (!measure.owner.trimmed().isEmpty())
            names.append(measure.owner);
    }
    names.removeDuplicates();
    QCollator collator;
    std::sort(names.begin(), names.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

} // namespace weitblick
