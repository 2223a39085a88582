#include "phasedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace weitblick {

PhaseDialog::PhaseDialog(const Phase &phase, QWidget *parent)
    : QDialog(parent),
      m_phase(phase),
      m_title(new QLineEdit(phase.title, this)),
      m_question(new QPlainTextEdit(this)),
      m_minutes(new QSpinBox(this)),
      m_state(new QComboBox(this)),
      m_layout(new QComboBox(this))
{
    setWindowTitle(tr("Phase"));
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

    auto *kind = new QLabel(kindName(phase.kind), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Guiding question:"), m_question);
    form->addRow(tr("Time &box:"), m_minutes);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Wall:"), m_layout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

Phase PhaseDialog::phase() const
{
    Phase result = m_phase;
    result.title = m_title->text().trimmed();
    result.guidingQuestion = m_question->toPlainText().trimmed();
    result.timeBoxMinutes = m_minutes->value();
    result.state = PhaseState(m_state->currentIndex());
    result.wallLayout = WallLayout(m_layout->currentIndex());
    return result;
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
    }
    return {};
}

} // namespace weitblick
