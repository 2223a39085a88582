#include "measurehistory.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace weitblick {

QList<HistoryEntry> MeasureHistory::of(const Conference &conference, Id measureId)
{
    struct Keyed
    {
        HistoryEntry entry;
        Id criterionId;
    };
    QList<Keyed> keyed;
    for (const MeasureReview &review : conference.all<MeasureReview>()) {
        if (review.measureId != measureId)
            continue;
        const ReviewMeeting *meeting = conference.find<ReviewMeeting>(review.meetingId);
        keyed.append({{meeting ? meeting->date : QDate(), HistoryEntry::Kind::Review, review.id,
                       review.meetingId},
                      NoId});
    }
    QSet<Id> criteria;
    for (const Criterion &criterion : conference.all<Criterion>()) {
        if (criterion.measureId == measureId)
            criteria.insert(criterion.id);
    }
    for (const IndicatorValue &value : conference.all<IndicatorValue>()) {
        if (criteria.contains(value.criterionId))
            keyed.append({{value.date, HistoryEntry::Kind::IndicatorValue, value.id,
                           value.meetingId},
                          value.criterionId});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return std::tuple(a.entry.date, int(a.entry.kind), a.criterionId, a.entry.id)
               < std::tuple(b.entry.date, int(b.entry.kind), b.criterionId, b.entry.id);
    });
    QList<HistoryEntry> entries;
    entries.reserve(keyed.size());
    for (const Keyed &k : keyed)
        entries.append(k.entry);
    return entries;
}

QList<IndicatorValue> MeasureHistory::valuesOf(const Conference &conference, Id criterionId)
{
    QList<IndicatorValue> values;
    for (const IndicatorValue &value : conference.all<IndicatorValue>()) {
        if (value.criterionId == criterionId)
            values.append(value);
    }
    std::stable_sort(values.begin(), values.end(),
                     [](const IndicatorValue &a, const IndicatorValue &b) {
                         return a.date < b.date;
                     });
    return values;
}

QList<ReviewMeeting> MeasureHistory::meetings(const Conference &conference)
{
    QList<ReviewMeeting> meetings(conference.all<ReviewMeeting>().begin(),
                                  conference.all<ReviewMeeting>().end());
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const ReviewMeeting &a, const ReviewMeeting &b) {
                         return a.date < b.date;
                     });
    return meetings;
}

QList<Criterion> MeasureHistory::criteriaOf(const Conference &conference, Id measureId)
{
    QList<Criterion> criteria;
    for (const Criterion &criterion : conference.all<Criterion>()) {
        if (criterion.measureId == measureId)
            criteria.append(criterion);
    }
    return criteria;
}

} // namespace weitblick
