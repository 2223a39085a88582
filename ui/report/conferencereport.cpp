#include "conferencereport.h"

#include "core/measures/datetext.h"
#include "core/measures/measurehealth.h"
#include "core/measures/measuretexts.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"
#include "core/io/outputfile.h"
#include "core/model/saturating.h"
#include "reportfigures.h"
#include "ui/voting/commongroundpainter.h"
#include "ui/voting/rankingpainter.h"
#include "ui/wall/wallscene.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QFontMetricsF>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <cmath>

namespace weitblick {

namespace {

constexpr double UnitsPerInch = 96.0;
// Charts show this many items at most; the table above them lists all.
constexpr int ChartRows = 25;
constexpr double ChartRowHeight = 18.0;
// Vote tables list this many items at most.
constexpr int TableRows = 100;
// The rows of one QTextTable: see table().
constexpr int RowsPerTable = 40;
// Qt marks every item of a list dirty when one is added (QTextBlockGroup::blockInserted), so
// one list of n items takes time n²: 50,000 participants never finished. A long list is made
// of lists of ItemsPerList items, which look like one.
constexpr int ItemsPerList = 100;

double mm(double millimetres)
{
    return millimetres / 25.4 * UnitsPerInch;
}

// A card of several lines stays one paragraph: its line breaks become soft ones.
QString plain(const QString &text)
{
    QString result = text;
    result.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    result.replace(QLatin1Char('\r'), QChar::LineSeparator);
    return result;
}

QTextCharFormat textFormat(double points, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    format.setForeground(Qt::black);
    return format;
}

// The widest word of the text: a table column narrower than that breaks it.
double widestWord(const QString &text, const QFontMetricsF &metrics)
{
    double widest = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i).isSpace()) {
            if (i > start)
                widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, i - start)));
            start = i + 1;
        }
    }
    return widest;
}

// Column widths in per cent: each column at least `least` wide (its longest word), the
// rest of `total` shared as the weights say, taken from the columns that have room to spare.
QList<double> fittedPercents(const QList<double> &least, QList<int> weights, double total)
{
    const qsizetype columns = least.size();
    if (weights.size() != columns)
        weights = QList<int>(columns, 1);
    QList<double> widths(columns, 0);
    QList<bool> fixed(columns, false);
    for (bool changed = true; changed;) {
        changed = false;
        double freeWeight = 0;
        double freeWidth = total;
        for (qsizetype c = 0; c < columns; ++c) {
            if (fixed.at(c))
                freeWidth -= least.at(c);
            else
                freeWeight += weights.at(c);
        }
        for (qsizetype c = 0; c < columns; ++c) {
            if (fixed.at(c))
                continue;
            widths[c] = freeWeight > 0 ? freeWidth * weights.at(c) / freeWeight : 0;
            if (widths.at(c) < least.at(c)) {
                fixed[c] = true;
                changed = true;
            }
        }
    }
    QList<double> percents;
    for (qsizetype c = 0; c < columns; ++c)
        percents << 100.0 * (fixed.at(c) ? least.at(c) : widths.at(c)) / total;
    return percents;
}

bool byPosition(QPointF a, QPointF b)
{
    return a.y() != b.y() ? a.y() < b.y() : a.x() < b.x();
}

QString areaKindText(AreaKind kind)
{
    switch (kind) {
    case AreaKind::Town: return ConferenceReport::tr("Town");
    case AreaKind::Region: return ConferenceReport::tr("Region");
    case AreaKind::District: return ConferenceReport::tr("District");
    case AreaKind::Other: return ConferenceReport::tr("Area");
    }
    return {};
}

} // namespace

ConferenceReport::ConferenceReport(ConferenceDocument *document, const ReportOptions &options)
    : m_document(document),
      m_conference(document->conference()),
      m_options(options),
      m_text(std::make_unique<QTextDocument>()),
      m_figures(std::make_unique<ReportFigures>()),
      m_metrics(1, 1, QImage::Format_RGB32)
{
    // The layout measures on a device of 96 dots per inch, whatever the screen, so that the
    // A4 page size in units is right on every machine.
    m_metrics.setDotsPerMeterX(qRound(UnitsPerInch / 0.0254));
    m_metrics.setDotsPerMeterY(qRound(UnitsPerInch / 0.0254));
    m_text->setUndoRedoEnabled(false);
    m_text->documentLayout()->setPaintDevice(&m_metrics);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    m_text->setDefaultFont(font);
    m_text->setPageSize(pageSize());
    QTextFrameFormat root = m_text->rootFrame()->frameFormat();
    root.setMargin(0);
    root.setLeftMargin(mm(20));
    root.setRightMargin(mm(20));
    root.setTopMargin(mm(18));
    root.setBottomMargin(mm(22)); // room for the footer
    m_text->rootFrame()->setFrameFormat(root);
    m_text->setMetaInformation(QTextDocument::DocumentTitle, m_conference.info().title);
    m_figures->install(m_text.get());
}

