#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace weitblick {

// The conferences and templates opened lately, kept in the settings and offered in File > Open
// Recent and on the start page.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    enum class Kind { Conference, Template };

    QStringList files() const { return m_files; }
    void add(const QString &path, Kind kind);
    // The file's name, marked when it is a template, so that it is not taken for a conference.
    QString label(const QString &path) const;
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
    QStringList m_templates; // those of m_files that are templates
};

} // namespace weitblick
