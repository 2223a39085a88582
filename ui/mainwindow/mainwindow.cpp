#include "mainwindow.h"

#include "core/document/conferencedocument.h"
#include "core/model/references.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

#include <algorithm>

namespace weitblick {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_phases(new QTreeWidget(this)), m_fileState(new QLabel(this))
{
    m_phases->setHeaderLabels({tr("Phase / card"), tr("Details")});
    m_phases->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_phases->setWordWrap(true);
    setCentralWidget(m_phases);
    m_fileState->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_fileState, 1);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    resize(1100, 750);
    showFileState();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot open conference"), outcome.message);
        return false;
    }
    if (!outcome.message.isEmpty())
        QMessageBox::information(this, tr("Conference opened"), outcome.message);
    setDocument(std::move(document));
    return true;
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open conference"), QString(), tr("Weitblick conferences (*.weitblick)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::closeFile()
{
    setDocument(nullptr);
}

void MainWindow::setDocument(std::unique_ptr<ConferenceDocument> document)
{
    m_document = std::move(document);
    if (m_document) {
        connect(m_document.get(), &ConferenceDocument::changesApplied, this,
                &MainWindow::showConference);
        connect(m_document.get(), &ConferenceDocument::readOnlyChanged, this,
                &MainWindow::showFileState);
        connect(m_document.get(), &ConferenceDocument::writeFailed, this,
                [this](const QString &message) {
                    QMessageBox::warning(this, tr("Change not saved"), message);
                });
    }
    showConference();
    showFileState();
}

void MainWindow::showConference()
{
    m_phases->clear();
    if (!m_document)
        return;
    const Conference &conference = m_document->conference();
    QList<Phase> phases(conference.all<Phase>().begin(), conference.all<Phase>().end());
    std::stable_sort(phases.begin(), phases.end(),
                     [](const Phase &a, const Phase &b) { return a.order < b.order; });
    QHash<Id, QTreeWidgetItem *> itemOfPhase;
    for (const Phase &phase : phases) {
        auto *item = new QTreeWidgetItem(m_phases, {phase.title, phase.guidingQuestion});
        item->setToolTip(1, phase.guidingQuestion);
        itemOfPhase.insert(phase.id, item);
    }
    for (const Card &card : conference.all<Card>()) {
        if (QTreeWidgetItem *parent = itemOfPhase.value(card.phaseId)) {
            const Cluster *cluster = conference.find<Cluster>(card.clusterId);
            new QTreeWidgetItem(parent, {card.text, cluster ? cluster->heading : QString()});
        }
    }
    for (QTreeWidgetItem *item : std::as_const(itemOfPhase))
        item->setText(0, item->text(0) + QStringLiteral(" (%1)").arg(item->childCount()));
    m_phases->expandAll();
}

void MainWindow::showFileState()
{
    if (!m_document) {
        setWindowTitle(tr("Weitblick"));
        m_fileState->setText(tr("No conference open"));
        return;
    }
    setWindowTitle(tr("%1 – Weitblick").arg(QFileInfo(m_document->filePath()).fileName()));
    m_fileState->setText(m_document->isReadOnly()
                             ? tr("Read-only: %1").arg(m_document->readOnlyReason())
                             : tr("Every change is saved as you make it."));
}

} // namespace weitblick
