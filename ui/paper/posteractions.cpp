#include "posteractions.h"

#include "core/document/conferencedocument.h"
#include "posterdialog.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace weitblick {

PosterActions::PosterActions(QWidget *parent)
    : QObject(parent),
      m_parent(parent),
      m_print(new QAction(tr("Print &Posters…"), this)),
      m_export(new QAction(tr("Export Posters as P&DF…"), this))
{
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print walls, votes, the action plan or table tents as posters"));
    m_export->setStatusTip(tr("Write walls, votes, the action plan or table tents as a PDF"));
    connect(m_print, &QAction::triggered, this, [this] { open(false); });
    connect(m_export, &QAction::triggered, this, [this] { open(true); });
    setDocument(nullptr);
}

void PosterActions::setDocument(ConferenceDocument *document)
{
    m_document = document;
    m_phaseId = NoId;
    m_print->setEnabled(document);
    m_export->setEnabled(document);
}

void PosterActions::open(bool exportFirst)
{
    if (m_document)
        PosterDialog::exec(m_document, m_phaseId, m_parent, exportFirst);
}

} // namespace weitblick
