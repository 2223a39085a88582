#pragma once

#include "core/model/conference.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QSizeF>
#include <QTextCursor>

#include <functional>
#include <memory>
#include <vector>

class QGraphicsScene;
class QIODevice;
class QPainter;
class QTextDocument;

namespace weitblick {

class ConferenceDocument;
class ReportFigures;

// What a report holds and how its pictures are made.
struct ReportOptions
{
    // Names of the participants, or only how many there are in each group (for privacy).
    bool participantNames = true;
    // Pictures as vector drawings (PDF, preview) or as embedded images (ODT, which cannot hold
    // drawings of its own).
    bool figuresAsImages = false;
    // The day the measures' health is judged on (overdue, at risk): the day of writing.
    QDate today = QDate::currentDate();
};

// Called as the work goes on; returns false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

// The documentation of a whole conference as a paginated A4 text document: cover, contents
// with page numbers, conference data, participants, every phase with its wall, clusters,
// cards, votes and common ground, and the measures. It paints its pages onto any paint
// device and writes itself as PDF or ODT.
class ConferenceReport
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceReport)

public:
    ConferenceReport(ConferenceDocument *document, const ReportOptions &options);
    ~ConferenceReport();

    // Builds the text; false when the progress callback cancelled.
    bool build(const ReportProgress &progress = {});

    QTextDocument *textDocument() const { return m_text.get(); }
    // The A4 page in document units (96 per inch).
    static QSizeF pageSize();
    int pageCount() const;
    // Paints page `page` (0-based) with its footer; the painter works in document units.
    void paintPage(QPainter *painter, int page) const;

    bool writePdf(QIODevice *device, const ReportProgress &progress, QString *error) const;
    bool writeOdt(QIODevice *device, QString *error) const;

    // Builds and writes the report as PDF or, for a name ending in .odt, as ODT, through
    // OutputFile. False with *error (empty when cancelled).
    static bool exportTo(ConferenceDocument *document, const QString &path, bool participantNames,
                         const ReportProgress &progress, QString *error);
    static bool isOdt(const QString &path);

private:
    struct TocEntry
    {
        QString title;
        int block = -1;      // block number of the heading
        int pageCell = -1;   // position of the page number cell, -1 when not numbered
    };

    void addCover();
    void addContents();
    void addConferenceData();
    void addParticipants();
    // The clusters, cards and votes of each phase, by phase id.
    struct PhaseContents
    {
        QHash<Id, QList<const Cluster *>> clusters;
        QHash<Id, QList<const Card *>> cards;
        QHash<Id, QList<const VoteSession *>> sessions;
    };
    bool addPhases(const ReportProgress &progress, int total);
    void addPhase(const Phase &phase, int number, const PhaseContents &contents);
    void addVote(const VoteSession &session, int number);
    void addMeasures();
    void fillContents();

    void heading(const QString &text, int level, bool newPage = false);
    // A level-1 heading on a new page, listed in the contents.
    void chapter(int tocIndex);
    void paragraph(const QString &text, const QTextCharFormat &format = {});
    void bulletList(const QStringList &items);
    void keyValueTable(const QList<std::pair<QString, QString>> &rows);
    // A table with a bold header row and plain text cells.
    void table(const QStringList &header, const QList<QStringList> &rows,
               const QList<int> &rightAligned = {}, const QList<int> &percentWidths = {});
    void figure(const QSizeF &size, std::function<void(QPainter *, const QRectF &)> paint);
    QString dateText(const QDate &date) const;
    double contentWidth() const;
    double contentHeight() const;

    ConferenceDocument *m_document;
    const Conference &m_conference;
    ReportOptions m_options;
    std::unique_ptr<QTextDocument> m_text;
    std::unique_ptr<ReportFigures> m_figures;
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
    QImage m_metrics; // the paint device of the layout: fixes the units to 96 per inch
    QTextCursor m_cursor;
    QList<TocEntry> m_toc;
    int m_imageCount = 0;
};

} // namespace weitblick
