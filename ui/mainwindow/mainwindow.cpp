#include "mainwindow.h"

#include "core/document/conferencedocument.h"
#include "core/export/actionplanexport.h"
#include "core/export/csvexport.h"
#include "core/sample/sampleconference.h"
#include "core/storage/conferencestore.h"
#include "core/templates/conferencetemplate.h"
#include "core/templates/templatelibrary.h"
#include "language.h"
#include "newconferencedialog.h"
#include "recentfiles.h"
#include "repairoffer.h"
#include "savetemplatedialog.h"
#include "startpage.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/fieldbinder.h"
#include "ui/common/messages.h"
#include "ui/common/screenfit.h"
#include "ui/paper/posteractions.h"
#include "ui/report/reportexportdialog.h"
#include "ui/setup/cardimportdialog.h"
#include "ui/setup/participantimportdialog.h"
#include "ui/wall/phasepage.h"
#include "workspace.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QUndoGroup>
#include <QUndoView>

namespace weitblick {

namespace {

const QString FileFilter = QStringLiteral("*.weitblick");

// Why a new conference does not go where a file is.
QString takenMessage(const QString &path)
{
    return MainWindow::tr("%1 exists already. Weitblick does not overwrite a conference with a "
                          "new one; choose another name.")
        .arg(QDir::toNativeSeparators(path));
}

RecentFiles::Kind recentKindOf(const Conference &conference)
{
    return conference.info().isTemplate ? RecentFiles::Kind::Template
                                        : RecentFiles::Kind::Conference;
}

// Asks for a file to write, or nothing when the moderator cancels. The dialog adds the suffix
// itself, so that what it says of an existing file is about the name really written. Where the
// store refuses an existing file (a new conference, a repaired copy), the dialog asks no
// question to replace it: it says why and asks for another name.
using Existing = ConferenceStore::Existing;
QString chooseSavePath(QWidget *parent, const QString &title, const QString &start,
                       Existing existing = Existing::Replace)
{
    for (QString proposal = start;;) {
        QFileDialog dialog(parent, title, proposal,
                           MainWindow::tr("Weitblick conferences (%1)").arg(FileFilter));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("weitblick"));
        dialog.setOption(QFileDialog::DontConfirmOverwrite, existing == Existing::Refuse);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        proposal = dialog.selectedFiles().constFirst();
        if (existing == Existing::Replace || !QFileInfo::exists(proposal))
            return proposal;
        messages::warn(parent, title, takenMessage(proposal));
    }
}

// Where new conferences are offered to go: the user's documents folder, or home without one.
QString documentsFolder()
{
    const QString documents =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

// "Name.weitblick" in the folder, or "Name 2.weitblick" and so on where that is taken.
QString unusedPath(const QString &folder, const QString &name)
{
    QString path = QDir(folder).filePath(name + QStringLiteral(".weitblick"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1 %2.weitblick").arg(name).arg(n));
    return path;
}

const QKeySequence CtrlY(Qt::CTRL | Qt::Key_Y);

// The platform's redo keys and Ctrl+Shift+Z, each once: a key bound twice to one action is
// ambiguous, and Qt then triggers nothing. Ctrl+Y has an action of its own (redoWithCtrlY).
QList<QKeySequence> redoKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    keys.removeAll(CtrlY);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!keys.contains(ctrlShiftZ))
        keys.append(ctrlShiftZ);
    return keys;
}

// Ctrl+Y, which moderators bring from Windows and Office, on every platform. Where it is not
// the platform's redo key, text fields do not take it: so it redoes the typing in the field
// that has the focus, and the conference's last undone step outside text fields and in an
// empty line with nothing of its own to redo (the quick entry, as the other redo keys do).
void redoWithCtrlY(QUndoGroup *conference)
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        if (line->isRedoAvailable())
            line->redo();
        else if (line->text().isEmpty())
            conference->redo();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        plain->redo();
    } else if (auto *rich = qobject_cast<QTextEdit *>(focus)) {
        rich->redo();
    } else if (!qobject_cast<QAbstractSpinBox *>(focus)) {
        conference->redo();
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_recentFiles(new RecentFiles(this)),
      m_undoGroup(new QUndoGroup(this)),
      m_pages(new QStackedWidget(this)),
      m_startPage(new StartPage(m_recentFiles, this)),
      m_historyDock(new QDockWidget(tr("Undo History"), this)),
      m_fileState(new ElidedLabel(this)),
      m_posterActions(new PosterActions(this))
{
    m_pages->addWidget(m_startPage);
    setCentralWidget(m_pages);

    auto *history = new QUndoView(m_undoGroup, m_historyDock);
    history->setEmptyLabel(tr("<opened>"));
    m_historyDock->setObjectName(QStringLiteral("undoHistory"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    statusBar()->addPermanentWidget(m_fileState, 1);

    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newConference);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseFileToOpen);
    connect(m_startPage, &StartPage::openSampleRequested, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openFile);

    createMenus();
    enableDocumentActions();
    // Room for the wall and the quick-entry line beside the navigator; smaller screens get less.
    screenfit::resize(this, QSize(1440, 900));
    showFileState();
}

MainWindow::~MainWindow()
{
    // The workspace watches the document: it goes first.
    delete m_workspace;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Conference…"), QKeySequence::New, this, &MainWindow::newConference);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFileToOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this] { m_recentFiles->fillMenu(m_recentMenu); });
    file->addAction(tr("Open the &Sample"), this, &MainWindow::openSample);
    file->addSeparator();
    m_documentActions << file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this,
                                         &MainWindow::saveAs);
    m_documentActions << file->addAction(tr("Save as &Template…"), this,
                                         &MainWindow::saveAsTemplate);
    m_documentActions << file->addAction(tr("&Close"), QKeySequence::Close, this,
                                         &MainWindow::closeConference);
    file->addSeparator();
    m_documentActions << file->addAction(tr("&Import Participants…"), this, [this] {
        ParticipantImportDialog::importParticipants(m_document.get(), this);
    });
    m_documentActions << file->addAction(tr("Impor&t Cards…"), this, [this] {
        CardImportDialog::importCards(m_document.get(), this);
    });
    file->addSeparator();
    file->addAction(m_posterActions->printAction());
    file->addAction(m_posterActions->exportAction());
    m_documentActions << file->addAction(tr("Export &Documentation…"), this, [this] {
        if (m_workspace)
            m_workspace->phasePage()->commitPendingEdits();
        const QString written = ReportExportDialog::exportDocumentation(m_document.get(), this);
        if (!written.isEmpty()) {
            statusBar()->showMessage(
                tr("Wrote the documentation to %1").arg(QDir::toNativeSeparators(written)),
                15000);
        }
    });
    m_documentActions << file->addAction(tr("Export C&SV Files…"), this, &MainWindow::exportCsv);
    m_documentActions << file->addAction(tr("Export Action &Plan…"), this,
                                         &MainWindow::exportActionPlan);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    // Own actions rather than QUndoGroup's, whose text is "prefix command" and cannot be
    // translated as a whole sentence.
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
    });
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setShortcuts(redoKeys());
    connect(redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(text));
    });
    auto *redoY = new QAction(this);
    redoY->setShortcut(CtrlY);
    connect(redoY, &QAction::triggered, this, [this] { redoWithCtrlY(m_undoGroup); });
    addAction(redoY);
    undo->setEnabled(false);
    redo->setEnabled(false);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *historyAction = m_historyDock->toggleViewAction();
    historyAction->setText(tr("Undo &History"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_viewMenu->addAction(historyAction);
    m_viewMenu->addSeparator();

    m_conferenceMenu = menuBar()->addMenu(tr("&Conference"));
    m_roomMenu = menuBar()->addMenu(tr("&Room"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<QPair<QString, QString>> choices = {{QString(), tr("System Language")},
                                                    {QStringLiteral("de"), tr("Deutsch")},
                                                    {QStringLiteral("en"), tr("English")}};
    for (const auto &choice : choices) {
        const QString code = choice.first; // clang 14 cannot capture a structured binding
        QAction *action = languageMenu->addAction(choice.second, this,
                                                  [this, code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(language::chosen() == code);
        languages->addAction(action);
    }
}

void MainWindow::chooseLanguage(const QString &code)
{
    language::setChosen(code);
    messages::inform(this, tr("Language"),
                     tr("Weitblick uses the new language from its next start."));
}

bool MainWindow::openFile(const QString &path)
{
    // The conference that is open already stays as it is (a second open would find its own
    // lock and be read-only).
    if (m_document
        && QFileInfo(path).canonicalFilePath() == QFileInfo(m_document->filePath()).canonicalFilePath())
        return true;
    OpenOutcome outcome;
    auto document = ConferenceDocument::open(path, ConferenceStore::Access::ReadWrite, &outcome);
    if (!document) {
        if (outcome.reason == OpenOutcome::Reason::Missing)
            m_recentFiles->remove(path);
        messages::warn(this, tr("Cannot Open the Conference"), outcome.message, outcome.details);
        return false;
    }
    m_recentFiles->add(path, recentKindOf(document->conference()));
    setDocument(std::move(document));
    if (outcome.reason == OpenOutcome::Reason::Inconsistent)
        offerRepairedCopy(outcome);
    else if (!outcome.message.isEmpty())
        messages::inform(this, tr("Conference Opened"), outcome.message);
    return true;
}

void MainWindow::offerRepairedCopy(const OpenOutcome &outcome)
{
    RepairOffer offer(outcome, this);
    offer.exec();
    if (!offer.repairChosen())
        return;
    const QString path = chooseSavePath(this, tr("Save Repaired Copy"),
                                        RepairOffer::suggestedPath(m_document->filePath()),
                                        Existing::Refuse);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_document->saveRepairedCopy(path, &error)) {
        messages::warn(this, tr("Save Repaired Copy"), error);
        return;
    }
    openFile(path);
}

bool MainWindow::showPhaseAt(int index)
{
    return m_workspace && m_workspace->showPhaseAt(index);
}

void MainWindow::newConference()
{
    NewConferenceDialog dialog(TemplateLibrary::folder(), language::effective(), this);
    // Cancelling the file, or a file that cannot be made, goes back to the methods, with the
    // one chosen still chosen.
    while (dialog.exec() == QDialog::Accepted) {
        const Conference conference = dialog.conference();
        const QString path = chooseSavePath(
            this, tr("New Conference"),
            QDir(documentsFolder())
                .filePath(TemplateLibrary::fileNameFor(conference.info().title, tr("Conference"))),
            Existing::Refuse);
        if (path.isEmpty())
            continue;
        if (createConference(path, ConferenceTemplate::titledAfterFile(conference, path),
                             tr("New Conference"))) {
            m_workspace->editConferenceData();
            return;
        }
    }
}

bool MainWindow::createConference(const QString &path, const Conference &conference,
                                  const QString &title)
{
    // A conference is never replaced by a new one: it may be open elsewhere.
    if (QFileInfo::exists(path)) {
        messages::warn(this, title, takenMessage(path));
        return false;
    }
    QString error;
    auto document = ConferenceDocument::create(path, conference, &error);
    if (!document) {
        messages::warn(this, title, error);
        return false;
    }
    m_recentFiles->add(path, recentKindOf(conference));
    setDocument(std::move(document));
    return true;
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Conference"), documentsFolder(),
        tr("Weitblick conferences (%1);;All files (*)").arg(FileFilter));
    if (!path.isEmpty())
        openFile(path);
}

// The sample is a conference of its own, saved where the moderator chooses (the documents
// folder first), so that it is found again and what is exported from it lands beside it.
void MainWindow::openSample()
{
    const QString path = chooseSavePath(
        this, tr("Save the Sample Conference As"),
        unusedPath(documentsFolder(), tr("Sample Zukunftskonferenz")), Existing::Refuse);
    if (!path.isEmpty())
        createConference(path, makeSampleConference(), tr("Open the Sample"));
}

void MainWindow::saveAs()
{
    if (!m_document)
        return;
    // A repaired copy is a new file; a plain copy may replace another conference.
    const bool repairs = m_document->openOutcome().reason == OpenOutcome::Reason::Inconsistent;
    const QString path = chooseSavePath(this, tr("Save Conference as"), m_document->filePath(),
                                        repairs ? Existing::Refuse : Existing::Replace);
    if (path.isEmpty())
        return;
    QString error;
    // A copy of a file with broken references is the repaired one, which can then be edited.
    if (repairs) {
        if (m_document->saveRepairedCopy(path, &error))
            openFile(path);
        else
            messages::warn(this, tr("Save As"), error);
        return;
    }
    if (!m_document->saveAs(path, &error)) {
        messages::warn(this, tr("Save As"), error);
        return;
    }
    m_recentFiles->add(m_document->filePath(), recentKindOf(m_document->conference()));
}

void MainWindow::saveAsTemplate()
{
    if (!m_document)
        return;
    if (m_workspace)
        m_workspace->phasePage()->commitPendingEdits();
    SaveTemplateDialog dialog(m_document->conference(), TemplateLibrary::folder(),
                              m_document->filePath(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Saved the template “%1” as %2")
                                     .arg(dialog.name(), QDir::toNativeSeparators(dialog.path())),
                                 10000);
}

void MainWindow::exportCsv()
{
    if (!m_document)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export CSV Files into"), QFileInfo(m_document->filePath()).absolutePath());
    if (folder.isEmpty())
        return;
    QStringList written;
    QString error;
    if (!CsvExport::writeFolder(m_document->conference(), QLocale(), folder, &written, &error)) {
        messages::warn(this, tr("Export CSV Files"), error);
        return;
    }
    messages::inform(this, tr("Export CSV Files"),
                     tr("Wrote %n file(s) to %1.", nullptr, int(written.size()))
                         .arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::exportActionPlan()
{
    if (!m_document)
        return;
    QFileDialog dialog(this, tr("Export Action Plan"),
                       QFileInfo(m_document->filePath()).absolutePath(),
                       tr("Calendar of deadlines and reviews (*.ics);;Measures for Excel (*.csv)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("ics"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &filter) {
        dialog.setDefaultSuffix(filter.contains(QLatin1String("*.csv")) ? QStringLiteral("csv")
                                                                        : QStringLiteral("ics"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!ActionPlanExport::write(path, m_document->conference(), QLocale(),
                                 QDateTime::currentDateTimeUtc(), &error))
        messages::warn(this, tr("Export Action Plan"), error);
}

void MainWindow::closeConference()
{
    setDocument(nullptr);
}

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    // Every edit is already in the file: nothing to ask.
    setDocument(nullptr);
    event->accept();
}

void MainWindow::setDocument(std::unique_ptr<ConferenceDocument> document)
{
    for (QAction *action : std::as_const(m_workspaceActions)) {
        for (QMenu *menu : {m_editMenu, m_viewMenu, m_conferenceMenu, m_roomMenu})
            menu->removeAction(action);
    }
    m_workspaceActions.clear();
    // What was typed goes into the file before the document closes (Ctrl+W, Ctrl+Q, the X).
    FieldBinder::flushAll();
    if (m_workspace)
        m_workspace->phasePage()->commitPendingEdits();
    delete m_workspace;
    m_workspace = nullptr;
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());

    m_document = std::move(document);
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        m_workspace = new Workspace(m_document.get(), m_pages);
        m_pages->addWidget(m_workspace);
        m_pages->setCurrentWidget(m_workspace);
        const auto addAll = [this](QMenu *menu, const QList<QAction *> &actions) {
            menu->addActions(actions);
            m_workspaceActions << actions;
        };
        addAll(m_editMenu, m_workspace->editActions());
        addAll(m_viewMenu, m_workspace->viewActions());
        addAll(m_conferenceMenu, m_workspace->conferenceActions());
        addAll(m_roomMenu, m_workspace->roomActions());
        m_posterActions->setDocument(m_document.get());
        m_posterActions->setCurrentPhase(m_workspace->phasePage()->phaseId());
        connect(m_workspace->navigator(), &PhaseNavigator::phaseSelected, m_posterActions,
                &PosterActions::setCurrentPhase);
        connect(m_document.get(), &ConferenceDocument::changesApplied, this,
                &MainWindow::showFileState);
        connect(m_document.get(), &ConferenceDocument::readOnlyChanged, this,
                &MainWindow::showFileState);
        connect(m_document.get(), &ConferenceDocument::filePathChanged, this,
                &MainWindow::showFileState);
        // Queued: the failure may be reported from inside QUndoStack::undo(), and a message
        // box's event loop must not run there.
        connect(m_document.get(), &ConferenceDocument::writeFailed, this,
                [this](const QString &message) {
                    messages::warn(this, tr("Change Not Saved"), message);
                }, Qt::QueuedConnection);
        connect(m_document.get(), &ConferenceDocument::editRefused, this,
                [this](const QString &reason) {
                    messages::warn(this, tr("Change Not Made"), reason);
                }, Qt::QueuedConnection);
    } else {
        m_posterActions->setDocument(nullptr);
        m_pages->setCurrentWidget(m_startPage);
    }
    enableDocumentActions();
    showFileState();
}

void MainWindow::enableDocumentActions()
{
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(m_document != nullptr);
}

void MainWindow::showFileState()
{
    if (!m_document) {
        setWindowTitle(tr("Weitblick"));
        m_fileState->setText(tr("No conference open"));
        return;
    }
    const QString fileName = QFileInfo(m_document->filePath()).fileName();
    // A template opened like a conference: its edits go into the template.
    setWindowTitle(m_document->conference().info().isTemplate
                       ? tr("%1 (template) – Weitblick").arg(fileName)
                       : tr("%1 – Weitblick").arg(fileName));
    if (m_document->isReadOnly()) {
        m_fileState->setText(tr("Read-only: %1").arg(m_document->readOnlyReason()));
    } else {
        m_fileState->setText(
            tr("Saved %1 – every change is saved as you make it")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    }
}

} // namespace weitblick