ConferenceReport::~ConferenceReport() = default;

QSizeF ConferenceReport::pageSize()
{
    return {mm(210), mm(297)};
}

double ConferenceReport::contentWidth() const
{
    return pageSize().width() - mm(40);
}

double ConferenceReport::contentHeight() const
{
    return pageSize().height() - mm(40);
}

bool ConferenceReport::build(const ReportProgress &progress)
{
    const int total = int(m_conference.all<Phase>().size()) + 4;
    m_cursor = QTextCursor(m_text.get());
    // One edit block for the whole text: otherwise the layout follows every insertion, and a
    // long table is laid out again for each of its cells.
    m_cursor.beginEditBlock();
    const bool built = [&] {
        addCover();
        addContents();
        if (progress && !progress(1, total))
            return false;
        addConferenceData();
        addParticipants();
        if (progress && !progress(2, total))
            return false;
        if (!addPhases(progress, total))
            return false;
        addMeasures();
        return true;
    }();
    m_cursor.endEditBlock();
    if (!built || (progress && !progress(total - 1, total)))
        return false;
    fillContents();
    return !progress || progress(total, total);
}

QString ConferenceReport::dateText(const QDate &date) const
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

void ConferenceReport::heading(const QString &text, int level, bool newPage)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 0 : mm(level == 2 ? 6 : 4));
    block.setBottomMargin(mm(level == 1 ? 5 : 2));
    if (newPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    const QTextCharFormat format = textFormat(level == 1 ? 18 : level == 2 ? 14 : 11, true);
    m_cursor.insertBlock(block, format);
    m_cursor.insertText(plain(text), format);
}

void ConferenceReport::chapter(int tocIndex)
{
    heading(m_toc.at(tocIndex).title, 1, true);
    m_toc[tocIndex].block = m_cursor.blockNumber();
}

void ConferenceReport::paragraph(const QString &text, const QTextCharFormat &format)
{
    QTextBlockFormat block;
    block.setBottomMargin(mm(2));
    const QTextCharFormat chars = format.isEmpty() ? textFormat(10) : format;
    m_cursor.insertBlock(block, chars);
    m_cursor.insertText(plain(text), chars);
}

void ConferenceReport::bulletList(const QStringList &items)
{
    if (items.isEmpty())
        return;
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    const QTextCharFormat chars = textFormat(10);
    QTextBlockFormat block;
    block.setBottomMargin(mm(1));
    m_cursor.insertBlock(block, chars);
    QTextList *list = nullptr;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            m_cursor.insertBlock(block, chars);
        if (i % ItemsPerList == 0)
            list = m_cursor.createList(listFormat);
        else
            list->add(m_cursor.block());
        m_cursor.insertText(plain(items.at(i)), chars);
    }
}

