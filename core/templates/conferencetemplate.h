#pragma once

#include "core/model/conference.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace weitblick {

// A template is a conference file with ConferenceInfo::isTemplate set that holds only a
// conference's structure: its phases with their guiding questions, time boxes, wall layouts
// and topics, the stakeholder groups, the tables and the prepared dot votes. It holds nothing
// about people: no participants, cards, clusters, dots, measures or follow-up, and neither the
// place, the dates nor the moderators. Its title names it and its notes describe it. Being a
// conference file, it can be mailed and opened like one, through the same defensive open.
class ConferenceTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceTemplate)

public:
    // The structure of a conference (see above). Phases start planned with their timers reset
    // and votes open. The notes stay only in a template, where they are its description.
    static Conference structureOf(const Conference &conference);

    // The structure of the conference as a template with a name and a description.
    static Conference asTemplate(const Conference &conference, const QString &name,
                                 const QString &description);

    // What a new conference from a template (or from any conference) starts with: its
    // structure, no template any more, and without the template's description.
    static Conference newConferenceFrom(const Conference &source);
    // The new conference as it is written to path: one without a title (an empty one) is
    // called what its file is called, so that its window, posters and report have a title.
    static Conference titledAfterFile(Conference conference, const QString &path);

    // Writes a template of the conference to path, replacing a file there as a whole.
    static bool write(const QString &path, const Conference &conference, const QString &name,
                      const QString &description, QString *error);

    // Reads the structure of a template or of any conference file, read-only and through the
    // defensive open of every conference. Nothing on error, and the reason.
    static std::optional<Conference> read(const QString &path, QString *error);
};

} // namespace weitblick
