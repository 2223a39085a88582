#pragma once

#include <QMessageBox>

namespace weitblick {

struct OpenOutcome;

// Told when a conference opened read-only because of broken references: names them (behind
// "Show Details...") and offers to save a repaired copy, which leaves out the broken
// references and nothing else. The file itself is never changed.
class RepairOffer : public QMessageBox
{
    Q_OBJECT

public:
    RepairOffer(const OpenOutcome &outcome, QWidget *parent);

    // True when the moderator chose to save a repaired copy.
    bool repairChosen() const { return clickedButton() == m_repair; }
    // Where the copy is offered to go: beside the file, as "NAME (repaired).weitblick".
    static QString suggestedPath(const QString &path);

private:
    QAbstractButton *m_repair;
};

} // namespace weitblick
