#include "measurefromrankingdialog.h"

#include "ui/common/messages.h"
#include "ui/common/screenfit.h"
#include "ui/voting/rankingpainter.h"

#include "core/commands/commands.h"
#include "core/voting/ranking.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weitblick {

namespace {

constexpr int ClusterRole = Qt::UserRole + 1;
constexpr int CardRole = Qt::UserRole + 2;

} // namespace

MeasureFromRankingDialog::MeasureFromRankingDialog(ConferenceDocument *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_sessions(new QComboBox(this)),
      m_items(new QTreeWidget(this)),
      m_create(new QPushButton(tr("&Create Measure"), this))
{
    setWindowTitle(tr("Measure from a Ranked Item"));
    auto *intro = new QLabel(tr("Choose a vote and one of its clusters or cards. The measure "
                                "keeps its link to it; one item may give several measures."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_items->setColumnCount(4);
    m_items->setHeaderLabels({tr("Rank"), tr("Dots"), tr("Measures"), tr("Cluster or card")});
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    m_create->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sessions);
    layout->addWidget(m_items, 1);
    layout->addWidget(buttons);

    connect(m_sessions, &QComboBox::currentIndexChanged, this,
            &MeasureFromRankingDialog::fillItems);
    connect(m_create, &QPushButton::clicked, this, &MeasureFromRankingDialog::createFromCurrent);
    connect(m_items, &QTreeWidget::itemActivated, this,
            &MeasureFromRankingDialog::createFromCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    screenfit::resize(this, QSize(720, 520));
    fillSessions();
}

void MeasureFromRankingDialog::fillSessions()
{
    const Conference &conference = m_document->conference();
    // Phases in their order; the Measures phase's votes first, since that is where they are used.
    QList<Phase> phases = commands::orderedPhases(conference);
    std::stable_partition(phases.begin(), phases.end(),
                          [](const Phase &p) { return p.kind == PhaseKind::Measures; });
    for (const Phase &phase : phases) {
        for (const VoteSession &session : conference.all<VoteSession>()) {
            if (session.phaseId != phase.id)
                continue;
            const QString name = session.title.isEmpty() ? phase.title
                                                         : phase.title + QStringLiteral(" – ")
                                                               + session.title;
            m_sessions->addItem(name, session.id);
        }
    }
    if (m_sessions->count() == 0)
        m_sessions->addItem(tr("No vote yet"), NoId);
    fillItems();
}

void MeasureFromRankingDialog::fillItems()
{
    m_items->clear();
    const Id sessionId = m_sessions->currentData().toLongLong();
    const Conference &conference = m_document->conference();
    if (!conference.find<VoteSession>(sessionId)) {
        m_create->setEnabled(false);
        return;
    }
    QHash<Id, int> fromCluster, fromCard;
    for (const Measure &measure : conference.all<Measure>()) {
        ++fromCluster[measure.sourceClusterId];
        ++fromCard[measure.sourceCardId];
    }
    const Ranking ranking(conference, sessionId);
    for (const RankedItem &item : ranking.items()) {
        auto *row = new QTreeWidgetItem(m_items);
        row->setText(0, item.rankText());
        if (item.tied)
            row->setToolTip(0, tr("Tied: the same score as another item"));
        row->setText(1, RankingPainter::dotsText(item));
        const int measures = item.clusterId != NoId ? fromCluster.value(item.clusterId)
                                                    : fromCard.value(item.cardId);
        row->setText(2, measures ? QString::number(measures) : QString());
        const QString kind = item.clusterId != NoId ? tr("Cluster") : tr("Card");
        row->setText(3, kind + QStringLiteral(": ") + item.label.simplified());
        row->setToolTip(3, messages::plainToolTip(item.label));
        row->setData(0, ClusterRole, item.clusterId);
        row->setData(0, CardRole, item.cardId);
        for (int c = 0; c < 3; ++c)
            row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < 3; ++c)
        m_items->resizeColumnToContents(c);
    if (m_items->topLevelItemCount() > 0)
        m_items->setCurrentItem(m_items->topLevelItem(0));
    m_create->setEnabled(m_items->topLevelItemCount() > 0 && !m_document->isReadOnly());
}

Id MeasureFromRankingDialog::createFromCurrent()
{
    const QTreeWidgetItem *row = m_items->currentItem();
    if (!row)
        return NoId;
    const Id clusterId = row->data(0, ClusterRole).toLongLong();
    const Id cardId = clusterId != NoId ? NoId : row->data(0, CardRole).toLongLong();
    const Id id = commands::addMeasureFromSource(m_document, clusterId, cardId);
    if (id != NoId) {
        m_created.append(id);
        const int index = m_items->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(row));
        fillItems();
        if (QTreeWidgetItem *again = m_items->topLevelItem(index))
            m_items->setCurrentItem(again);
    }
    return id;
}

} // namespace weitblick
