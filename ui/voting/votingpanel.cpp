#include "votingpanel.h"

#include "dotlayeritem.h"
#include "papertallydialog.h"
#include "votesessiondialog.h"
#include "votingfacts.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/voting/dotrules.h"
#include "ui/common/elidingcombobox.h"
#include "ui/wall/carditem.h"
#include "ui/wall/clusteritem.h"
#include "ui/wall/wallscene.h"
#include "ui/wall/wallview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace weitblick {

namespace {

// Whether the list shows the voter as finished (unset until it was first marked).
constexpr int FinishedRole = Qt::UserRole + 1;

// A check mark in the colour, on a square of the list's icon size.
QIcon checkMarkIcon(int size, const QColor &colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    if (colour.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colour, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF{QPointF(size * 0.18, size * 0.55),
                                       QPointF(size * 0.42, size * 0.78),
                                       QPointF(size * 0.84, size * 0.24)});
    }
    return QIcon(pixmap);
}

} // namespace

VotingPanel::VotingPanel(ConferenceDocument *document, WallScene *scene, WallView *view,
                         QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_scene(scene),
      m_view(view),
      m_viewport(view->viewport()),
      m_layer(new DotLayerItem(scene)),
      m_sessions(new ElidingComboBox(this)),
      m_new(new QPushButton(tr("&New Vote…"), this)),
      m_edit(new QPushButton(tr("&Settings…"), this)),
      m_openClose(new QPushButton(this)),
      m_session(new QLabel(this)),
      m_voterLabel(new QLabel(tr("Voter:"), this)),
      m_voters(new QListWidget(this)),
      m_roomNote(new QLabel(tr("The room votes as one: every click is one dot of the room."),
                            this)),
      m_budget(new QLabel(this)),
      m_minus(new QCheckBox(tr("&Minus dot (or hold Shift)"), this)),
      m_status(new QLabel(this)),
      m_tally(new QPushButton(tr("Paper &Tally…"), this)),
      m_results(new QPushButton(tr("&Results…"), this))
{
    m_scene->addItem(m_layer);
    m_layer->setVisible(false);
    view->viewport()->installEventFilter(this);

    for (QLabel *label : {m_session, m_roomNote, m_budget, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_minus->setToolTip(tr("Stick minus dots instead of plus dots. Holding Shift while "
                           "clicking does the same."));
    m_voters->setToolTip(tr("Who sticks the dots that the next clicks add."));
    // Every voter has an icon, a blank one until finished, so that the names stay in line.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_voters);
    m_finishedIcon = checkMarkIcon(iconSize, QColor(0x2e, 0x7d, 0x32));
    m_unfinishedIcon = checkMarkIcon(iconSize, QColor());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_tally);
    resultButtons->addWidget(m_results);

    auto *title = new QLabel(tr("Dot Voting"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_sessions);
    layout->addLayout(buttons);
    layout->addWidget(m_openClose);
    layout->addWidget(m_session);
    layout->addWidget(m_voterLabel);
    layout->addWidget(m_voters, 1);
    layout->addWidget(m_roomNote);
    layout->addWidget(m_budget);
    layout->addWidget(m_minus);
    layout->addWidget(m_status);
    // Without the list of voters (a vote of the room), the space goes here, not between the
    // lines above.
    layout->addStretch(0);
    layout->addLayout(resultButtons);
    setMinimumWidth(240);
    setMaximumWidth(340);

    connect(m_sessions, &QComboBox::currentIndexChanged, this, [this] {
        m_status->clear();
        refreshVoters();
        updateBudget();
        m_layer->setSession(sessionId());
        emit sessionChanged(sessionId());
    });
    connect(m_voters, &QListWidget::currentRowChanged, this, [this] {
        m_status->clear();
        updateBudget();
    });
    connect(m_new, &QPushButton::clicked, this, &VotingPanel::newSession);
    connect(m_edit, &QPushButton::clicked, this, &VotingPanel::editSession);
    connect(m_openClose, &QPushButton::clicked, this, &VotingPanel::toggleSessionOpen);
    connect(m_tally, &QPushButton::clicked, this, &VotingPanel::enterTally);
    connect(m_results, &QPushButton::clicked, this, [this] {
        emit resultsRequested(sessionId());
    });
    connect(document, &ConferenceDocument::changesApplied, this, &VotingPanel::changesApplied);
    refresh();
}

VotingPanel::~VotingPanel()
{
    // The scene may outlive the panel; the layer must not.
    if (m_scene)
        delete m_layer;
}

void VotingPanel::setPhase(Id phaseId)
{
    m_phaseId = phaseId;
    m_status->clear();
    refresh();
}

void VotingPanel::setActive(bool active)
{
    m_active = active;
    m_layer->setVisible(active);
    m_status->clear();
}

Id VotingPanel::sessionId() const
{
    return m_sessions->currentIndex() < 0 ? NoId : m_sessions->currentData().value<Id>();
}

void VotingPanel::setSession(Id sessionId)
{
    const int index = m_sessions->findData(QVariant::fromValue(sessionId));
    if (index >= 0)
        m_sessions->setCurrentIndex(index);
}

Id VotingPanel::voterId() const
{
    const QListWidgetItem *item = m_voters->currentItem();
    return item ? item->data(Qt::UserRole).value<Id>() : NoId;
}

void VotingPanel::setVoter(Id voterId)
{
    for (int row = 0; row < m_voters->count(); ++row) {
        if (m_voters->item(row)->data(Qt::UserRole).value<Id>() == voterId) {
            m_voters->setCurrentRow(row);
            return;
        }
    }
}

void VotingPanel::setMinus(bool minus)
{
    m_minus->setChecked(minus);
}

const VoteSession *VotingPanel::currentSession() const
{
    return m_document->conference().find<VoteSession>(sessionId());
}

std::optional<VotingPanel::Target> VotingPanel::targetAt(QPointF scenePos,
                                                         const VoteSession &session) const
{
    const QList<QGraphicsItem *> found = m_scene->items(scenePos, Qt::IntersectsItemShape,
                                                        Qt::DescendingOrder);
    for (QGraphicsItem *item : found) {
        if (auto *card = qgraphicsitem_cast<CardItem *>(item)) {
            // A click on a card of a cluster counts for the cluster when only clusters count,
            // and a click on a cluster's heading always does.
            const bool forCluster = !session.cardsVotable || card->card().form == CardForm::Heading;
            if (forCluster && session.clustersVotable && card->card().clusterId != NoId)
                return Target{NoId, card->card().clusterId};
            return Target{card->cardId(), NoId};
        }
        if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item))
            return Target{NoId, cluster->clusterId()};
    }
    return std::nullopt;
}

std::optional<DotTarget> VotingPanel::dotTargetAt(QPointF scenePos, DotKind kind)
{
    const VoteSession *session = currentSession();
    if (!session) {
        showStatus(tr("Open a vote first."), true);
        return std::nullopt;
    }
    const std::optional<Target> target = targetAt(scenePos, *session);
    if (!target)
        return std::nullopt;
    return DotTarget{session->id, target->cardId, target->clusterId, voterId(), kind};
}

bool VotingPanel::addDotAt(QPointF scenePos, DotKind kind)
{
    const std::optional<DotTarget> dot = dotTargetAt(scenePos, kind);
    if (!dot)
        return false;
    QString refusal;
    const QScopedValueRollback ownEdit(m_ownEdit, true);
    if (!commands::addDots(m_document, *dot, 1, &refusal)) {
        showStatus(refusal.isEmpty() ? tr("The dot could not be saved.") : refusal, true);
        return false;
    }
    showStatus(kind == DotKind::Plus ? tr("Plus dot added.") : tr("Minus dot added."), false);
    return true;
}

bool VotingPanel::removeDotAt(QPointF scenePos)
{
    // Takes off the kind that the next click would add, else the other kind.
    const DotKind preferred = m_minus->isChecked() ? DotKind::Minus : DotKind::Plus;
    const DotKind other = preferred == DotKind::Plus ? DotKind::Minus : DotKind::Plus;
    std::optional<DotTarget> found = dotTargetAt(scenePos, preferred);
    if (!found)
        return false;
    DotTarget &dot = *found;
    const DotRules rules(m_document->conference());
    if (rules.onItem(dot) == 0)
        dot.kind = other;
    if (rules.onItem(dot) == 0) {
        showStatus(tr("This voter has no dot there."), true);
        return false;
    }
    QString refusal;
    const QScopedValueRollback ownEdit(m_ownEdit, true);
    if (!commands::removeDots(m_document, dot, 1, &refusal)) {
        showStatus(refusal.isEmpty() ? tr("The dot could not be removed.") : refusal, true);
        return false;
    }
    showStatus(tr("Dot removed."), false);
    return true;
}

bool VotingPanel::toggleSessionOpen()
{
    const VoteSession *session = currentSession();
    if (!session)
        return false;
    VoteSession changed = *session;
    changed.open = !changed.open;
    return commands::edit(m_document, changed,
                          changed.open ? tr("Reopen dot vote") : tr("Close dot vote"));
}

bool VotingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active || watched != m_viewport)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF scenePos = m_view->mapToScene(mouse->position().toPoint());
        const VoteSession *session = currentSession();
        if (!session || !targetAt(scenePos, *session))
            return false; // empty wall: pan as usual
        // A quick second click arrives as a double-click: it is one more dot all the same.
        if (mouse->button() == Qt::LeftButton) {
            const bool minus = m_minus->isChecked()
                               != bool(mouse->modifiers() & Qt::ShiftModifier);
            addDotAt(scenePos, minus ? DotKind::Minus : DotKind::Plus);
        } else if (mouse->button() == Qt::RightButton) {
            removeDotAt(scenePos);
        }
        m_swallowRelease = true;
        return true;
    }
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
        if (m_swallowRelease) {
            if (event->type() == QEvent::MouseButtonRelease)
                m_swallowRelease = false;
            return true;
        }
        return false;
    case QEvent::ContextMenu: {
        // The right-click took a dot off; no card menu while voting.
        auto *menu = static_cast<QContextMenuEvent *>(event);
        const VoteSession *session = currentSession();
        return session && targetAt(m_view->mapToScene(menu->pos()), *session).has_value();
    }
    default:
        return false;
    }
}

