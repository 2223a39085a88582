#include "templatelibrary.h"

#include "conferencetemplate.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace weitblick {

QString TemplateLibrary::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/templates");
}

QList<TemplateChoice> TemplateLibrary::builtIns(TextLanguage language)
{
    QList<TemplateChoice> choices;
    for (int i = 0; i < MethodCount; ++i) {
        const auto method = Method(i);
        choices.append({BuiltInTemplates::name(method), BuiltInTemplates::description(method),
                        method, {}, BuiltInTemplates::conference(method, language)});
    }
    return choices;
}

QList<TemplateChoice> TemplateLibrary::saved(const QString &folder)
{
    QList<TemplateChoice> choices;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.weitblick")},
                                                           QDir::Files | QDir::Readable);
    for (const QFileInfo &file : files) {
        QString error;
        std::optional<TemplateChoice> choice = fromFile(file.absoluteFilePath(), &error);
        if (choice && choice->structure.info().isTemplate)
            choices.append(std::move(*choice));
    }
    // In the order of the interface's language (Ärztehaus before Zentrum), whatever the
    // system's collation.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(choices.begin(), choices.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return choices;
}

std::optional<TemplateChoice> TemplateLibrary::fromFile(const QString &path, QString *error)
{
    std::optional<Conference> structure = ConferenceTemplate::read(path, error);
    if (!structure)
        return std::nullopt;
    const ConferenceInfo &info = structure->info();
    // A conference used as a template is named after its file, and says where it comes from.
    const QString name = info.isTemplate && !info.title.trimmed().isEmpty()
                             ? info.title
                             : QFileInfo(path).completeBaseName();
    const QString description =
        info.isTemplate ? info.notes
                        : tr("The structure of the conference %1, without its participants, "
                             "cards, dots and measures.")
                              .arg(QFileInfo(path).fileName());
    return TemplateChoice{name, description, std::nullopt, path, std::move(*structure)};
}

QString TemplateLibrary::fileNameFor(const QString &name, const QString &fallback)
{
    constexpr int MaxBaseLength = 80;
    QString base;
    for (const QChar c : name.simplified()) {
        const bool refused = c.category() == QChar::Other_Control
                             || QStringLiteral("/\\:*?\"<>|").contains(c);
        base += refused ? QLatin1Char('-') : c;
    }
    // No hidden files, and no names that end in a dot or a space (Windows drops them).
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    if (base.size() > MaxBaseLength) {
        base.truncate(MaxBaseLength);
        if (base.back().isHighSurrogate())
            base.chop(1);
    }
    base = base.trimmed();
    while (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    return (base.isEmpty() ? fallback : base) + QStringLiteral(".weitblick");
}

std::optional<TemplateChoice> TemplateLibrary::find(const QString &nameOrPath,
                                                    TextLanguage language,
                                                    const QString &folder, QString *error)
{
    const std::optional<Method> method = BuiltInTemplates::fromKey(nameOrPath);
    if (!method && QFileInfo(nameOrPath).isFile())
        return fromFile(nameOrPath, error);
    std::optional<TemplateChoice> savedOne;
    for (TemplateChoice &choice : saved(folder)) {
        if (choice.name.compare(nameOrPath, Qt::CaseInsensitive) == 0
            || QFileInfo(choice.path).completeBaseName().compare(nameOrPath, Qt::CaseInsensitive)
                   == 0) {
            savedOne = std::move(choice);
            break;
        }
    }
    // A script must not get one of two templates of the same name by chance.
    if (method && savedOne) {
        QStringList otherKeys = BuiltInTemplates::keys(*method);
        otherKeys.removeIf([&](const QString &key) {
            return key.compare(nameOrPath, Qt::CaseInsensitive) == 0;
        });
        *error = tr("%1 names both a built-in method and your template %2. Give %3 for the "
                    "built-in one, or the file %2 for yours.")
                     .arg(nameOrPath, QDir::toNativeSeparators(savedOne->path),
                          otherKeys.join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (method)
        return builtIns(language).at(int(*method));
    if (savedOne)
        return savedOne;
    QStringList keys;
    for (int i = 0; i < MethodCount; ++i)
        keys << BuiltInTemplates::key(Method(i));
    *error = tr("There is no template %1. Give one of %2, the name of a template in %3, or a "
                "template file.")
                 .arg(nameOrPath, keys.join(QLatin1String(", ")), QDir::toNativeSeparators(folder));
    return std::nullopt;
}

} // namespace weitblick
