#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace weitblick {

// The conferences opened lately, kept in the settings and offered in File > Open Recent and
// on the start page.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Fills the menu with the files; choosing one emits openRequested().
    void fillMenu(QMenu *menu);

signals:
    void changed();
    void openRequested(const QString &path);

private:
    void save();

    QStringList m_files;
};

} // namespace weitblick