void ConferenceReport::table(const QStringList &header, const QList<QStringList> &rows,
                             const QList<int> &rightAligned, const QList<int> &percentWidths)
{
    // Qt lays out a long table in time that grows faster than its rows, so a long table is
    // made of tables of RowsPerTable rows each, set closely one below the other, each with
    // the header row.
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0x99, 0x99, 0x99));
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const QTextCharFormat headFormat = textFormat(9, true);
    const QTextCharFormat cellFormat = textFormat(9);
    // No column so narrow that it breaks a word ("Fortschr-itt", a date over two lines).
    QFont headFont = m_text->defaultFont();
    headFont.setPointSizeF(9);
    headFont.setBold(true);
    QFont cellFont = headFont;
    cellFont.setBold(false);
    const QFontMetricsF headMetrics(headFont, &m_metrics);
    const QFontMetricsF cellMetrics(cellFont, &m_metrics);
    const double padding = 2 * (format.cellPadding() + format.border()) + 2;
    QList<double> least;
    for (qsizetype column = 0; column < header.size(); ++column) {
        double widest = widestWord(header.at(column), headMetrics);
        for (const QStringList &row : rows)
            widest = std::max(widest, widestWord(row.value(column), cellMetrics));
        least << widest + padding;
    }
    QList<QTextLength> widths;
    for (const double percent : fittedPercents(least, percentWidths, contentWidth()))
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    format.setColumnWidthConstraints(widths);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    QTextBlockFormat between;
    between.setLineHeight(1, QTextBlockFormat::FixedHeight);

    for (qsizetype first = 0; first < rows.size() || first == 0; first += RowsPerTable) {
        const qsizetype count = std::min<qsizetype>(RowsPerTable, rows.size() - first);
        const bool last = first + count >= rows.size();
        format.setBottomMargin(last ? mm(3) : 0);
        if (first == 0)
            m_cursor.insertBlock(QTextBlockFormat(), textFormat(10));
        else
            m_cursor.insertBlock(between, textFormat(1));
        QTextTable *table = m_cursor.insertTable(int(count) + 1, int(header.size()), format);
        auto fill = [&](int row, const QStringList &cells, const QTextCharFormat &chars) {
            for (int column = 0; column < header.size(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                if (row == 0) {
                    QTextCharFormat background = cell.format();
                    background.setBackground(QColor(0xe8, 0xec, 0xf0));
                    cell.setFormat(background);
                }
                QTextCursor cursor = cell.firstCursorPosition();
                if (rightAligned.contains(column))
                    cursor.setBlockFormat(right);
                cursor.insertText(plain(cells.value(column)), chars);
            }
        };
        fill(0, header, headFormat);
        for (int row = 0; row < count; ++row)
            fill(row + 1, rows.at(first + row), cellFormat);
        m_cursor.movePosition(QTextCursor::End);
        if (last)
            break;
    }
}

