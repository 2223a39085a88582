#include "voteresultsdialog.h"

#include "commongroundview.h"
#include "rankingview.h"

#include "core/document/conferencedocument.h"
#include "ui/common/screenfit.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace weitblick {

VoteResultsDialog::VoteResultsDialog(ConferenceDocument *document, Id sessionId,
                                     QWidget *parent)
    : QDialog(parent),
      m_tabs(new QTabWidget(this)),
      m_ranking(new RankingView(document, this)),
      m_commonGround(new CommonGroundView(document, this))
{
    const VoteSession *session = document->conference().find<VoteSession>(sessionId);
    setWindowTitle(session ? tr("Results: %1").arg(session->title) : tr("Results"));
    m_ranking->setSession(sessionId);
    m_commonGround->setSession(sessionId);
    m_tabs->addTab(m_ranking, tr("&Ranking"));
    m_tabs->addTab(m_commonGround, tr("&Common Ground"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoteResultsDialog::reject);
    // Enter confirms the share typed into the common ground's field; it must not close the
    // results. Escape and the button still do.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    screenfit::resize(this, QSize(960, 640));
}

} // namespace weitblick
