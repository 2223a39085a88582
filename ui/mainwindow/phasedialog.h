#pragma once

#include "core/model/phase.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace weitblick {

// Edits one phase's title, guiding question, time box, state and wall layout.
class PhaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PhaseDialog(const Phase &phase, QWidget *parent = nullptr);

    Phase phase() const;

    static QString kindName(PhaseKind kind);
    static QString stateName(PhaseState state);
    static QString layoutName(WallLayout layout);

private:
    Phase m_phase;
    QLineEdit *m_title;
    QPlainTextEdit *m_question;
    QSpinBox *m_minutes;
    QComboBox *m_state;
    QComboBox *m_layout;
};

} // namespace weitblick
