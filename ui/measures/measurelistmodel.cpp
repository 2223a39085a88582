#include "measurelistmodel.h"

#include "ui/common/messages.h"

#include "core/document/conferencedocument.h"
#include "core/measures/datetext.h"
#include "core/measures/measuretexts.h"
#include "core/model/changeset.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QStyle>

namespace weitblick {

MeasureListModel::MeasureListModel(ConferenceDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_filter.today = QDate::currentDate();
    connect(document, &ConferenceDocument::changesApplied, this,
            &MeasureListModel::changesApplied);
    rebuild();
}

void MeasureListModel::setFilter(const MeasureFilter &filter)
{
    const QDate today = m_filter.today;
    m_filter = filter;
    m_filter.today = today;
    rebuild();
}

void MeasureListModel::setToday(QDate today)
{
    m_filter.today = today;
    rebuild();
}

void MeasureListModel::changesApplied(const ChangeSet &changes)
{
    for (const EntityChange &change : changes.changes()) {
        if (change.kind() == EntityKind::Measure || change.kind() == EntityKind::SubProject) {
            rebuild();
            return;
        }
    }
}

void MeasureListModel::rebuild()
{
    beginResetModel();
    m_ids.clear();
    for (const Measure *measure : m_filter.apply(m_document->conference()))
        m_ids.append(measure->id);
    endResetModel();
}

Id MeasureListModel::measureAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : NoId;
}

int MeasureListModel::rowOf(Id measureId) const
{
    return int(m_ids.indexOf(measureId));
}

int MeasureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int MeasureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureListModel::data(const QModelIndex &index, int role) const
{
    const Conference &conference = m_document->conference();
    const Measure *measure = conference.find<Measure>(measureAt(index.row()));
    if (!measure)
        return {};
    const MeasureHealth health = MeasureHealthRule::of(*measure, m_filter.today);
    switch (role) {
    case MeasureIdRole:
        return measure->id;
    case HealthRole:
        return int(health);
    case Qt::BackgroundRole:
        if (health == MeasureHealth::Overdue)
            return QColor(0xf8, 0xd0, 0xd0);
        if (health == MeasureHealth::AtRisk)
            return QColor(0xfc, 0xe8, 0xb8);
        return {};
    case Qt::ForegroundRole:
        if (health == MeasureHealth::Overdue || health == MeasureHealth::AtRisk)
            return QColor(Qt::black); // readable on the light background in dark themes too
        if (measure->status == MeasureStatus::Dropped)
            return QColor(Qt::gray);
        return {};
    case Qt::DecorationRole:
        if (index.column() != Health)
            return {};
        if (health == MeasureHealth::Overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (health == MeasureHealth::AtRisk)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Progress)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Health && health == MeasureHealth::Overdue)
            return tr("The deadline has passed and the measure is not done.");
        if (index.column() == Health && health == MeasureHealth::AtRisk)
            return tr("The deadline is within %n day(s) and the progress lags the time passed.",
                      nullptr, MeasureHealthRule::DefaultRiskDays);
        // The columns of names may be cut short: the whole name shows on hovering.
        if (index.column() == Title || index.column() == SubProject || index.column() == Owner)
            return messages::plainToolTip(data(index, Qt::DisplayRole).toString());
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Health:
        return MeasureTexts::healthText(health);
    case Title:
        return measure->title;
    case SubProject:
        if (const weitblick::SubProject *sub = conference.find<weitblick::SubProject>(
                measure->subProjectId))
            return sub->name;
        return {};
    case Owner:
        return measure->owner;
    case Deadline:
        return DateText::format(measure->deadline);
    case Status:
        return MeasureTexts::statusText(measure->status);
    case Progress:
        return QStringLiteral("%1 %").arg(measure->progress);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MeasureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Health: return tr("Attention");
    case Title: return tr("Measure");
    case SubProject: return tr("Sub-project");
    case Owner: return tr("Owner");
    case Deadline: return tr("Deadline");
    case Status: return tr("Status");
    case Progress: return tr("Progress");
    case ColumnCount: break;
    }
    return {};
}

} // namespace weitblick
