#pragma once

#include <QWidget>

class QListWidget;

namespace weitblick {

class RecentFiles;

// What the moderator sees with no conference open: New conference, Open, Open the sample, and
// the conferences opened lately.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(RecentFiles *recentFiles, QWidget *parent = nullptr);

signals:
    void newRequested();
    void openRequested();
    void openSampleRequested();
    void openFileRequested(const QString &path);

private:
    void showRecentFiles();

    RecentFiles *m_recentFiles;
    QListWidget *m_recent;
};

} // namespace weitblick
