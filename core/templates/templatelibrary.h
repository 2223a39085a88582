#pragma once

#include "builtintemplates.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace weitblick {

// One template a new conference can start from: a built-in method, or a template file.
struct TemplateChoice
{
    QString name;
    QString description;
    std::optional<Method> method; // a built-in template
    QString path;                 // a template file
    Conference structure;         // what ConferenceTemplate::newConferenceFrom() starts from
};

// The templates "New conference" offers: the built-in ones, the templates saved in the
// moderator's templates folder, and any template file the moderator picks.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    // The folder "Save as template" writes to: templates/ in Weitblick's data folder.
    static QString folder();

    static QList<TemplateChoice> builtIns(TextLanguage language);
    // Every template file in the folder, by name. Files that do not open, and conferences
    // that are no templates, are left out: the folder may hold anything.
    static QList<TemplateChoice> saved(const QString &folder);
    // A template file, or any conference file, as a choice; nothing and the reason when it
    // does not open.
    static std::optional<TemplateChoice> fromFile(const QString &path, QString *error);

    // A file name for a template or conference of that name: name.weitblick without the
    // characters file systems refuse, or fallback.weitblick for a name with nothing left.
    static QString fileNameFor(const QString &name, const QString &fallback);

    // For scripts (--template): a built-in key (zukunftswerkstatt, future-workshop, ...), the
    // name of a template in the folder, or the path of a template or conference file.
    static std::optional<TemplateChoice> find(const QString &nameOrPath, TextLanguage language,
                                              const QString &folder, QString *error);
};

} // namespace weitblick
