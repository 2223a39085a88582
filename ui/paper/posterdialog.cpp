#include "posterdialog.h"

#include "core/document/conferencedocument.h"
#include "core/io/outputfile.h"
#include "ui/common/messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace weitblick {

namespace {

// The entry of the "what" box that prints the wall of the phase on screen.
constexpr int CurrentWall = -1;

} // namespace

PosterDialog::PosterDialog(ConferenceDocument *document, Id currentPhase, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_currentPhase(currentPhase),
      m_sources(std::make_unique<PosterSources>(document)),
      m_what(new QComboBox(this)),
      m_paper(new QComboBox(this)),
      m_orientation(new QComboBox(this)),
      m_tile(new QCheckBox(tr("Tile the poster over smaller sheets"), this)),
      m_tileSize(new QComboBox(this)),
      m_overlap(new QSpinBox(this)),
      m_summary(new QLabel(this)),
      m_written(new QLabel(this)),
      m_previewButton(new QPushButton(tr("Preview…"), this)),
      m_printButton(new QPushButton(tr("Print…"), this)),
      m_exportButton(new QPushButton(tr("Export PDF…"), this))
{
    setWindowTitle(tr("Print Posters"));

    const Phase *phase = document->conference().find<Phase>(currentPhase);
    if (phase)
        m_what->addItem(tr("The wall of this phase (%1)").arg(phase->title), CurrentWall);
    for (PosterSources::Kind kind :
         {PosterSources::Kind::Walls, PosterSources::Kind::Clusters,
          PosterSources::Kind::Timeline, PosterSources::Kind::Ranking,
          PosterSources::Kind::Actions, PosterSources::Kind::Tables}) {
        m_what->addItem(PosterSources::kindLabel(kind), int(kind));
    }

    for (QPageSize::PageSizeId id :
         {QPageSize::A0, QPageSize::A1, QPageSize::A2, QPageSize::A3, QPageSize::A4}) {
        const QSizeF mm = QPageSize(id).size(QPageSize::Millimeter);
        m_paper->addItem(tr("%1 (%2 × %3 mm)")
                             .arg(QPageSize::name(id))
                             .arg(mm.width(), 0, 'f', 0)
                             .arg(mm.height(), 0, 'f', 0),
                         int(id));
    }
    m_paper->setCurrentIndex(1); // A1: the usual poster for a wall of a hall

    m_orientation->addItem(tr("Automatic: whichever shows it largest"),
                           int(PosterOptions::Orientation::Auto));
    m_orientation->addItem(tr("Portrait"), int(PosterOptions::Orientation::Portrait));
    m_orientation->addItem(tr("Landscape"), int(PosterOptions::Orientation::Landscape));

    m_tileSize->addItem(tr("A4 sheets"), int(QPageSize::A4));
    m_tileSize->addItem(tr("A3 sheets"), int(QPageSize::A3));
    m_overlap->setRange(0, 50);
    m_overlap->setValue(10);
    m_overlap->setSuffix(tr(" mm"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_written->setTextFormat(Qt::PlainText);
    m_written->setWordWrap(true);
    m_written->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_written->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Print:"), m_what);
    form->addRow(tr("Poster si&ze:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    auto *tileRow = new QHBoxLayout;
    tileRow->addWidget(m_tile);
    tileRow->addWidget(m_tileSize);
    tileRow->addStretch();
    form->addRow(QString(), tileRow);
    form->addRow(tr("Over&lap:"), m_overlap);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    m_printButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_written);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &PosterDialog::previewPosters);
    connect(m_printButton, &QPushButton::clicked, this, &PosterDialog::printPosters);
    connect(m_exportButton, &QPushButton::clicked, this, &PosterDialog::exportPdf);
    for (QComboBox *box : {m_what, m_paper, m_orientation, m_tileSize})
        connect(box, &QComboBox::currentIndexChanged, this, &PosterDialog::updateSummary);
    connect(m_tile, &QCheckBox::toggled, this, &PosterDialog::updateSummary);
    connect(m_overlap, &QSpinBox::valueChanged, this, &PosterDialog::updateSummary);
    updateSummary();
}

PosterDialog::~PosterDialog() = default;

void PosterDialog::exec(ConferenceDocument *document, Id currentPhase, QWidget *parent,
                        bool exportFirst)
{
    PosterDialog dialog(document, currentPhase, parent);
    if (exportFirst)
        dialog.m_exportButton->setDefault(true);
    dialog.QDialog::exec();
}

PosterOptions PosterDialog::options() const
{
    PosterOptions options;
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = PosterOptions::Orientation(m_orientation->currentData().toInt());
    if (m_tile->isChecked())
        options.tile = QPageSize::PageSizeId(m_tileSize->currentData().toInt());
    options.overlapMm = m_overlap->value();
    return options;
}

QList<Poster> PosterDialog::posters()
{
    const int what = m_what->currentData().toInt();
    if (what == CurrentWall)
        return {m_sources->wallPoster(m_currentPhase)};
    return m_sources->posters(PosterSources::Kind(what));
}

void PosterDialog::updateSummary()
{
    m_written->hide();
    m_tileSize->setEnabled(m_tile->isChecked());
    m_overlap->setEnabled(m_tile->isChecked());
    const QList<Poster> chosen = posters();
    const int pages = int(PosterPrinter(options()).pages(chosen).size());
    const bool any = pages > 0;
    // Two counts, two plurals: "1 poster on 4 pages".
    m_summary->setText(any ? tr("%n poster(s) %1.", nullptr, int(chosen.size()))
                                 .arg(tr("on %n page(s)", nullptr, pages))
                           : tr("There is nothing of this kind to print yet."));
    for (QPushButton *button : {m_previewButton, m_printButton, m_exportButton})
        button->setEnabled(any);
}

bool PosterDialog::printWithProgress(QPagedPaintDevice *device, const QList<Poster> &posters,
                                     bool *cancelled)
{
    const PosterPrinter printer(options());
    QProgressDialog progress(tr("Preparing the posters…"), tr("Cancel"), 0,
                             int(printer.pages(posters).size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    *cancelled = false;
    return printer.print(device, posters, [&progress, cancelled](int done, int) {
        progress.setValue(done);
        *cancelled = progress.wasCanceled();
        return !*cancelled;
    });
}

bool PosterDialog::exportTo(const QString &path, QString *error)
{
    const QList<Poster> chosen = posters();
    bool cancelled = false;
    const QString title = m_what->currentText();
    const bool written = OutputFile::write(
        path,
        [&](QIODevice &device) {
            QPdfWriter writer(&device);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("Weitblick"));
            return printWithProgress(&writer, chosen, &cancelled);
        },
        error);
    if (cancelled && error)
        error->clear();
    if (written) {
        m_written->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
        m_written->show();
    }
    return written;
}

void PosterDialog::exportPdf()
{
    QFileDialog files(this, tr("Export posters as PDF"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("pdf"));
    files.setNameFilter(tr("PDF documents (*.pdf)"));
    const QFileInfo conference(m_document->filePath());
    files.setDirectory(conference.absolutePath());
    files.selectFile(tr("%1 posters.pdf").arg(conference.completeBaseName()));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    QString error;
    if (!exportTo(files.selectedFiles().constFirst(), &error) && !error.isEmpty())
        messages::warn(this, tr("Export Posters"), error);
}

void PosterDialog::setUpPrinter(QPrinter *printer)
{
    // The posters keep their own margins; the printer's page starts at the paper's corner.
    printer->setFullPage(true);
    const QList<PosterPrinter::Page> pages = PosterPrinter(options()).pages(posters());
    if (!pages.isEmpty())
        printer->setPageLayout(pages.constFirst().layout);
    printer->setDocName(m_what->currentText());
}

bool PosterDialog::printTo(QPrinter *printer)
{
    bool cancelled = false;
    const bool printed = printWithProgress(printer, posters(), &cancelled);
    if (!printed && !cancelled)
        messages::warn(this, tr("Print Posters"), tr("The printer did not accept the posters."));
    return printed;
}

void PosterDialog::printPosters()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Posters"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

void PosterDialog::previewPosters()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Poster Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printTo(target); });
    preview.exec();
}

} // namespace weitblick
