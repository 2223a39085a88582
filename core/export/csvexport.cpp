#include "csvexport.h"

#include "core/measures/measuretexts.h"

#include "core/commands/commands.h"
#include "core/io/outputfile.h"
#include "core/voting/ranking.h"
#include "csvwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace weitblick {

namespace {

QString yesNo(bool value)
{
    return value ? CsvExport::tr("yes") : CsvExport::tr("no");
}

template<class T>
QString nameOf(const Conference &conference, Id id, QString T::*field)
{
    const T *found = conference.find<T>(id);
    return found ? found->*field : QString();
}

QString tableName(const Conference &conference, Id tableId)
{
    const Table *table = conference.find<Table>(tableId);
    if (!table)
        return {};
    return table->name.isEmpty() ? QString::number(table->number) : table->name;
}

QString formText(CardForm form)
{
    switch (form) {
    case CardForm::Card: return CsvExport::tr("card");
    case CardForm::Oval: return CsvExport::tr("oval");
    case CardForm::Heading: return CsvExport::tr("heading");
    }
    return {};
}

QString laneText(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::None: return {};
    case TimelineLane::World: return CsvExport::tr("world");
    case TimelineLane::Local: return CsvExport::tr("local");
    case TimelineLane::Personal: return CsvExport::tr("personal");
    }
    return {};
}

} // namespace

QByteArray CsvExport::cards(const Conference &conference, const QLocale &locale)
{
    CsvWriter csv(locale);
    csv.addRow({tr("Id"), tr("Phase"), tr("Cluster"), tr("Text"), tr("Form"),
                tr("Stakeholder group"), tr("Table"), tr("Year"), tr("Timeline lane")});
    // Phase by phase in the order of the conference, cards in the order they were written.
    for (const Phase &phase : commands::orderedPhases(conference)) {
        for (const Card &card : conference.all<Card>()) {
            if (card.phaseId != phase.id)
                continue;
            csv.addRow({QString::number(card.id), phase.title,
                        nameOf(conference, card.clusterId, &Cluster::heading), card.text,
                        formText(card.form),
                        nameOf(conference, card.groupId, &StakeholderGroup::name),
                        tableName(conference, card.tableId),
                        card.year ? csv.number(*card.year) : QString(), laneText(card.lane)});
        }
    }
    return csv.bytes();
}

QByteArray CsvExport::clusters(const Conference &conference, const QLocale &locale)
{
    QHash<Id, int> cardCounts;
    for (const Card &card : conference.all<Card>()) {
        if (card.clusterId != NoId)
            ++cardCounts[card.clusterId];
    }
    CsvWriter csv(locale);
    csv.addRow({tr("Id"), tr("Phase"), tr("Heading"), tr("Cards")});
    for (const Phase &phase : commands::orderedPhases(conference)) {
        for (const Cluster &cluster : conference.all<Cluster>()) {
            if (cluster.phaseId == phase.id) {
                csv.addRow({QString::number(cluster.id), phase.title, cluster.heading,
                            csv.number(cardCounts.value(cluster.id))});
            }
        }
    }
    return csv.bytes();
}

QByteArray CsvExport::votes(const Conference &conference, const QLocale &locale)
{
    const QList<StakeholderGroup> groups = commands::orderedGroups(conference);
    CsvWriter csv(locale);
    QStringList header{tr("Vote"),  tr("Phase"), tr("Rank"),  tr("Kind"),
                       tr("Id"),    tr("Item"),  tr("Plus dots"), tr("Minus dots"),
                       tr("Score"), tr("Supporting groups")};
    for (const StakeholderGroup &group : groups)
        header.append(tr("Plus dots: %1").arg(group.name));
    csv.addRow(header);
    for (const Phase &phase : commands::orderedPhases(conference)) {
        for (const VoteSession &session : conference.all<VoteSession>()) {
            if (session.phaseId != phase.id)
                continue;
            const Ranking ranking(conference, session.id);
            for (const RankedItem &item : ranking.items()) {
                // Items nobody voted for would bury the result under every card of the wall.
                if (item.plus == 0 && item.minus == 0)
                    continue;
                const bool isCard = item.cardId != NoId;
                QStringList row{session.title,
                                phase.title,
                                csv.number(item.rank),
                                isCard ? tr("card") : tr("cluster"),
                                QString::number(isCard ? item.cardId : item.clusterId),
                                item.label,
                                csv.number(item.plus),
                                csv.number(item.minus),
                                csv.number(item.score()),
                                ranking.knowsGroups()
                                    ? csv.number(ranking.supportingGroups(item))
                                    : QString()};
                for (const StakeholderGroup &group : groups) {
                    row.append(ranking.knowsGroups() ? csv.number(item.plusByGroup.value(group.id))
                                                     : QString());
                }
                csv.addRow(row);
            }
        }
    }
    return csv.bytes();
}

