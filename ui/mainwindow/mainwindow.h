#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace weitblick {

class Conference;
class ConferenceDocument;
class ElidedLabel;
struct OpenOutcome;
class PosterActions;
class RecentFiles;
class StartPage;
class Workspace;

// The main window only assembles the pieces: the start page or the workspace of the open
// conference, the menus, the undo history and the status bar. It owns the open document.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file; tells the moderator in a message box when that is not possible.
    bool openFile(const QString &path);
    // Shows an open conference, replacing the current one (null: the start page).
    void setDocument(std::unique_ptr<ConferenceDocument> document);
    // Shows the N-th phase (0 = first) of the open conference; false when there is none.
    bool showPhaseAt(int index);
    ConferenceDocument *document() const { return m_document.get(); }
    // The size, place and maximised state the window had when it was last closed.
    void restoreWindowState();
    Workspace *workspace() const { return m_workspace; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newConference();
    void chooseFileToOpen();
    void offerRepairedCopy(const OpenOutcome &outcome);
    void openSample();
    // Writes the conference to a new file and shows it; false (with a message) when the file
    // exists or cannot be written.
    bool createConference(const QString &path, const Conference &conference,
                          const QString &title);
    void saveAs();
    void saveAsTemplate();
    void exportCsv();
    void exportActionPlan();
    void closeConference();
    void showFileState();
    void enableDocumentActions();
    void chooseLanguage(const QString &code);

    std::unique_ptr<ConferenceDocument> m_document;
    RecentFiles *m_recentFiles;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    Workspace *m_workspace = nullptr;
    QDockWidget *m_historyDock;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_conferenceMenu = nullptr;
    QMenu *m_roomMenu = nullptr;
    QList<QAction *> m_documentActions; // enabled only while a conference is open
    QList<QAction *> m_workspaceActions; // the workspace's own, added to the menus per document
    ElidedLabel *m_fileState;
    PosterActions *m_posterActions;
};

} // namespace weitblick
