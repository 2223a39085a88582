#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace weitblick {

class ConferenceDocument;

// Asks where to write the documentation of the conference (PDF or ODT, by the file name) and
// whether it names the participants, then writes it with a progress dialog that can cancel.
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportExportDialog(ConferenceDocument *document, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    bool participantNames() const;
    void setParticipantNames(bool names);

    // Writes the report as chosen; true when written. Reports failures in a message box.
    bool exportReport();

    // The whole "Export documentation…" action: the dialog, then the export. Returns the file
    // written, or nothing.
    static QString exportDocumentation(ConferenceDocument *document, QWidget *parent);

private:
    void browse();
    void updateOk();

    ConferenceDocument *m_document;
    QLineEdit *m_path;
    QCheckBox *m_names;
    QPushButton *m_ok = nullptr;
};

} // namespace weitblick
