#include "conferencetemplate.h"

#include "core/document/conferencedocument.h"
#include "core/storage/conferencestore.h"

#include <QFileInfo>

namespace weitblick {

Conference ConferenceTemplate::structureOf(const Conference &conference)
{
    Conference structure;
    ConferenceInfo info;
    info.title = conference.info().title;
    info.areaKind = conference.info().areaKind;
    info.isTemplate = conference.info().isTemplate;
    if (info.isTemplate)
        info.notes = conference.info().notes;
    structure.all<ConferenceInfo>().put(info);

    for (const StakeholderGroup &group : conference.all<StakeholderGroup>())
        structure.all<StakeholderGroup>().put(group);
    for (const Table &table : conference.all<Table>())
        structure.all<Table>().put(table);
    for (Phase phase : conference.all<Phase>()) {
        phase.state = PhaseState::Planned;
        phase.timerElapsedMs = 0;
        phase.timerStartedAtMs = 0;
        phase.timerExtraMinutes = 0;
        structure.all<Phase>().put(phase);
    }
    for (VoteSession session : conference.all<VoteSession>()) {
        session.open = true;
        structure.all<VoteSession>().put(session);
    }
    return structure;
}

Conference ConferenceTemplate::asTemplate(const Conference &conference, const QString &name,
                                          const QString &description)
{
    Conference result = structureOf(conference);
    ConferenceInfo info = result.info();
    info.isTemplate = true;
    info.title = name;
    info.notes = description;
    result.all<ConferenceInfo>().put(info);
    return result;
}

Conference ConferenceTemplate::newConferenceFrom(const Conference &source)
{
    Conference result = structureOf(source);
    ConferenceInfo info = result.info();
    info.isTemplate = false;
    info.notes.clear();
    result.all<ConferenceInfo>().put(info);
    return result;
}

Conference ConferenceTemplate::titledAfterFile(Conference conference, const QString &path)
{
    if (conference.info().title.trimmed().isEmpty()) {
        ConferenceInfo info = conference.info();
        info.title = QFileInfo(path).completeBaseName().simplified();
        conference.all<ConferenceInfo>().put(info);
    }
    return conference;
}

bool ConferenceTemplate::write(const QString &path, const Conference &conference,
                               const QString &name, const QString &description, QString *error)
{
    return ConferenceStore::create(path, asTemplate(conference, name, description), error,
                                   ConferenceStore::Existing::Replace);
}

std::optional<Conference> ConferenceTemplate::read(const QString &path, QString *error)
{
    OpenOutcome outcome;
    const auto document =
        ConferenceDocument::open(path, ConferenceStore::Access::ReadOnly, &outcome);
    if (!document) {
        *error = outcome.message;
        return std::nullopt;
    }
    return structureOf(document->conference());
}

} // namespace weitblick
