#pragma once

#include "core/model/phase.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace weitblick {

class ConferenceDocument;
class FieldBinder;

// Edits one phase's title, guiding question, time box, state and wall layout (with the topics
// of a wall by topic) and saves them as they are typed: every field and pause is one undo step
// (FieldBinder), closing saves what waits, and Ctrl+Z takes it back. An empty title is not written; the dialog says why. On a
// read-only document it only shows the phase.
class PhaseDialog : public QDialog
{
    Q_OBJECT

public:
    PhaseDialog(ConferenceDocument *document, Id phaseId, QWidget *parent = nullptr);

    // The phase as the fields show it now.
    Phase phase() const;
    // Writes the valid fields through the command facade; true when it succeeded (also when
    // nothing changed).
    bool apply();

    // Closing saves what is still waiting for its pause.
    void done(int result) override;
    // Saves what waits, then ends the binder and its connections while this is still a
    // PhaseDialog: QDialog's destructor moves the focus out of the fields, and their signals
    // would otherwise reach a dialog already destroyed.
    ~PhaseDialog() override;

    static QString kindName(PhaseKind kind);
    static QString stateName(PhaseState state);
    static QString layoutName(WallLayout layout);

private:
    void updateState();
    void showTopicsForLayout();

    ConferenceDocument *m_document;
    Phase m_phase;
    QLineEdit *m_title;
    QPlainTextEdit *m_question;
    QSpinBox *m_minutes;
    QComboBox *m_state;
    QComboBox *m_layout;
    QPlainTextEdit *m_topics;
    QLabel *m_topicsLabel;
    QLabel *m_problem;
    FieldBinder *m_binder;
};

} // namespace weitblick
