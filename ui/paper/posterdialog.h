#pragma once

#include "core/model/id.h"
#include "posterprinter.h"
#include "postersources.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;

namespace weitblick {

class ConferenceDocument;

// "Print posters…": what to print (a wall, every wall, the clusters, the timeline, the votes,
// the action plan, the table plan and tents), on which paper, whole or tiled over smaller
// sheets; then a print preview, the print dialog to a real printer, or a PDF file.
class PosterDialog : public QDialog
{
    Q_OBJECT

public:
    // currentPhase: the phase on screen, offered first as "This phase's wall"; NoId for none.
    PosterDialog(ConferenceDocument *document, Id currentPhase, QWidget *parent = nullptr);
    ~PosterDialog() override;

    // Shows the dialog; with exportFirst the PDF export is its default button.
    static void exec(ConferenceDocument *document, Id currentPhase, QWidget *parent,
                     bool exportFirst = false);

    PosterOptions options() const;
    // The posters chosen in the dialog.
    QList<Poster> posters();
    // Writes the chosen posters to a PDF through OutputFile, with a progress dialog that can be
    // cancelled, and says below the summary where they went. False with *error (empty when
    // cancelled) when no file was written.
    bool exportTo(const QString &path, QString *error);

    QComboBox *whatBox() const { return m_what; }
    QComboBox *paperBox() const { return m_paper; }
    QComboBox *orientationBox() const { return m_orientation; }
    QCheckBox *tileCheck() const { return m_tile; }
    QComboBox *tileBox() const { return m_tileSize; }
    QSpinBox *overlapBox() const { return m_overlap; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *writtenLabel() const { return m_written; }
    QPushButton *exportButton() const { return m_exportButton; }

private:
    void updateSummary();
    void exportPdf();
    void printPosters();
    void previewPosters();
    void setUpPrinter(QPrinter *printer);
    bool printTo(QPrinter *printer);
    // Runs the printer over the posters with a cancellable progress dialog.
    bool printWithProgress(QPagedPaintDevice *device, const QList<Poster> &posters,
                           bool *cancelled);

    ConferenceDocument *m_document;
    Id m_currentPhase;
    std::unique_ptr<PosterSources> m_sources;
    QComboBox *m_what;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QCheckBox *m_tile;
    QComboBox *m_tileSize;
    QSpinBox *m_overlap;
    QLabel *m_summary;
    QLabel *m_written; // the file the posters were last written to, until the choice changes
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_exportButton;
};

} // namespace weitblick
