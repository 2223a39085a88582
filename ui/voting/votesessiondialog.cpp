#include "votesessiondialog.h"

#include "votingfacts.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/voting/dotrules.h"
#include "core/voting/voteitems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace weitblick {

namespace {

enum Votable { CardsOnly, ClustersOnly, Both };

} // namespace

VoteSessionDialog::VoteSessionDialog(ConferenceDocument *document, Id phaseId, Id sessionId,
                                     QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_sessionId(sessionId),
      m_title(new QLineEdit(this)),
      m_dots(new QSpinBox(this)),
      m_cap(new QSpinBox(this)),
      m_unit(new QComboBox(this)),
      m_votable(new QComboBox(this)),
      m_minus(new QCheckBox(tr("Minus dots as well, in a second colour"), this)),
      m_thirds(new QPushButton(this)),
      m_pairs(new QPushButton(this)),
      m_noVoters(new QLabel(this))
{
    if (const VoteSession *existing = document->conference().find<VoteSession>(sessionId)) {
        m_original = *existing;
    } else {
        m_sessionId = NoId;
        m_original.phaseId = phaseId;
        m_original.title = tr("Dot vote");
    }
    setWindowTitle(m_sessionId == NoId ? tr("New Dot Vote") : tr("Dot Vote Settings"));

    m_title->setText(m_original.title);
    m_dots->setRange(1, 99);
    m_dots->setValue(m_original.dotsPerVoter);
    m_cap->setRange(0, 99);
    m_cap->setSpecialValueText(tr("No cap"));
    m_cap->setValue(m_original.capPerItem);
    m_cap->setToolTip(tr("The most dots one voter may put on one item."));
    for (int unit = 0; unit < VoterUnitCount; ++unit)
        m_unit->addItem(VotingFacts::unitName(VoterUnit(unit)));
    m_unit->setCurrentIndex(int(m_original.voterUnit));
    m_votable->addItem(tr("Cards"));
    m_votable->addItem(tr("Clusters"));
    m_votable->addItem(tr("Cards and clusters"));
    m_votable->setCurrentIndex(m_original.cardsVotable && m_original.clustersVotable ? Both
                               : m_original.clustersVotable                          ? ClustersOnly
                                                                                     : CardsOnly);
    m_minus->setChecked(m_original.minusDots);
    // Stuck dots name their voter and item in the terms of these settings: changing them
    // would leave dots that mean something else, or nothing.
    if (hasDots(document->conference(), m_sessionId)) {
        const QString why = tr("This vote has dots already, so who votes and on what stays as "
                               "it is. Open a new vote to change it.");
        for (QWidget *locked : std::initializer_list<QWidget *>{m_unit, m_votable, m_minus}) {
            locked->setEnabled(false);
            locked->setToolTip(why);
        }
    }

    for (QPushButton *button : {m_thirds, m_pairs}) {
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setAutoDefault(false);
    }
    m_thirds->setToolTip(tr("Rule of thumb: a third of the options. Each voter can back their "
                            "favourites without spreading the dots too thin."));
    m_pairs->setToolTip(tr("Rule of thumb: enough dots that, over all voters, every pair of "
                           "options could be compared once: options × (options − 1) ÷ 2, "
                           "shared among the voters and rounded up."));
    connect(m_thirds, &QPushButton::clicked, this, [this] { m_dots->setValue(m_thirdsValue); });
    connect(m_pairs, &QPushButton::clicked, this, [this] { m_dots->setValue(m_pairsValue); });
    connect(m_unit, &QComboBox::currentIndexChanged, this,
            &VoteSessionDialog::updateSuggestions);
    connect(m_votable, &QComboBox::currentIndexChanged, this,
            &VoteSessionDialog::updateSuggestions);

    m_noVoters->setTextFormat(Qt::PlainText);
    m_noVoters->setWordWrap(true);
    m_noVoters->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));

    auto *suggestions = new QHBoxLayout;
    suggestions->addWidget(m_thirds);
    suggestions->addWidget(m_pairs);
    suggestions->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Dots per voter:"), m_dots);
    form->addRow(tr("Suggested:"), suggestions);
    form->addRow(tr("&Cap per item:"), m_cap);
    form->addRow(tr("&Voters:"), m_unit);
    form->addRow(QString(), m_noVoters);
    form->addRow(tr("Vote &on:"), m_votable);
    form->addRow(QString(), m_minus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoteSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoteSessionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateSuggestions();
}

VoteSession VoteSessionDialog::session() const
{
    VoteSession session = m_original;
    session.title = m_title->text().trimmed();
    session.dotsPerVoter = m_dots->value();
    session.capPerItem = m_cap->value();
    session.voterUnit = VoterUnit(m_unit->currentIndex());
    session.cardsVotable = m_votable->currentIndex() != ClustersOnly;
    session.clustersVotable = m_votable->currentIndex() != CardsOnly;
    session.minusDots = m_minus->isChecked();
    return session;
}

bool VoteSessionDialog::hasDots(const Conference &conference, Id sessionId)
{
    if (sessionId == NoId)
        return false;
    for (const Dot &dot : conference.all<Dot>()) {
        if (dot.sessionId == sessionId)
            return true;
    }
    return false;
}

void VoteSessionDialog::updateSuggestions()
{
    const VoteSession current = session();
    const Conference &conference = m_document->conference();
    const int options = int(voteItems(conference, current).size());
    const int voters = VotingFacts::voterCount(conference, current.voterUnit);
    m_thirdsValue = std::max(1, DotRules::suggestedByThirds(options));
    m_thirds->setText(tr("%n option(s) ÷ 3 = %1", nullptr, options).arg(m_thirdsValue));
    // Nobody to share the pairs among yet: no suggestion, and the reason instead.
    m_noVoters->setText(VotingFacts::noVotersYet(current.voterUnit));
    m_noVoters->setVisible(voters == 0);
    m_pairs->setEnabled(voters > 0);
    if (voters == 0) {
        m_pairs->setText(
            tr("⌈%1·%2/2 ÷ voters⌉: nobody votes yet").arg(options).arg(options - 1));
        return;
    }
    m_pairsValue = std::max(1, DotRules::suggestedByPairs(options, voters));
    // The room votes as one: its dots are not shared out.
    m_pairs->setText(current.voterUnit == VoterUnit::Room
                         ? tr("⌈%1·%2/2⌉ = %3").arg(options).arg(options - 1).arg(m_pairsValue)
                         : tr("⌈%1·%2/2 ÷ %n voter(s)⌉ = %3", nullptr, voters)
                               .arg(options)
                               .arg(options - 1)
                               .arg(m_pairsValue));
}

void VoteSessionDialog::accept()
{
    VoteSession changed = session();
    if (changed.title.isEmpty())
        changed.title = tr("Dot vote");
    if (m_sessionId == NoId) {
        m_sessionId = commands::add(m_document, changed, tr("Open dot vote"));
        if (m_sessionId == NoId)
            return;
    } else if (!commands::edit(m_document, changed, tr("Change dot vote"))) {
        return;
    }
    QDialog::accept();
}

} // namespace weitblick
