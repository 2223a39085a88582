#pragma once

#include "core/model/conference.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace weitblick {

class ConferenceDocument;

// Opens a dot vote on a phase, or changes one: title, dots per voter, cap, voter unit, what
// can be voted on and minus dots. Offers the two rules of thumb for the dots per voter.
class VoteSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // A new session on the phase when sessionId is NoId, else the session to edit.
    VoteSessionDialog(ConferenceDocument *document, Id phaseId, Id sessionId = NoId,
                      QWidget *parent = nullptr);

    Id sessionId() const { return m_sessionId; }
    // The session as the fields describe it.
    VoteSession session() const;

    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *dotsSpin() const { return m_dots; }
    QSpinBox *capSpin() const { return m_cap; }
    QComboBox *unitCombo() const { return m_unit; }
    QComboBox *votableCombo() const { return m_votable; }
    QCheckBox *minusCheck() const { return m_minus; }
    QPushButton *thirdsButton() const { return m_thirds; }
    QPushButton *pairsButton() const { return m_pairs; }
    // Says that the chosen unit has nobody to vote yet; hidden otherwise.
    QLabel *noVotersLabel() const { return m_noVoters; }

    // Writes the session (one undo step) and closes; stays open when it could not be written.
    void accept() override;

private:
    static bool hasDots(const Conference &conference, Id sessionId);
    void updateSuggestions();

    ConferenceDocument *m_document;
    VoteSession m_original;
    Id m_sessionId;
    QLineEdit *m_title;
    QSpinBox *m_dots;
    QSpinBox *m_cap;
    QComboBox *m_unit;
    QComboBox *m_votable;
    QCheckBox *m_minus;
    QPushButton *m_thirds;
    QPushButton *m_pairs;
    QLabel *m_noVoters;
    int m_thirdsValue = 1;
    int m_pairsValue = 1;
};

} // namespace weitblick
