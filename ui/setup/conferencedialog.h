#pragma once

#include "core/model/conferenceinfo.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace weitblick {

class ConferenceDocument;
class FieldBinder;

// Edits the conference data (title, area, place, dates, moderators, notes) and saves it as it
// is typed: every field and pause is one undo step (FieldBinder), closing saves what waits, and
// Ctrl+Z takes it back. A field that is not valid (an empty title, a last day before the first)
// is not written; the dialog says why. On a read-only document it only shows the data.
class ConferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConferenceDialog(ConferenceDocument *document, QWidget *parent = nullptr);

    // Shows the dialog modally; true when the moderator changed the data.
    static bool edit(ConferenceDocument *document, QWidget *parent = nullptr);

    // The data as the fields show it now.
    ConferenceInfo info() const;
    // Writes the valid fields through the command facade; true when it succeeded (also when
    // nothing changed).
    bool apply();

    // Closing saves what is still waiting for its pause.
    void done(int result) override;
    // Saves what waits, then ends the binder and its connections while this is still a
    // ConferenceDialog: QDialog's destructor moves the focus out of the fields, and their signals
    // would otherwise reach a dialog already destroyed.
    ~ConferenceDialog() override;

private:
    void load(const ConferenceInfo &info);
    void updateState();
    bool datesValid() const;

    ConferenceDocument *m_document;
    QLineEdit *m_title;
    QLineEdit *m_area;
    QComboBox *m_areaKind;
    QLineEdit *m_place;
    QCheckBox *m_dates;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_moderators;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    FieldBinder *m_binder;
};

} // namespace weitblick
