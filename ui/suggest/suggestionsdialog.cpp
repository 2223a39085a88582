#include "suggestionsdialog.h"

#include "core/document/conferencedocument.h"
#include "core/suggest/acceptsuggestions.h"
#include "ui/common/screenfit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weitblick {

SuggestionsDialog::SuggestionsDialog(ConferenceDocument *document, Id phaseId, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_phaseId(phaseId),
      m_suggester(std::make_unique<ClusterSuggester>(document->conference())),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_countLabel(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_accept(new QPushButton(tr("Accept Selected"), this))
{
    setWindowTitle(tr("Suggested Clusters"));
    const int cards = m_suggester->looseCardCount(phaseId);
    m_slider->setRange(1, ClusterSuggester::maximumGroupCount(cards));
    m_slider->setValue(m_suggester->suggestedGroupCount(phaseId));
    m_slider->setToolTip(tr("How many groups to make: to the left fewer, larger groups; to the "
                            "right more, smaller ones"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setMinimumWidth(m_countLabel->fontMetrics().horizontalAdvance(
        QStringLiteral("000")));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_tree->setColumnCount(1);
    m_tree->setHeaderLabels({tr("Group heading and cards")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);

    auto *sliderRow = new QHBoxLayout;
    sliderRow->addWidget(new QLabel(tr("Fewer, larger groups"), this));
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(new QLabel(tr("More, smaller groups"), this));
    sliderRow->addWidget(m_countLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    auto *hint = new QLabel(tr("Tick the groups to make clusters; double-click a heading to "
                               "rename it. Clusters you made stay as they are."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(sliderRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    screenfit::resize(this, QSize(640, 720));

    connect(m_slider, &QSlider::valueChanged, this, &SuggestionsDialog::suggest);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, &SuggestionsDialog::acceptSelected);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_filling || item->parent())
            return;
        const int group = m_tree->indexOfTopLevelItem(item);
        if (group < 0 || group >= m_groups.size())
            return;
        const QString groupKey = key(m_groups.at(group).cardIds);
        m_headings.insert(groupKey, item->text(0).trimmed());
        m_rejected.insert(groupKey, item->checkState(0) != Qt::Checked);
        updateSummary();
    });
    suggest();
}

SuggestionsDialog::~SuggestionsDialog() = default;

int SuggestionsDialog::groupCount() const
{
    return m_slider->value();
}

void SuggestionsDialog::setGroupCount(int groups)
{
    m_slider->setValue(groups);
}

QList<SuggestedCluster> SuggestionsDialog::groups() const
{
    QList<SuggestedCluster> result = m_groups;
    for (SuggestedCluster &group : result) {
        const QString heading = m_headings.value(key(group.cardIds));
        if (!heading.isEmpty())
            group.heading = heading;
    }
    return result;
}

QList<SuggestedCluster> SuggestionsDialog::acceptedGroups() const
{
    QList<SuggestedCluster> result;
    for (const SuggestedCluster &group : groups()) {
        if (!m_rejected.value(key(group.cardIds), false))
            result << group;
    }
    return result;
}

void SuggestionsDialog::setGroupAccepted(int group, bool accepted)
{
    if (QTreeWidgetItem *item = m_tree->topLevelItem(group))
        item->setCheckState(0, accepted ? Qt::Checked : Qt::Unchecked);
}

void SuggestionsDialog::setGroupHeading(int group, const QString &heading)
{
    if (QTreeWidgetItem *item = m_tree->topLevelItem(group))
        item->setText(0, heading);
}

bool SuggestionsDialog::acceptSelected()
{
    const QList<SuggestedCluster> accepted = acceptedGroups();
    if (accepted.isEmpty())
        return false;
    m_created.clear();
    if (!commands::acceptSuggestions(m_document, m_phaseId, accepted, &m_created))
        return false;
    accept();
    return true;
}

void SuggestionsDialog::suggest()
{
    m_countLabel->setText(QString::number(groupCount()));
    m_groups = m_suggester->suggest(m_phaseId, groupCount());
    const Conference &conference = m_document->conference();
    m_filling = true;
    m_tree->clear();
    const QList<SuggestedCluster> shown = groups();
    for (const SuggestedCluster &group : shown) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, group.heading);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(0, m_rejected.value(key(group.cardIds), false) ? Qt::Unchecked
                                                                            : Qt::Checked);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (Id cardId : group.cardIds) {
            const Card *card = conference.find<Card>(cardId);
            auto *child = new QTreeWidgetItem(item);
            // Item text is plain text: a card saying <b>x</b> shows exactly that.
            QString text = card ? card->text : QString();
            child->setText(0, text.replace(QLatin1Char('\n'), QLatin1Char(' ')));
            child->setFlags(Qt::ItemIsEnabled);
        }
        item->setExpanded(true);
    }
    m_filling = false;
    updateSummary();
}

void SuggestionsDialog::updateSummary()
{
    int cards = 0;
    for (const SuggestedCluster &group : std::as_const(m_groups))
        cards += int(group.cardIds.size());
    const int accepted = int(acceptedGroups().size());
    if (m_groups.isEmpty())
        m_summary->setText(tr("No suggestions: the loose cards have no words in common."));
    else
        m_summary->setText(tr("%n group(s) with %1 cards suggested, %2 selected.", nullptr,
                              int(m_groups.size()))
                               .arg(cards)
                               .arg(accepted));
    m_accept->setEnabled(accepted > 0 && !m_document->isReadOnly());
}

QString SuggestionsDialog::key(const QList<Id> &cardIds)
{
    QStringList parts;
    for (Id id : cardIds)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace weitblick
