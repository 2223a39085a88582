#include "phasedialog.h"

#include "core/commands/commands.h"
#include "core/model/limits.h"
#include "core/model/walltopics.h"
#include "ui/common/fieldbinder.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace weitblick {

namespace {

Phase phaseIn(ConferenceDocument *document, Id phaseId)
{
    const Phase *phase = document->conference().find<Phase>(phaseId);
    return phase ? *phase : Phase();
}

} // namespace

PhaseDialog::PhaseDialog(ConferenceDocument *document, Id phaseId, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_phase(phaseIn(document, phaseId)),
      m_title(new QLineEdit(m_phase.title, this)),
      m_question(new QPlainTextEdit(this)),
      m_minutes(new QSpinBox(this)),
      m_state(new QComboBox(this)),
      m_layout(new QComboBox(this)),
      m_topics(new QPlainTextEdit(this)),
      m_topicsLabel(new QLabel(tr("T&opics:"), this)),
      m_problem(new QLabel(this)),
      m_binder(new FieldBinder([this] { apply(); }, this))
{
    const Phase &phase = m_phase;
    setWindowTitle(tr("Phase"));
    // Names for tests.
    m_title->setObjectName(QStringLiteral("title"));
    m_question->setObjectName(QStringLiteral("guidingQuestion"));
    m_minutes->setObjectName(QStringLiteral("timeBox"));
    m_state->setObjectName(QStringLiteral("state"));
    m_layout->setObjectName(QStringLiteral("wallLayout"));
    m_topics->setObjectName(QStringLiteral("wallTopics"));
    m_question->setPlainText(phase.guidingQuestion);
    m_question->setTabChangesFocus(true);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(phase.timeBoxMinutes);
    for (int i = 0; i < PhaseStateCount; ++i)
        m_state->addItem(stateName(PhaseState(i)));
    m_state->setCurrentIndex(int(phase.state));
    for (int i = 0; i < WallLayoutCount; ++i)
        m_layout->addItem(layoutName(WallLayout(i)));
    m_layout->setCurrentIndex(int(phase.wallLayout));
    // The Past phase always shows its timeline.
    m_layout->setEnabled(phase.kind != PhaseKind::Past);
    m_topics->setPlainText(phase.wallTopics.join(QLatin1Char('\n')));
    m_topics->setTabChangesFocus(true);
    m_topics->setPlaceholderText(tr("One topic per line, up to %1").arg(limits::MaxWallTopics));
    m_topics->setToolTip(tr("The wall gets a column for each topic, left to right."));
    m_topicsLabel->setBuddy(m_topics);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &PhaseDialog::showTopicsForLayout);

    auto *kind = new QLabel(kindName(phase.kind), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Guiding question:"), m_question);
    form->addRow(tr("Time &box:"), m_minutes);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Wall:"), m_layout);
    form->addRow(m_topicsLabel, m_topics);
    showTopicsForLayout();

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (m_document->isReadOnly()) {
        m_title->setReadOnly(true);
        m_question->setReadOnly(true);
        m_minutes->setReadOnly(true);
        m_state->setEnabled(false);
        m_layout->setEnabled(false);
        m_topics->setReadOnly(true);
        m_problem->setText(tr("Read-only: %1").arg(m_document->readOnlyReason()));
        m_problem->setStyleSheet(QString());
    } else {
        m_binder->watch(m_title);
        m_binder->watch(m_question);
        m_binder->watch(m_topics);
        m_binder->watch(m_minutes);
        connect(m_state, &QComboBox::activated, m_binder, &FieldBinder::commitNow);
        connect(m_layout, &QComboBox::activated, m_binder, &FieldBinder::commitNow);
        // Leaving a field ends its step, also the question, which has no editingFinished.
        connect(qApp, &QApplication::focusChanged, m_binder, [this](QWidget *old) {
            if (old && isAncestorOf(old))
                m_binder->flush();
        });
        connect(m_title, &QLineEdit::textChanged, this, &PhaseDialog::updateState);
        connect(m_topics, &QPlainTextEdit::textChanged, this, &PhaseDialog::updateState);
        connect(m_layout, &QComboBox::currentIndexChanged, this, &PhaseDialog::updateState);
        updateState();
    }
    resize(520, sizeHint().height());
}

void PhaseDialog::updateState()
{
    QStringList problems;
    if (m_title->text().trimmed().isEmpty())
        problems << tr("A phase needs a title. It keeps its last one until you type a new one.");
    QStringList leftOut;
    wallTopicsFromText(m_topics->toPlainText(), &leftOut);
    if (!leftOut.isEmpty() && WallLayout(m_layout->currentIndex()) == WallLayout::ByTopic) {
        problems << tr("A wall has room for %1 topics, so “%2” and what follows it is left "
                       "out.")
                        .arg(limits::MaxWallTopics)
                        .arg(leftOut.constFirst());
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
}

bool PhaseDialog::apply()
{
    if (m_document->isReadOnly())
        return false;
    const Phase *current = m_document->conference().find<Phase>(m_phase.id);
    if (!current)
        return false;
    // Only the fields of this dialog: the phase timer may have run meanwhile.
    Phase valid = *current;
    const Phase shown = phase();
    if (!shown.title.isEmpty())
        valid.title = shown.title;
    valid.guidingQuestion = shown.guidingQuestion;
    valid.timeBoxMinutes = shown.timeBoxMinutes;
    valid.state = shown.state;
    valid.wallLayout = shown.wallLayout;
    valid.wallTopics = shown.wallTopics;
    return commands::editPhase(m_document, valid);
}

PhaseDialog::~PhaseDialog()
{
    m_binder->flush();
    delete m_binder;
}

void PhaseDialog::done(int result)
{
    m_binder->flush();
    QDialog::done(result);
}

Phase PhaseDialog::phase() const
{
    Phase result = m_phase;
    result.title = m_title->text().trimmed();
    result.guidingQuestion = m_question->toPlainText().trimmed();
    result.timeBoxMinutes = m_minutes->value();
    result.state = PhaseState(m_state->currentIndex());
    result.wallLayout = WallLayout(m_layout->currentIndex());
    result.wallTopics = wallTopicsFromText(m_topics->toPlainText());
    return result;
}

void PhaseDialog::showTopicsForLayout()
{
    const bool byTopic = WallLayout(m_layout->currentIndex()) == WallLayout::ByTopic;
    m_topics->setVisible(byTopic);
    m_topicsLabel->setVisible(byTopic);
}

QString PhaseDialog::kindName(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Past: return tr("Past (timeline)");
    case PhaseKind::Present: return tr("Present");
    case PhaseKind::Future: return tr("Future");
    case PhaseKind::Utopias: return tr("Utopias");
    case PhaseKind::Measures: return tr("Measures");
    case PhaseKind::Custom: return tr("Custom");
    }
    return {};
}

QString PhaseDialog::stateName(PhaseState state)
{
    switch (state) {
    case PhaseState::Planned: return tr("planned");
    case PhaseState::Running: return tr("running");
    case PhaseState::Done: return tr("done");
    }
    return {};
}

QString PhaseDialog::layoutName(WallLayout layout)
{
    switch (layout) {
    case WallLayout::Free: return tr("Free wall");
    case WallLayout::StrengthsWeaknesses: return tr("Strengths and weaknesses");
    case WallLayout::ProudsSorriesByGroup: return tr("Prouds and sorries per stakeholder group");
    case WallLayout::Swot: return tr("SWOT: strengths, weaknesses, opportunities, threats");
    case WallLayout::TowsStrategies: return tr("TOWS strategies (SO, WO, ST, WT)");
    case WallLayout::ByTopic: return tr("Split by topic");
    }
    return {};
}

} // namespace weitblick
