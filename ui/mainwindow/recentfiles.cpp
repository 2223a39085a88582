#include "recentfiles.h"

#include "ui/common/messages.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace weitblick {

namespace {
const QString SettingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent) : QObject(parent)
{
    m_files = QSettings().value(SettingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    save();
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
        QString label = QFileInfo(path).fileName();
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = menu->addAction(label, this,
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
    QSettings().setValue(SettingsKey, m_files);
    emit changed();
}

} // namespace weitblick