void ConferenceReport::keyValueTable(const QList<std::pair<QString, QString>> &rows)
{
    QTextTableFormat format;
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30),
                                      QTextLength(QTextLength::PercentageLength, 70)});
    m_cursor.insertBlock(QTextBlockFormat(), textFormat(10));
    QTextTable *table = m_cursor.insertTable(int(rows.size()), 2, format);
    for (int row = 0; row < rows.size(); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(plain(rows.at(row).first),
                                                               textFormat(10, true));
        table->cellAt(row, 1).firstCursorPosition().insertText(plain(rows.at(row).second),
                                                               textFormat(10));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ConferenceReport::figure(const QSizeF &size,
                              std::function<void(QPainter *, const QRectF &)> paint)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(mm(2));
    block.setBottomMargin(mm(3));
    m_cursor.insertBlock(block, textFormat(10));
    if (!m_options.figuresAsImages) {
        m_figures->insert(m_cursor, size, std::move(paint));
        return;
    }
    // Twice the document resolution: about 190 dpi, sharp on paper and still small.
    constexpr double Scale = 2.0;
    QImage image((size * Scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(Scale, Scale);
        paint(&painter, QRectF(QPointF(0, 0), size));
    }
    const QString name = QStringLiteral("figure%1.png").arg(++m_imageCount);
    m_text->addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextImageFormat format;
    format.setName(name);
    format.setWidth(size.width());
    format.setHeight(size.height());
    m_cursor.insertImage(format);
}

void ConferenceReport::addCover()
{
    const ConferenceInfo &info = m_conference.info();
    QTextBlockFormat spacer;
    spacer.setTopMargin(mm(60));
    const QTextCharFormat title = textFormat(26, true);
    m_cursor.setBlockFormat(spacer);
    m_cursor.setCharFormat(title);
    m_cursor.insertText(plain(info.title.isEmpty() ? tr("Future search conference") : info.title),
                        title);
    QTextBlockFormat line;
    line.setTopMargin(mm(4));
    const QTextCharFormat sub = textFormat(14);
    if (!info.area.isEmpty()) {
        m_cursor.insertBlock(line, sub);
        m_cursor.insertText(plain(info.area), sub);
    }
    QStringList when;
    if (info.startDate.isValid())
        when << dateText(info.startDate);
    if (info.endDate.isValid() && info.endDate != info.startDate)
        when << dateText(info.endDate);
    for (const QString &text : {info.place, when.join(QStringLiteral(" – "))}) {
        if (!text.isEmpty()) {
            m_cursor.insertBlock(line, sub);
            m_cursor.insertText(plain(text), sub);
        }
    }
    QTextBlockFormat kind;
    kind.setTopMargin(mm(30));
    const QTextCharFormat kindFormat = textFormat(16, false, true);
    m_cursor.insertBlock(kind, kindFormat);
    m_cursor.insertText(tr("Documentation"), kindFormat);
    if (!info.moderators.isEmpty()) {
        m_cursor.insertBlock(line, textFormat(11));
        m_cursor.insertText(plain(tr("Moderation: %1").arg(info.moderators)), textFormat(11));
    }
}

void ConferenceReport::addContents()
{
    m_toc.append({tr("Conference data")});
    m_toc.append({tr("Participants")});
    int number = 0;
    for (const Phase &phase : commands::orderedPhases(m_conference))
        m_toc.append({tr("%1. %2").arg(++number).arg(phase.title)});
    m_toc.append({tr("Measures")});

    heading(tr("Contents"), 1, true);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const bool numbered = !m_options.figuresAsImages; // page numbers only where we paginate
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                      QTextLength(QTextLength::PercentageLength, 10)});
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    QTextBlockFormat between;
    between.setLineHeight(1, QTextBlockFormat::FixedHeight);
    // In tables of a few dozen rows, as in table(): Qt lays out one long table in time that
    // grows faster than its rows.
    for (qsizetype first = 0; first < m_toc.size(); first += RowsPerTable) {
        const qsizetype count = std::min<qsizetype>(RowsPerTable, m_toc.size() - first);
        m_cursor.insertBlock(first == 0 ? QTextBlockFormat() : between,
                             textFormat(first == 0 ? 11 : 1));
        QTextTable *table = m_cursor.insertTable(int(count), numbered ? 2 : 1, format);
        for (int row = 0; row < count; ++row) {
            TocEntry &entry = m_toc[first + row];
            table->cellAt(row, 0).firstCursorPosition().insertText(plain(entry.title),
                                                                   textFormat(11));
            if (numbered) {
                QTextCursor cursor = table->cellAt(row, 1).firstCursorPosition();
                cursor.setBlockFormat(right);
                entry.pageCell = cursor.position();
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }
}

void ConferenceReport::fillContents()
{
    // Every page first, from one layout; then all numbers in one edit, so that the text is
    // laid out once more and not once per number.
    const double pageHeight = pageSize().height();
    QList<std::pair<int, int>> pages; // position of the cell, page
    for (const TocEntry &entry : std::as_const(m_toc)) {
        if (entry.pageCell < 0 || entry.block < 0)
            continue;
        const QTextBlock block = m_text->findBlockByNumber(entry.block);
        const QRectF rect = m_text->documentLayout()->blockBoundingRect(block);
        pages.append({entry.pageCell, int(rect.top() / pageHeight) + 1});
    }
    QTextCursor cursor(m_text.get());
    cursor.beginEditBlock();
    // Last first, so that the positions of the cells before stay where they were.
    for (auto it = pages.crbegin(); it != pages.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.insertText(QString::number(it->second), textFormat(11));
    }
    cursor.endEditBlock();
}

void ConferenceReport::addConferenceData()
{
    const ConferenceInfo &info = m_conference.info();
    chapter(0);
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Title"), info.title});
    if (!info.area.isEmpty())
        rows.append({areaKindText(info.areaKind), info.area});
    if (!info.place.isEmpty())
        rows.append({tr("Place"), info.place});
    if (info.startDate.isValid()) {
        rows.append({tr("Dates"), info.endDate.isValid() && info.endDate != info.startDate
                                      ? tr("%1 to %2").arg(dateText(info.startDate),
                                                           dateText(info.endDate))
                                      : dateText(info.startDate)});
    }
    if (!info.moderators.isEmpty())
        rows.append({tr("Moderation"), info.moderators});
    if (!info.notes.isEmpty())
        rows.append({tr("Notes"), info.notes});
    keyValueTable(rows);

    qint64 dots = 0;
    for (const Dot &dot : m_conference.all<Dot>())
        dots = addSaturated<qint64>(dots, dot.count);
    heading(tr("In numbers"), 2);
    keyValueTable({
        {tr("Stakeholder groups"), QLocale().toString(m_conference.all<StakeholderGroup>().size())},
        {tr("Tables"), QLocale().toString(m_conference.all<Table>().size())},
        {tr("Participants"), QLocale().toString(m_conference.all<Participant>().size())},
        {tr("Phases"), QLocale().toString(m_conference.all<Phase>().size())},
        {tr("Cards"), QLocale().toString(m_conference.all<Card>().size())},
        {tr("Clusters"), QLocale().toString(m_conference.all<Cluster>().size())},
        {tr("Votes"), QLocale().toString(m_conference.all<VoteSession>().size())},
        {tr("Dots"), QLocale().toString(dots)},
        {tr("Measures"), QLocale().toString(m_conference.all<Measure>().size())},
    });
}

void ConferenceReport::addParticipants()
{
    chapter(1);
    QList<StakeholderGroup> groups(m_conference.all<StakeholderGroup>().begin(),
                                   m_conference.all<StakeholderGroup>().end());
    std::stable_sort(groups.begin(), groups.end(),
                     [](const StakeholderGroup &a, const StakeholderGroup &b) {
                         return a.order < b.order;
                     });
    QHash<Id, QList<const Participant *>> byGroup;
    for (const Participant &participant : m_conference.all<Participant>())
        byGroup[m_conference.find<StakeholderGroup>(participant.groupId) ? participant.groupId
                                                                           : NoId]
            .append(&participant);

    QList<std::pair<Id, QString>> sections;
    for (const StakeholderGroup &group : groups)
        sections.append({group.id, group.name});
    if (byGroup.contains(NoId))
        sections.append({NoId, tr("Without a stakeholder group")});

    QList<QStringList> rows;
    int total = 0;
    int steering = 0;
    for (const auto &[groupId, name] : sections) {
        const QList<const Participant *> &members = byGroup.value(groupId);
        const int inSteering = int(std::count_if(members.begin(), members.end(),
                                                 [](const Participant *p) {
                                                     return p->steeringCommittee;
                                                 }));
        rows.append({name, QLocale().toString(members.size()), QLocale().toString(inSteering)});
        total += int(members.size());
        steering += inSteering;
    }
    rows.append({tr("Total"), QLocale().toString(total), QLocale().toString(steering)});
    table({tr("Stakeholder group"), tr("Participants"), tr("In the steering committee")}, rows,
          {1, 2}, {50, 20, 30});

    if (!m_options.participantNames) {
        paragraph(tr("The names of the participants are left out of this documentation."),
                  textFormat(10, false, true));
        return;
    }
    for (const auto &[groupId, name] : sections) {
        QList<const Participant *> members = byGroup.value(groupId);
        if (members.isEmpty())
            continue;
        std::sort(members.begin(), members.end(), [](const Participant *a, const Participant *b) {
            return QString::localeAwareCompare(a->name, b->name) < 0;
        });
        heading(name, 2);
        QStringList lines;
        for (const Participant *participant : members) {
            QString line = participant->name;
            if (!participant->organisation.isEmpty())
                line = tr("%1 (%2)").arg(participant->name, participant->organisation);
            if (participant->steeringCommittee)
                line = tr("%1 – steering committee").arg(line);
            lines.append(line);
        }
        bulletList(lines);
    }
}

bool ConferenceReport::addPhases(const ReportProgress &progress, int total)
{
    // What hangs on each phase's wall, gathered once: the time grows with the entities, not
    // with phases times entities.
    PhaseContents contents;
    for (const Cluster &cluster : m_conference.all<Cluster>())
        contents.clusters[cluster.phaseId].append(&cluster);
    for (const Card &card : m_conference.all<Card>())
        contents.cards[card.phaseId].append(&card);
    for (const VoteSession &session : m_conference.all<VoteSession>())
        contents.sessions[session.phaseId].append(&session);
    int number = 0;
    for (const Phase &phase : commands::orderedPhases(m_conference)) {
        ++number;
        addPhase(phase, number, contents);
        if (progress && !progress(2 + number, total))
            return false;
    }
    return true;
}

void ConferenceReport::addPhase(const Phase &phase, int number, const PhaseContents &contents)
{
    const QList<const Card *> phaseCards = contents.cards.value(phase.id);
    chapter(1 + number);
    if (!phase.guidingQuestion.isEmpty()) {
        paragraph(tr("Guiding question"), textFormat(10, true));
        paragraph(phase.guidingQuestion, textFormat(11, false, true));
    }

    // The wall as the moderators left it, drawn by the same scene that shows it on screen.
    auto scene = std::make_unique<WallScene>(m_document);
    if (!phaseCards.isEmpty())
        scene->setPhase(phase.id);
    const QRectF wall = scene->contentRect();
    if (!phaseCards.isEmpty() && wall.width() > 0 && wall.height() > 0 && scene->cardCount() > 0) {
        const double aspect = wall.height() / wall.width();
        QSizeF size(contentWidth(), contentWidth() * aspect);
        const double maxHeight = contentHeight() * 0.6;
        if (size.height() > maxHeight)
            size = QSizeF(maxHeight / aspect, maxHeight);
        WallScene *wallScene = scene.get();
        figure(size, [wallScene, wall](QPainter *painter, const QRectF &rect) {
            wallScene->render(painter, rect, wall, Qt::KeepAspectRatio);
            painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(rect);
        });
        m_scenes.push_back(std::move(scene));
    }

    // Cards and clusters in reading order, as they hang on the wall.
    QList<const Cluster *> clusters = contents.clusters.value(phase.id);
    std::sort(clusters.begin(), clusters.end(), [](const Cluster *a, const Cluster *b) {
        return byPosition(a->pos, b->pos);
    });
    QHash<Id, QList<const Card *>> cardsOf;
    int cardCount = 0;
    for (const Card *card : phaseCards) {
        cardsOf[m_conference.find<Cluster>(card->clusterId) ? card->clusterId : NoId].append(card);
        ++cardCount;
    }
    const bool timeline = phase.kind == PhaseKind::Past;
    auto cardLines = [&](QList<const Card *> cards) {
        std::sort(cards.begin(), cards.end(), [timeline](const Card *a, const Card *b) {
            if (timeline && a->year != b->year)
                return a->year.value_or(INT_MAX) < b->year.value_or(INT_MAX);
            return byPosition(a->pos, b->pos);
        });
        QStringList lines;
        for (const Card *card : cards)
            lines.append(card->year ? tr("%1: %2").arg(*card->year).arg(card->text) : card->text);
        return lines;
    };

    if (cardCount == 0) {
        paragraph(tr("No cards were written in this phase."), textFormat(10, false, true));
    } else {
        // Two counts, two plurals: "1 card in 2 clusters".
        paragraph(tr("%n card(s) %1.", nullptr, cardCount)
                      .arg(tr("in %n cluster(s)", nullptr, int(clusters.size()))),
                  textFormat(10));
    }
    for (const Cluster *cluster : clusters) {
        const QList<const Card *> cards = cardsOf.value(cluster->id);
        heading(tr("%1 (%n card(s))", nullptr, int(cards.size())).arg(cluster->heading), 3);
        bulletList(cardLines(cards));
    }
    if (cardsOf.contains(NoId)) {
        heading(clusters.isEmpty() ? tr("Cards") : tr("Cards outside the clusters"), 3);
        bulletList(cardLines(cardsOf.value(NoId)));
    }

    int vote = 0;
    for (const VoteSession *session : contents.sessions.value(phase.id))
        addVote(*session, ++vote);
}

void ConferenceReport::addVote(const VoteSession &session, int number)
{
    const QString title = session.title.isEmpty() ? tr("Vote %1").arg(number) : session.title;
    heading(tr("Vote: %1").arg(title), 2);
    auto ranking = std::make_shared<RankingPainter>(m_conference, session.id);
    const Ranking &result = ranking->ranking();
    QList<QStringList> rows;
    int voted = 0;
    for (const RankedItem &item : result.items()) {
        if (item.plus == 0 && item.minus == 0)
            continue;
        // A documentation names the leading items; all of them are in the CSV export.
        if (++voted > TableRows)
            continue;
        QStringList row{item.rankText(), item.label,
                        QLocale().toString(item.plus), QLocale().toString(item.minus),
                        QLocale().toString(item.score())};
        if (result.knowsGroups()) {
            row.append(tr("%1 of %2").arg(result.supportingGroups(item))
                           .arg(result.votingGroups().size()));
        }
        rows.append(row);
    }
    if (voted == 0) {
        paragraph(tr("No dots were cast in this vote."), textFormat(10, false, true));
        return;
    }
    QStringList header{tr("Rank"), tr("Item"), tr("Plus"), tr("Minus"), tr("Score")};
    if (result.knowsGroups())
        header.append(tr("Groups"));
    table(header, rows, {0, 2, 3, 4},
          result.knowsGroups() ? QList<int>{8, 54, 9, 9, 9, 11} : QList<int>{8, 65, 9, 9, 9});
    if (voted > TableRows) {
        paragraph(tr("The %1 items with the most dots of %2 items that got dots; the CSV export "
                     "lists them all.").arg(TableRows).arg(voted),
                  textFormat(9, false, true));
    }

    const int chartRows = std::min(int(result.items().size()), ChartRows);
    figure(QSizeF(contentWidth(), (chartRows + 3) * ChartRowHeight),
           [ranking](QPainter *painter, const QRectF &rect) { ranking->paint(painter, rect); });

    heading(tr("Common ground"), 3);
    auto common = std::make_shared<CommonGroundPainter>(m_conference, session.id);
    if (!result.knowsGroups()) {
        paragraph(tr("This vote does not tell the stakeholder groups apart, so it shows no "
                     "common ground."),
                  textFormat(10, false, true));
        return;
    }
    if (common->commonGround().isEmpty()) {
        paragraph(tr("No item is supported by every voting group."), textFormat(10, false, true));
    } else {
        paragraph(tr("Supported by every voting group:"), textFormat(10));
        QStringList lines;
        for (const RankedItem &item : common->commonGround())
            lines.append(item.label);
        bulletList(lines);
    }
    const int listed = std::min(int(common->listed().size()), ChartRows);
    if (listed > 0) {
        figure(QSizeF(contentWidth(), (listed + 3) * (ChartRowHeight + 2)),
               [common](QPainter *painter, const QRectF &rect) { common->paint(painter, rect); });
    }
}

void ConferenceReport::addMeasures()
{
    chapter(int(m_toc.size()) - 1);
    if (m_conference.all<Measure>().isEmpty()) {
        paragraph(tr("No measures were agreed."), textFormat(10, false, true));
        return;
    }
    QHash<Id, QList<const Criterion *>> criteriaOf;
    for (const Criterion &criterion : m_conference.all<Criterion>())
        criteriaOf[criterion.measureId].append(&criterion);
    QHash<Id, QList<const Measure *>> bySubProject;
    for (const Measure &measure : m_conference.all<Measure>())
        bySubProject[m_conference.find<SubProject>(measure.subProjectId) ? measure.subProjectId
                                                                         : NoId]
            .append(&measure);

    QList<const SubProject *> subProjects;
    for (const SubProject &subProject : m_conference.all<SubProject>())
        subProjects.append(&subProject);
    std::sort(subProjects.begin(), subProjects.end(), [](const SubProject *a, const SubProject *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });

    auto shortDate = [](const QDate &date) {
        return DateText::format(date);
    };
    auto measureTable = [&](const QList<const Measure *> &measures) {
        QList<QStringList> rows;
        for (const Measure *measure : measures) {
            QString text = measure->title;
            if (!measure->description.trimmed().isEmpty())
                text += QLatin1Char('\n') + measure->description.trimmed();
            for (const Criterion *criterion : criteriaOf.value(measure->id)) {
                auto value = [&](const std::optional<double> &v) {
                    return v ? QLocale().toString(*v, 'g', 12) : QStringLiteral("–");
                };
                QString line = tr("%1: %2 → %3").arg(criterion->indicator, value(criterion->baseline),
                                                     value(criterion->target));
                if (!criterion->unit.isEmpty())
                    line += QLatin1Char(' ') + criterion->unit;
                text += QStringLiteral("\n– ") + line;
            }
            QString owner = measure->owner;
            if (!measure->team.isEmpty())
                owner += QLatin1Char('\n') + tr("Team: %1").arg(measure->team);
            // The status as of the day of writing: a reader sees what has fallen behind.
            QString status = MeasureTexts::statusText(measure->status);
            const QString health =
                MeasureTexts::healthText(MeasureHealthRule::of(*measure, m_options.today));
            if (!health.isEmpty())
                status += QLatin1Char('\n') + health;
            rows.append({text, owner.trimmed(), shortDate(measure->startDate),
                         shortDate(measure->deadline), status,
                         tr("%1 %").arg(measure->progress)});
        }
        table({tr("Measure"), tr("Owner"), tr("Start"), tr("Deadline"), tr("Status"),
               tr("Progress")},
              rows, {5}, {38, 18, 11, 11, 12, 10});
    };

    paragraph(tr("The status as of %1.").arg(shortDate(m_options.today)),
              textFormat(10, false, true));
    for (const SubProject *subProject : subProjects) {
        const QList<const Measure *> measures = bySubProject.value(subProject->id);
        heading(subProject->name, 2);
        QStringList about;
        if (!subProject->leader.isEmpty())
            about << tr("Lead: %1").arg(subProject->leader);
        if (!subProject->team.isEmpty())
            about << tr("Team: %1").arg(subProject->team);
        if (!about.isEmpty())
            paragraph(about.join(QStringLiteral(" · ")), textFormat(10, false, true));
        if (measures.isEmpty())
            paragraph(tr("No measures yet."), textFormat(10, false, true));
        else
            measureTable(measures);
    }
    if (bySubProject.contains(NoId)) {
        heading(subProjects.isEmpty() ? tr("All measures") : MeasureTexts::withoutSubProject(), 2);
        measureTable(bySubProject.value(NoId));
    }
}

int ConferenceReport::pageCount() const
{
    return m_text->pageCount();
}

void ConferenceReport::paintPage(QPainter *painter, int page) const
{
    const QSizeF size = pageSize();
    const QRectF pageRect(QPointF(0, 0), size);
    painter->save();
    painter->fillRect(pageRect, Qt::white);
    painter->setClipRect(pageRect);
    painter->translate(0, -page * size.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * size.height(), size.width(), size.height());
    context.palette.setColor(QPalette::Text, Qt::black);
    m_text->documentLayout()->draw(painter, context);
    painter->restore();

    if (page == 0)
        return; // the cover has no footer
    painter->save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(mm(20), size.height() - mm(15), size.width() - mm(40), mm(6));
    painter->drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()));
    const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pageCount());
    const QFontMetricsF metrics(font);
    const double pageWidth = metrics.horizontalAdvance(pageText) + mm(4);
    painter->drawText(footer.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignBottom,
                      metrics.elidedText(m_conference.info().title, Qt::ElideRight,
                                         footer.width() - pageWidth));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
    painter->restore();
}

