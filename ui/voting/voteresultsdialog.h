#pragma once

#include "core/model/id.h"

#include <QDialog>

class QTabWidget;

namespace weitblick {

class CommonGroundView;
class ConferenceDocument;
class RankingView;

// The results of one vote in a window of their own: the ranking with its heat map, and the
// common ground, each on a tab. They follow the dots as they change.
class VoteResultsDialog : public QDialog
{
    Q_OBJECT

public:
    VoteResultsDialog(ConferenceDocument *document, Id sessionId, QWidget *parent = nullptr);

    RankingView *rankingView() const { return m_ranking; }
    CommonGroundView *commonGroundView() const { return m_commonGround; }

private:
    QTabWidget *m_tabs;
    RankingView *m_ranking;
    CommonGroundView *m_commonGround;
};

} // namespace weitblick