void VotingPanel::refresh()
{
    const Id current = sessionId();
    {
        const QSignalBlocker blocker(m_sessions);
        m_sessions->clear();
        for (const VoteSession &session :
             VotingFacts::sessionsOf(m_document->conference(), m_phaseId)) {
            const QString title = session.open ? session.title
                                                : tr("%1 (closed)").arg(session.title);
            m_sessions->addItem(title, QVariant::fromValue(session.id));
        }
        const int index = m_sessions->findData(QVariant::fromValue(current));
        m_sessions->setCurrentIndex(index >= 0 ? index : m_sessions->count() - 1);
    }
    refreshVoters();
    updateBudget();
    m_layer->setSession(sessionId());
}

void VotingPanel::refreshVoters()
{
    const VoteSession *session = currentSession();
    const Id current = voterId();
    const QSignalBlocker blocker(m_voters);
    m_voters->clear();
    // The room votes as one, anonymously: there is nobody to choose.
    const bool room = session && session->voterUnit == VoterUnit::Room;
    m_voterLabel->setVisible(!room);
    m_voters->setVisible(!room);
    m_roomNote->setVisible(room);
    if (session) {
        for (const VotingFacts::Voter &voter :
             VotingFacts::voters(m_document->conference(), session->voterUnit)) {
            auto *item = new QListWidgetItem(voter.name, m_voters);
            item->setData(Qt::UserRole, QVariant::fromValue(voter.id));
        }
    }
    setVoter(current);
    if (!m_voters->currentItem() && m_voters->count() > 0)
        m_voters->setCurrentRow(0);
    markFinishedVoters();
}

void VotingPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markFinishedVoters();
}

void VotingPanel::markFinishedVoters()
{
    // A hidden panel counts nothing on each dot; it counts when it is shown.
    if (!isVisible())
        return;
    const VoteSession *session = currentSession();
    if (!session || session->voterUnit == VoterUnit::Room) {
        m_voterLabel->setText(tr("Voter:"));
        return;
    }
    const QSet<Id> finished = DotRules(m_document->conference()).finishedVoters(session->id);
    const QColor finishedColour = palette().color(QPalette::Disabled, QPalette::Text);
    int doneCount = 0;
    for (int row = 0; row < m_voters->count(); ++row) {
        QListWidgetItem *item = m_voters->item(row);
        const bool done = finished.contains(item->data(Qt::UserRole).value<Id>());
        doneCount += done;
        // Items are rewritten only where that changed, which is one voter per dot.
        if (!item->data(FinishedRole).isNull() && item->data(FinishedRole).toBool() == done)
            continue;
        item->setData(FinishedRole, done);
        // A check mark beside the name (the name stays the text, for typing to find a voter),
        // and grey, so that the eye skips to those still voting.
        item->setIcon(done ? m_finishedIcon : m_unfinishedIcon);
        item->setToolTip(done ? tr("Has stuck all %n plus dot(s)", nullptr, session->dotsPerVoter)
                              : QString());
        item->setData(Qt::ForegroundRole, done ? QVariant(finishedColour) : QVariant());
    }
    m_voterLabel->setText(m_voters->count() > 0
                              ? tr("Voter (done: %1 of %2):")
                                    .arg(doneCount)
                                    .arg(m_voters->count())
                              : tr("Voter:"));
}

