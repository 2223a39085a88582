#include "papertallydialog.h"

#include "core/document/conferencedocument.h"
#include "core/voting/dotrules.h"
#include "core/voting/voteitems.h"
#include "ui/common/screenfit.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace weitblick {

namespace {

// The room's dots of a kind on an item, as the tally starts from them.
int roomCount(const Conference &conference, Id sessionId, const TallyCount &item, DotKind kind)
{
    return DotRules(conference).onItem({sessionId, item.cardId, item.clusterId, NoId, kind});
}

QSpinBox *countSpin(QWidget *parent, int value)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 9999);
    spin->setValue(value);
    spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    spin->setAlignment(Qt::AlignRight);
    spin->setMinimumWidth(60);
    return spin;
}

} // namespace

PaperTallyDialog::PaperTallyDialog(ConferenceDocument *document, Id sessionId, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_sessionId(sessionId),
      m_status(new QLabel(this))
{
    const Conference &conference = document->conference();
    const VoteSession *session = conference.find<VoteSession>(sessionId);
    setWindowTitle(tr("Paper Tally"));

    // Items in wall order; the ranking lists the same votable items.
    auto *rows = new QWidget;
    auto *grid = new QGridLayout(rows);
    auto *itemHeader = new QLabel(tr("Item"), rows);
    auto *plusHeader = new QLabel(tr("Plus dots"), rows);
    grid->addWidget(itemHeader, 0, 0);
    grid->addWidget(plusHeader, 0, 1);
    const bool minus = session && session->minusDots;
    if (minus)
        grid->addWidget(new QLabel(tr("Minus dots"), rows), 0, 2);
    if (session) {
        for (const VoteItem &item : voteItems(conference, *session)) {
            Row row;
            row.item.cardId = item.cardId;
            row.item.clusterId = item.clusterId;
            row.label = item.label;
            m_rows.append(row);
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        auto *label = new QLabel(row.label.simplified(), rows);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setMinimumWidth(280);
        // No buddy: it would read an "&" in the user's text as a mnemonic.
        row.plus = countSpin(rows, roomCount(conference, sessionId, row.item, DotKind::Plus));
        row.plus->setAccessibleName(row.label);
        grid->addWidget(label, i + 1, 0);
        grid->addWidget(row.plus, i + 1, 1);
        if (minus) {
            row.minus = countSpin(rows, roomCount(conference, sessionId, row.item,
                                                  DotKind::Minus));
            grid->addWidget(row.minus, i + 1, 2);
        }
    }
    grid->setRowStretch(int(m_rows.size()) + 1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *intro = new QLabel(tr("Type the dots counted on the wall. Tab goes to the next item, "
                                "Enter applies the counts."),
                             this);
    intro->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    if (session && session->voterUnit != VoterUnit::Room)
        m_status->setText(tr("A paper tally goes into a vote in which the room votes as one."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply Counts"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaperTallyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaperTallyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    screenfit::resize(this, QSize(520, 560));
    if (!m_rows.isEmpty()) {
        m_rows.first().plus->setFocus(Qt::OtherFocusReason);
        m_rows.first().plus->selectAll();
    }
}

QString PaperTallyDialog::itemLabel(int row) const
{
    return m_rows.at(row).label;
}

QList<TallyCount> PaperTallyDialog::counts() const
{
    QList<TallyCount> result;
    for (const Row &row : m_rows) {
        TallyCount count = row.item;
        count.plus = row.plus->value();
        count.minus = row.minus ? row.minus->value() : 0;
        result.append(count);
    }
    return result;
}

void PaperTallyDialog::accept()
{
    QString refusal;
    if (!TallyCommands::setRoomTally(m_document, m_sessionId, counts(), &refusal)) {
        m_status->setText(refusal.isEmpty() ? tr("The counts could not be saved.") : refusal);
        return;
    }
    QDialog::accept();
}

} // namespace weitblick
