#pragma once

#include "core/io/participantimport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace weitblick {

class ConferenceDocument;

// Imports participants from a CSV file: shows the detected separator and encoding, a preview of
// the first rows with a column-mapping selector over each column, and every problem by line
// number. Import stays disabled while there is any problem, and imports all rows as one undo
// step or nothing.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 20; // and up to as many ragged rows further down

    explicit CsvImportDialog(ConferenceDocument *document, QWidget *parent = nullptr);

    // Asks for a file, shows the dialog for it, and imports on Import. Returns the number of
    // participants added (0 when the moderator cancelled).
    static int importParticipants(ConferenceDocument *document, QWidget *parent = nullptr);

    // Reads the file and shows it; false (with the reason among the problems) when it is no
    // CSV that can be read.
    bool loadFile(const QString &path);
    // Asks for a file with a file dialog and loads it; false when none was chosen.
    bool chooseFile();

    QList<ParticipantField> mapping() const;
    // The selector of what a column holds, shown in the column's header.
    QComboBox *fieldSelector(int column) const { return m_selectors.value(column); }
    void setMapping(const QList<ParticipantField> &mapping);
    const QList<ImportProblem> &problems() const { return m_problems; }
    bool canImport() const;
    // Imports the rows; true when they were added (then the dialog closes).
    bool importRows();
    int importedCount() const { return m_imported; }

    // The problem list as shown ("Line 5: …"), for tests and for copying.

private:
    void showTable();
    void mappingChanged();
    void showProblems();
    void placeSelectors();

    ConferenceDocument *m_document;
    std::optional<ParticipantImport> m_import;
    QList<ImportProblem> m_problems;
    int m_imported = 0;
    bool m_filling = false;

    QLabel *m_file;
    QPushButton *m_choose;
    QLabel *m_format;
    QTableWidget *m_preview;
    QList<QComboBox *> m_selectors; // in the preview's header, which stays put as rows scroll
    QLabel *m_problemsTitle;
    QListWidget *m_problemList;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace weitblick