void VotingPanel::updateBudget()
{
    const VoteSession *session = currentSession();
    m_edit->setEnabled(session);
    m_openClose->setEnabled(session);
    m_results->setEnabled(session);
    m_tally->setEnabled(session && session->voterUnit == VoterUnit::Room && session->open);
    m_minus->setEnabled(session && session->minusDots);
    if (!session) {
        m_openClose->setText(tr("Close Vote"));
        m_session->setText(tr("No vote on this phase yet."));
        m_budget->clear();
        return;
    }
    m_openClose->setText(session->open ? tr("&Close Vote") : tr("Re&open Vote"));
    const QString state = session->open ? tr("Open") : tr("Closed");
    if (session->voterUnit == VoterUnit::Room) {
        // Anonymous: the dots each person was given, counted for the room without a cap.
        m_session->setText(tr("%n dot(s) for each person in the room. %1.", nullptr,
                              session->dotsPerVoter)
                               .arg(state));
    } else {
        m_session->setText(
            tr("%n dot(s) per voter, %1. %2.", nullptr, session->dotsPerVoter)
                .arg(session->capPerItem > 0 ? tr("at most %1 per item").arg(session->capPerItem)
                                             : tr("no cap per item"),
                     state));
    }
    if (session->voterUnit == VoterUnit::Room) {
        const DotRules rules(m_document->conference());
        m_budget->setText(tr("Dots of the room: %1 plus, %2 minus.")
                              .arg(rules.used(session->id, NoId, DotKind::Plus))
                              .arg(rules.used(session->id, NoId, DotKind::Minus)));
        return;
    }
    const Id voter = voterId();
    if (voter == NoId) {
        m_budget->setText(m_voters->count() == 0
                              ? VotingFacts::noVotersYet(session->voterUnit)
                              : tr("Choose who is voting."));
        return;
    }
    const DotRules rules(m_document->conference());
    QString text = tr("Plus dots left: %1 of %2")
                       .arg(rules.remaining(session->id, voter, DotKind::Plus))
                       .arg(session->dotsPerVoter);
    if (session->minusDots) {
        text += QLatin1Char('\n')
                + tr("Minus dots left: %1 of %2")
                      .arg(rules.remaining(session->id, voter, DotKind::Minus))
                      .arg(session->dotsPerVoter);
    }
    m_budget->setText(text);
}

void VotingPanel::showStatus(const QString &text, bool refusal)
{
    m_status->setStyleSheet(refusal
                                ? QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }")
                                : QStringLiteral("QLabel { color: palette(text); }"));
    m_status->setText(text);
}

void VotingPanel::newSession()
{
    if (m_phaseId == NoId)
        return;
    VoteSessionDialog dialog(m_document, m_phaseId, NoId, this);
    if (dialog.exec() == QDialog::Accepted)
        setSession(dialog.sessionId());
}

void VotingPanel::editSession()
{
    if (!currentSession())
        return;
    VoteSessionDialog dialog(m_document, m_phaseId, sessionId(), this);
    dialog.exec();
}

void VotingPanel::enterTally()
{
    if (!currentSession())
        return;
    PaperTallyDialog dialog(m_document, sessionId(), this);
    dialog.exec();
}

void VotingPanel::changesApplied(const ChangeSet &changes)
{
    bool sessions = false;
    bool voters = false;
    bool dots = false;
    bool layer = false;
    for (const EntityChange &change : changes.changes()) {
        switch (change.kind()) {
        case EntityKind::VoteSession:
            sessions = true;
            break;
        case EntityKind::Participant:
        case EntityKind::Table:
        case EntityKind::StakeholderGroup:
            voters = true;
            break;
        case EntityKind::Dot:
            dots = true;
            break;
        default:
            // Cards and clusters move the dots with them, but change no count (a removed
            // card's dots go as dot changes): the budget counts every dot, so it is left be.
            layer = true;
            break;
        }
    }
    if ((sessions || dots) && !m_ownEdit)
        m_status->clear(); // it told of a click that undo or another voter has changed
    if (sessions)
        refresh();
    else if (voters)
        refreshVoters();
    else if (dots)
        markFinishedVoters();
    if (sessions || voters || dots)
        updateBudget();
    if (sessions || voters || dots || layer)
        m_layer->update();
}

} // namespace weitblick