QByteArray CsvExport::participants(const Conference &conference, const QLocale &locale)
{
    CsvWriter csv(locale);
    csv.addRow({tr("Id"), tr("Name"), tr("Organisation"), tr("Stakeholder group"), tr("Table"),
                tr("Steering committee")});
    for (const Participant &participant : conference.all<Participant>()) {
        csv.addRow({QString::number(participant.id), participant.name, participant.organisation,
                    nameOf(conference, participant.groupId, &StakeholderGroup::name),
                    tableName(conference, participant.tableId),
                    yesNo(participant.steeringCommittee)});
    }
    return csv.bytes();
}

QByteArray CsvExport::measures(const Conference &conference, const QLocale &locale)
{
    CsvWriter csv(locale);
    csv.addRow({tr("Id"), tr("Title"), tr("Description"), tr("Sub-project"), tr("Owner"),
                tr("Team"), tr("Start"), tr("Deadline"), tr("Status"), tr("Progress (%)"),
                tr("Communication"), tr("From cluster"), tr("From card"), tr("Criteria")});
    for (const Measure &measure : conference.all<Measure>()) {
        int criteria = 0;
        for (const Criterion &criterion : conference.all<Criterion>())
            criteria += criterion.measureId == measure.id ? 1 : 0;
        csv.addRow({QString::number(measure.id), measure.title, measure.description,
                    nameOf(conference, measure.subProjectId, &SubProject::name), measure.owner,
                    measure.team, CsvWriter::date(measure.startDate),
                    CsvWriter::date(measure.deadline), MeasureTexts::statusText(measure.status),
                    csv.number(measure.progress), measure.communication,
                    nameOf(conference, measure.sourceClusterId, &Cluster::heading),
                    nameOf(conference, measure.sourceCardId, &Card::text),
                    csv.number(criteria)});
    }
    return csv.bytes();
}

QByteArray CsvExport::criteria(const Conference &conference, const QLocale &locale)
{
    CsvWriter csv(locale);
    csv.addRow({tr("Measure id"), tr("Measure"), tr("Indicator"), tr("Unit"), tr("Baseline"),
                tr("Target"), tr("Current"), tr("Due")});
    for (const Criterion &criterion : conference.all<Criterion>()) {
        csv.addRow({QString::number(criterion.measureId),
                    nameOf(conference, criterion.measureId, &Measure::title), criterion.indicator,
                    criterion.unit, csv.number(criterion.baseline), csv.number(criterion.target),
                    csv.number(criterion.current), CsvWriter::date(criterion.due)});
    }
    return csv.bytes();
}

QStringList CsvExport::fileNames()
{
    return {QStringLiteral("cards.csv"),        QStringLiteral("clusters.csv"),
            QStringLiteral("votes.csv"),        QStringLiteral("participants.csv"),
            QStringLiteral("measures.csv"),     QStringLiteral("criteria.csv")};
}

bool CsvExport::writeFolder(const Conference &conference, const QLocale &locale,
                            const QString &folder, QStringList *written, QString *error)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        if (error) {
            *error = info.exists()
                ? tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder))
                : tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        }
        return false;
    }
    // Every table is made before the first file is written, so a failure half-way is a
    // failure to write, never one of the model.
    const QList<QByteArray> tables{cards(conference, locale),        clusters(conference, locale),
                                   votes(conference, locale),        participants(conference, locale),
                                   measures(conference, locale),     criteria(conference, locale)};
    const QStringList names = fileNames();
    const QDir dir(folder);
    QList<std::pair<QString, QByteArray>> files;
    for (qsizetype i = 0; i < names.size(); ++i)
        files.append({dir.filePath(names.at(i)), tables.at(i)});
    if (!OutputFile::writeAll(files, error))
        return false;
    if (written) {
        for (const auto &file : std::as_const(files))
            written->append(file.first);
    }
    return true;
}

} // namespace weitblick
