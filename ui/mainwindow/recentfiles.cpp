#include "recentfiles.h"

#include "ui/common/messages.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace weitblick {

namespace {
const QString SettingsKey = QStringLiteral("recentFiles");
const QString TemplatesKey = QStringLiteral("recentTemplates");
}

RecentFiles::RecentFiles(QObject *parent) : QObject(parent)
{
    const QSettings settings;
    m_files = settings.value(SettingsKey).toStringList();
    m_templates = settings.value(TemplatesKey).toStringList();
}

void RecentFiles::add(const QString &path, Kind kind)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    m_templates.removeAll(absolute);
    if (kind == Kind::Template)
        m_templates.append(absolute);
    save();
}

QString RecentFiles::label(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    return m_templates.contains(path) ? tr("%1 (template)").arg(name) : name;
}

void RecentFiles::remove(const QString &path)
{
    m_files.removeAll(QFileInfo(path).absoluteFilePath());
    save();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    for (const QString &path : std::as_const(m_files)) {
        QString text = label(path);
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = menu->addAction(text, this,
                                          [this, path] { emit openRequested(path); });
        action->setToolTip(messages::plainToolTip(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (m_files.isEmpty())
        menu->addAction(tr("No recent conferences"))->setEnabled(false);
    else {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), this, &RecentFiles::clear);
    }
}

void RecentFiles::save()
{
    m_templates.removeIf([this](const QString &path) { return !m_files.contains(path); });
    QSettings settings;
    settings.setValue(SettingsKey, m_files);
    settings.setValue(TemplatesKey, m_templates);
    emit changed();
}

} // namespace weitblick
