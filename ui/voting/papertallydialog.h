#pragma once

#include "core/model/id.h"
#include "core/voting/tallycommands.h"

#include <QDialog>
#include <QList>

class QLabel;
class QSpinBox;

namespace weitblick {

class ConferenceDocument;

// Takes the counts of a physical dot vote: a row per votable item of the phase with a spin box
// for the plus dots (and one for the minus dots), filled with the room's current dots. The
// moderator types a count, presses Tab for the next item, and Enter applies all counts as one
// undo step.
class PaperTallyDialog : public QDialog
{
    Q_OBJECT

public:
    PaperTallyDialog(ConferenceDocument *document, Id sessionId, QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    QString itemLabel(int row) const;
    QSpinBox *plusSpin(int row) const { return m_rows.at(row).plus; }
    QSpinBox *minusSpin(int row) const { return m_rows.at(row).minus; }
    QLabel *statusLabel() const { return m_status; }
    // The counts as typed.
    QList<TallyCount> counts() const;

    // Applies the counts; stays open with the reason when they were refused.
    void accept() override;

private:
    struct Row
    {
        TallyCount item;
        QString label;
        QSpinBox *plus = nullptr;
        QSpinBox *minus = nullptr;
    };

    ConferenceDocument *m_document;
    Id m_sessionId;
    QList<Row> m_rows;
    QLabel *m_status;
};

} // namespace weitblick
