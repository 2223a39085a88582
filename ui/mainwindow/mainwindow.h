#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeWidget;

namespace weitblick {

class ConferenceDocument;

// The main window: opens a conference and shows its phases with their cards.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file; tells the moderator in a message box when that is not possible.
    bool openFile(const QString &path);

private:
    void chooseFile();
    void closeFile();
    void setDocument(std::unique_ptr<ConferenceDocument> document);
    void showConference();
    void showFileState();

    std::unique_ptr<ConferenceDocument> m_document;
    QTreeWidget *m_phases;
    QLabel *m_fileState;
};

} // namespace weitblick
