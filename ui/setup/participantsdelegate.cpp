#include "participantsdelegate.h"

#include "participantsmodel.h"
#include "setuplists.h"

#include "core/commands/commands.h"

#include <QComboBox>

namespace weitblick {

ParticipantsDelegate::ParticipantsDelegate(ConferenceDocument *document, QObject *parent)
    : TypingDelegate(parent), m_document(document)
{
}

QWidget *ParticipantsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    const int column = index.column();
    if (column != ParticipantsModel::GroupColumn && column != ParticipantsModel::TableColumn)
        return TypingDelegate::createEditor(parent, option, index);

    auto *combo = new QComboBox(parent);
    const Conference &conference = m_document->conference();
    if (column == ParticipantsModel::GroupColumn) {
        combo->addItem(tr("(no group)"), NoId);
        for (const StakeholderGroup &group : commands::orderedGroups(conference))
            combo->addItem(SetupLists::swatch(group.color), group.name, group.id);
    } else {
        combo->addItem(tr("(no table)"), NoId);
        for (const Table &table : commands::orderedTables(conference))
            combo->addItem(SetupLists::tableLabel(table), table.id);
    }
    // A choice is final: write it at once instead of waiting for the focus to leave. The
    // signals are the delegate's own, emitted as the view expects; createEditor is const only
    // by its signature.
    auto *self = const_cast<ParticipantsDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

void ParticipantsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = combo->findData(index.data(Qt::EditRole).value<Id>());
        combo->setCurrentIndex(qMax(found, 0));
        return;
    }
    TypingDelegate::setEditorData(editor, index);
}

void ParticipantsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace weitblick
