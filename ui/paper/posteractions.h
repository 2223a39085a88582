#pragma once

#include "core/model/id.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace weitblick {

class ConferenceDocument;

// The File menu's poster actions, "Print posters…" and "Export posters as PDF…": re-targeted
// to the open document and the phase on screen, and disabled without a document.
class PosterActions : public QObject
{
    Q_OBJECT

public:
    explicit PosterActions(QWidget *parent);

    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }

    void setDocument(ConferenceDocument *document);
    void setCurrentPhase(Id phaseId) { m_phaseId = phaseId; }

private:
    void open(bool exportFirst);

    QWidget *m_parent;
    QPointer<ConferenceDocument> m_document;
    Id m_phaseId = NoId;
    QAction *m_print;
    QAction *m_export;
};

} // namespace weitblick
