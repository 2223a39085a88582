#include "phasepage.h"

#include "questionedit.h"
#include "quickentrybar.h"
#include "wallview.h"

#include "ui/voting/votingpanel.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QVBoxLayout>

namespace weitblick {

PhasePage::PhasePage(ConferenceDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_question(new QuestionEdit(this)),
      m_scene(new WallScene(document, this)),
      m_view(new WallView(m_scene, this)),
      m_quickEntry(new QuickEntryBar(document, this)),
      m_votingPanel(new VotingPanel(document, m_scene, m_view, this))
{
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(std::max(questionFont.pointSizeF() * 1.6, 16.0));
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    // Reached by a click, so that the wall and the quick entry come first for the keyboard.
    m_question->setFocusPolicy(Qt::ClickFocus);
    m_question->setToolTip(
        tr("The guiding question; click to edit, Enter to keep, Escape to undo"));
    m_question->installEventFilter(this);
    connect(m_question, &QuestionEdit::editingFinished, this, &PhasePage::commitQuestion);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *questionRow = new QVBoxLayout;
    questionRow->setContentsMargins(12, 8, 12, 8);
    questionRow->addWidget(m_question);
    layout->addLayout(questionRow);
    auto *wallRow = new QHBoxLayout;
    wallRow->setSpacing(0);
    wallRow->addWidget(m_view, 1);
    wallRow->addWidget(m_votingPanel);
    m_votingPanel->hide();
    layout->addLayout(wallRow, 1);
    layout->addWidget(m_quickEntry);

    const auto makeAction = [this](const QString &text, const QList<QKeySequence> &keys,
                                   Qt::ShortcutContext context, QWidget *owner) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(context);
        owner->addAction(action);
        return action;
    };
    m_zoomIn = makeAction(tr("Zoom &In"),
                          {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                          Qt::WindowShortcut, this);
    m_zoomOut = makeAction(tr("Zoom &Out"), {QKeySequence::ZoomOut}, Qt::WindowShortcut, this);
    m_fitAll = makeAction(tr("&Fit All"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                          Qt::WindowShortcut, this);
    m_arrange = makeAction(tr("&Arrange Wall"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
                           Qt::WindowShortcut, this);
    m_focusQuickEntry = makeAction(tr("&Quick Entry"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                                   Qt::WindowShortcut, this);
    // Editing keys act on the wall only while it has the focus: Delete in a text field
    // deletes text, not cards.
    m_group = makeAction(tr("&Group into Cluster..."), {QKeySequence(Qt::CTRL | Qt::Key_G)},
                         Qt::WidgetWithChildrenShortcut, m_view);
    m_dissolve = makeAction(tr("&Dissolve Cluster"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
                            Qt::WidgetWithChildrenShortcut, m_view);
    m_delete = makeAction(tr("&Delete Cards"), {QKeySequence::Delete},
                          Qt::WidgetWithChildrenShortcut, m_view);

    m_voting = makeAction(tr("Dot &Voting"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
                          Qt::WindowShortcut, this);
    m_voting->setCheckable(true);
    m_voting->setToolTip(tr("Stick dots on the wall: a click adds one, a right-click removes one"));
    connect(m_voting, &QAction::toggled, this, [this](bool on) {
        m_votingPanel->setVisible(on);
        m_votingPanel->setActive(on);
    });

    connect(m_zoomIn, &QAction::triggered, m_view, &WallView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &WallView::zoomOut);
    connect(m_fitAll, &QAction::triggered, m_view, &WallView::fitAll);
    connect(m_arrange, &QAction::triggered, m_scene, &WallScene::arrange);
    connect(m_group, &QAction::triggered, m_scene, &WallScene::groupSelection);
    connect(m_dissolve, &QAction::triggered, m_scene, &WallScene::dissolveSelectedClusters);
    connect(m_delete, &QAction::triggered, m_scene, &WallScene::deleteSelection);
    connect(m_focusQuickEntry, &QAction::triggered, this, &PhasePage::focusQuickEntry);

    connect(m_quickEntry, &QuickEntryBar::cardEntered, this, &PhasePage::addEnteredCard);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &PhasePage::updateActions);
    connect(document, &ConferenceDocument::readOnlyChanged, this, [this] {
        showQuestion();
        updateActions();
    });
    connect(document, &ConferenceDocument::entityChanged, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::Phase && id == phaseId())
            showQuestion();
    });
    setFocusProxy(m_quickEntry);
    // Until a phase is shown, as in a conference that has none yet.
    showQuestion();
    updateActions();
}

PhasePage::~PhasePage()
{
    // The wall's items take their selection with them when the scene goes, after this page has
    // ceased to be a PhasePage: no slot of it, or of the scene, may hear of that.
    m_scene->blockSignals(true);
}

void PhasePage::commitPendingEdits()
{
    if (m_question->isModified())
        commitQuestion();
    m_scene->commitEditor();
}

void PhasePage::setPhase(Id phaseId)
{
    commitPendingEdits();
    m_scene->setPhase(phaseId);
    m_quickEntry->setPhase(phaseId);
    m_votingPanel->setPhase(phaseId);
    const Phase *phase = m_document->conference().find<Phase>(phaseId);
    m_question->setText(phase ? phase->guidingQuestion : QString());
    showQuestion();
    updateActions();
    m_view->fitAll();
}

Id PhasePage::phaseId() const
{
    return m_scene->phaseId();
}

void PhasePage::focusQuickEntry()
{
    m_quickEntry->focusEntry();
}

void PhasePage::setHeadingPrompt(WallScene::HeadingPrompt prompt)
{
    m_scene->setHeadingPrompt(std::move(prompt));
}

QList<QAction *> PhasePage::editActions() const
{
    return {m_focusQuickEntry, m_group, m_dissolve, m_arrange, m_delete};
}

QList<QAction *> PhasePage::viewActions() const
{
    return {m_zoomIn, m_zoomOut, m_fitAll};
}

void PhasePage::addEnteredCard(const Card &card)
{
    if (m_scene->addCard(card, m_quickEntry->presetAreaColumn()) != NoId)
        m_quickEntry->clearEntry();
}

void PhasePage::showQuestion()
{
    const Phase *phase = m_document->conference().find<Phase>(phaseId());
    if (!m_question->hasFocus() || !phase)
        m_question->setText(phase ? phase->guidingQuestion : QString());
    m_question->setReadOnly(!phase || m_document->isReadOnly());
    // Only an editable conference can get its first phase with +.
    m_question->setPlaceholderText(
        phase || m_document->isReadOnly()
            ? tr("Guiding question of this phase")
            : tr("No phase yet: add the first one with + below the list of phases"));
}

void PhasePage::commitQuestion()
{
    const Phase *phase = m_document->conference().find<Phase>(phaseId());
    if (!phase || m_document->isReadOnly())
        return;
    const QString question = m_question->text().trimmed();
    if (question == phase->guidingQuestion)
        return;
    Phase after = *phase;
    after.guidingQuestion = question;
    if (!commands::editPhase(m_document, after))
        showQuestion();
}

bool PhasePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_question && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Escape gives the question back as it was and returns to the wall.
        const Phase *phase = m_document->conference().find<Phase>(phaseId());
        m_question->setText(phase ? phase->guidingQuestion : QString());
        m_view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PhasePage::updateActions()
{
    const bool editable = !m_document->isReadOnly() && phaseId() != NoId;
    const bool selection = !m_scene->selectedCardIds().isEmpty();
    m_arrange->setEnabled(editable);
    m_group->setEnabled(editable && selection);
    m_dissolve->setEnabled(editable && selection);
    m_delete->setEnabled(editable && selection);
    // Also on a read-only conference: the line then says why it takes no cards.
    m_focusQuickEntry->setEnabled(phaseId() != NoId);
}

} // namespace weitblick
