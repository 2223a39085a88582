#pragma once

#include "core/model/id.h"
#include "core/suggest/clustersuggester.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QLabel;
class QPushButton;
class QSlider;
class QTreeWidget;

namespace weitblick {

class ConferenceDocument;

// A preview of the clusters Weitblick suggests for the loose cards of a phase. Each suggested
// group shows its cards and a proposed heading the moderator can rename, and can be accepted or
// rejected; a slider sets how many groups to make (at first as many as the cards call for) and
// suggests again. "Accept Selected"
// makes the accepted groups clusters in one undo step; the moderator's clusters never change.
class SuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    SuggestionsDialog(ConferenceDocument *document, Id phaseId, QWidget *parent = nullptr);
    ~SuggestionsDialog() override;

    int groupCount() const;
    void setGroupCount(int groups);
    // The groups as they stand now, with the moderator's headings.
    QList<SuggestedCluster> groups() const;
    QList<SuggestedCluster> acceptedGroups() const;
    void setGroupAccepted(int group, bool accepted);
    void setGroupHeading(int group, const QString &heading);

    QTreeWidget *tree() const { return m_tree; }
    QSlider *slider() const { return m_slider; }
    QPushButton *acceptButton() const { return m_accept; }

    // Makes the accepted groups clusters; closes the dialog when that worked.
    bool acceptSelected();
    QList<Id> createdClusterIds() const { return m_created; }

private:
    void suggest();
    void updateSummary();
    static QString key(const QList<Id> &cardIds);

    ConferenceDocument *m_document;
    Id m_phaseId;
    std::unique_ptr<ClusterSuggester> m_suggester;
    QList<SuggestedCluster> m_groups;
    // The moderator's headings and rejections, kept while the slider moves.
    QHash<QString, QString> m_headings;
    QHash<QString, bool> m_rejected;
    QSlider *m_slider;
    QLabel *m_countLabel;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_accept;
    QList<Id> m_created;
    bool m_filling = false;
};

} // namespace weitblick
