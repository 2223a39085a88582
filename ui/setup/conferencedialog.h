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

// Edits the conference data (title, area, place, dates, moderators, notes); OK applies all of
// it as one undo step. On a read-only document it only shows the data.
class ConferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConferenceDialog(ConferenceDocument *document, QWidget *parent = nullptr);

    // Shows the dialog modally; true when the moderator changed the data.
    static bool edit(ConferenceDocument *document, QWidget *parent = nullptr);

    // The data as the fields show it now.
    ConferenceInfo info() const;
    // Applies the fields through the command facade; true when it succeeded (also when nothing
    // changed).
    bool apply();

    void accept() override;

private:
    void load(const ConferenceInfo &info);
    void updateState();

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
};

} // namespace weitblick
