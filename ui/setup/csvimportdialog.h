#pragma once

#include "core/io/csvreader.h"
#include "core/model/changeset.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace weitblick {

class Conference;
class ConferenceDocument;

// What the CSV import dialog needs of an import (participants, cards): the fields a column can
// hold, the mapping of the columns as field numbers, the plan and the import itself.
class CsvImportSource
{
public:
    virtual ~CsvImportSource() = default;
    virtual const CsvTable &table() const = 0;
    virtual int fieldCount() const = 0;
    virtual QString fieldName(int field) const = 0;
    virtual QList<int> mapping() const = 0;
    virtual void setMapping(const QList<int> &mapping) = 0;
    // Adds one entity per row; the participant import leaves out the people already there.
    virtual ChangeSet plan(const Conference &conference, QList<ImportProblem> *problems) const = 0;
    virtual int apply(ConferenceDocument *document, QList<ImportProblem> *problems) const = 0;
};

// The fields of a typed mapping as the numbers the dialog keeps, and back.
template<class Field>
QList<int> fieldNumbers(const QList<Field> &fields)
{
    QList<int> numbers;
    for (Field field : fields)
        numbers.append(int(field));
    return numbers;
}

template<class Field>
QList<Field> fieldsOf(const QList<int> &numbers)
{
    QList<Field> fields;
    for (int number : numbers)
        fields.append(Field(number));
    return fields;
}

// A CsvImportSource for an import class with a field enum, such as ParticipantImport with
// ParticipantField: the public API of the import, nothing of its insides.
template<class Import, class Field, int FieldCount>
class CsvImportSourceOf : public CsvImportSource
{
public:
    explicit CsvImportSourceOf(CsvTable table) : m_import(std::move(table)) {}

    const CsvTable &table() const override { return m_import.table(); }
    int fieldCount() const override { return FieldCount; }
    QString fieldName(int field) const override { return Import::fieldName(Field(field)); }
    QList<int> mapping() const override { return fieldNumbers(m_import.mapping()); }
    void setMapping(const QList<int> &mapping) override
    {
        m_import.setMapping(fieldsOf<Field>(mapping));
    }
    ChangeSet plan(const Conference &conference, QList<ImportProblem> *problems) const override
    {
        return m_import.plan(conference, problems);
    }
    int apply(ConferenceDocument *document, QList<ImportProblem> *problems) const override
    {
        return m_import.apply(document, problems);
    }

private:
    Import m_import;
};

// Imports the rows of a CSV file: shows the detected separator and encoding, a preview of the
// first rows with a column-mapping selector over each column, and every problem by line
// number. Import stays disabled while there is any problem, and imports all rows as one undo
// step or nothing. ParticipantImportDialog and CardImportDialog say what is imported.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 20; // and up to as many ragged rows further down

    // Reads the file and shows it; false (with the reason among the problems) when it is no
    // CSV that can be read.
    bool loadFile(const QString &path);
    // Asks for a file with a file dialog and loads it; false when none was chosen.
    bool chooseFile();

    // The selector of what a column holds, shown in the column's header.
    QComboBox *fieldSelector(int column) const { return m_selectors.value(column); }
    const QList<ImportProblem> &problems() const { return m_problems; }
    bool canImport() const;
    // Imports the rows; true when they were added (then the dialog closes).
    bool importRows();
    int importedCount() const { return m_imported; }

    // The problem list as shown ("Line 5: …"), for tests and for copying.
    QStringList problemTexts() const;

protected:
    // What differs between the imports.
    struct Kind
    {
        QString title;      // of the dialog and of its file dialog
        QString intro;      // before a file is chosen: what the file should look like
        EntityKind added;   // the entities the summary counts
        std::function<QString(int)> willBeAdded; // "12 participants will be added"
        std::function<std::unique_ptr<CsvImportSource>(CsvTable)> read;
    };

    CsvImportDialog(ConferenceDocument *document, Kind kind, QWidget *parent);
    // Hides the dialog while it is still a CsvImportDialog: hiding resizes the preview's header,
    // whose signals reach placeSelectors(); in QDialog's destructor they would reach a dialog
    // already destroyed.
    ~CsvImportDialog() override;
    // Shows the dialog for a file chosen first; the number added, 0 when cancelled.
    static int chooseAndImport(CsvImportDialog &dialog);

    QList<int> fieldMapping() const;
    void setFieldMapping(const QList<int> &mapping);

private:
    void showTable();
    void mappingChanged();
    void showProblems();
    void placeSelectors();

    ConferenceDocument *m_document;
    Kind m_kind;
    std::unique_ptr<CsvImportSource> m_import;
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