bool ConferenceReport::writePdf(QIODevice *device, const ReportProgress &progress,
                                QString *error) const
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(600);
    writer.setTitle(m_conference.info().title);
    writer.setCreator(QStringLiteral("Weitblick"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot start the PDF.");
        return false;
    }
    const double scale = writer.width() / pageSize().width();
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        paintPage(&painter, page);
        painter.restore();
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

bool ConferenceReport::writeOdt(QIODevice *device, QString *error) const
{
    // The zip writer closes its device when done, which a QSaveFile must not be: the archive
    // is made in memory first.
    QBuffer buffer;
    QTextDocumentWriter writer(&buffer, "odf");
    if (writer.write(m_text.get()) && device->write(buffer.data()) == buffer.data().size())
        return true;
    if (error)
        *error = tr("Cannot write the ODT document.");
    return false;
}

bool ConferenceReport::isOdt(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0;
}

bool ConferenceReport::exportTo(ConferenceDocument *document, const QString &path,
                                bool participantNames, const ReportProgress &progress,
                                QString *error)
{
    const bool odt = isOdt(path);
    bool cancelled = false;
    const ReportProgress watched = [&](int done, int total) {
        cancelled = progress && !progress(done, total);
        return !cancelled;
    };
    ConferenceReport report(document, {participantNames, odt});
    if (!report.build(watched)) {
        if (error)
            error->clear();
        return false;
    }
    QString inner;
    const bool written = OutputFile::write(
        path,
        [&](QIODevice &device) {
            return odt ? report.writeOdt(&device, &inner)
                       : report.writePdf(&device, watched, &inner);
        },
        error);
    if (!written && error)
        *error = cancelled ? QString() : (error->isEmpty() ? inner : *error);
    return written;
}

} // namespace weitblick
