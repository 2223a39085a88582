#include "textfit.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOption>
#include <QTabBar>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolButton>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <functional>

namespace weitblick::test::textfit {

namespace {

// Where a widget sits, for the finding: its class and the classes of two parents.
QString placeOf(const QWidget *widget)
{
    QStringList names;
    for (const QObject *object = widget; object && names.size() < 3; object = object->parent()) {
        QString name = QString::fromLatin1(object->metaObject()->className());
        const QString objectName = object->objectName();
        if (!objectName.isEmpty() && !objectName.startsWith(QLatin1String("qt_")))
            name += QLatin1Char('#') + objectName;
        names.prepend(name);
    }
    return names.join(QStringLiteral(" > "));
}

QString finding(const QString &place, const QString &text, int needs, int has)
{
    return QStringLiteral("%1: \"%2\" needs %3 px, has %4 px").arg(place, text).arg(needs).arg(has);
}

// The text as shown: a mnemonic's & is not drawn, && is one &.
QString shownText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

void checkLabel(QLabel *label, QStringList &findings)
{
    if (label->text().isEmpty())
        return;
    QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                 -label->margin(), -label->margin());
    room.setWidth(room.width() - std::max(0, label->indent()));
    const bool rich =
        label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    int needsWidth = 0;
    int needsHeight = 0;
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(label->text());
        if (label->wordWrap())
            document.setTextWidth(room.width());
        needsWidth = int(std::ceil(document.idealWidth()));
        needsHeight = int(std::ceil(document.size().height()));
    } else {
        const QString text = label->buddy() ? shownText(label->text()) : label->text();
        const QFontMetrics metrics(label->font());
        const int flags = int(label->alignment()) | (label->wordWrap() ? Qt::TextWordWrap : 0);
        const QRect needs = metrics.boundingRect(QRect(0, 0, room.width(), 100000), flags, text);
        needsWidth = label->wordWrap() ? needs.width() : widestLine(metrics, text);
        needsHeight = needs.height();
    }
    // A line counts as cut when more than a quarter of it is missing: the descent of the
    // last line may overlap the frame by a pixel without hiding anything.
    const int lineSlack = QFontMetrics(label->font()).lineSpacing() / 4;
    if (needsWidth > room.width())
        findings << finding(placeOf(label), label->text(), needsWidth, room.width());
    else if (needsHeight > room.height() + lineSlack)
        findings << QStringLiteral("%1: \"%2\" needs %3 px in height, has %4 px")
                        .arg(placeOf(label), label->text())
                        .arg(needsHeight)
                        .arg(room.height());
}

void checkButton(QAbstractButton *button, QStringList &findings)
{
    const QString text = shownText(button->text());
    if (text.isEmpty())
        return;
    QStyle *style = button->style();
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    QRect room;
    if (qobject_cast<QCheckBox *>(button)) {
        room = style->subElementRect(QStyle::SE_CheckBoxContents, &option, button);
    } else if (qobject_cast<QRadioButton *>(button)) {
        room = style->subElementRect(QStyle::SE_RadioButtonContents, &option, button);
    } else if (auto *push = qobject_cast<QPushButton *>(button)) {
        if (push->isFlat())
            option.features |= QStyleOptionButton::Flat;
        if (push->menu())
            option.features |= QStyleOptionButton::HasMenu;
        room = style->subElementRect(QStyle::SE_PushButtonContents, &option, button);
        if (push->menu())
            room.setWidth(room.width() - style->pixelMetric(QStyle::PM_MenuButtonIndicator));
    } else if (auto *tool = qobject_cast<QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            return;
        const int frame = style->pixelMetric(QStyle::PM_DefaultFrameWidth);
        room = button->rect().adjusted(frame, frame, -frame, -frame);
    } else {
        return;
    }
    if (!button->icon().isNull() && !qobject_cast<QToolButton *>(button))
        room.setLeft(room.left() + button->iconSize().width() + 4);
    const int needs = QFontMetrics(button->font()).horizontalAdvance(text);
    if (needs > room.width())
        findings << finding(placeOf(button), text, needs, room.width());
}

void checkComboBox(QComboBox *box, QStringList &findings)
{
    // A box that names its choice in its tooltip may shorten it (an ElidingComboBox).
    if (box->isEditable()
        || (!box->currentText().isEmpty() && box->toolTip().contains(box->currentText())))
        return;
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.editable = false;
    option.frame = box->hasFrame();
    option.subControls = QStyle::SC_All;
    option.iconSize = box->iconSize();
    const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                     QStyle::SC_ComboBoxEditField, box);
    const QFontMetrics metrics(box->font());
    // Every choice, not only the current one: a choice cut once picked is cut all the same.
    for (int i = 0; i < box->count(); ++i) {
        int room = field.width() - 2;
        if (!box->itemIcon(i).isNull())
            room -= box->iconSize().width() + 4;
        const int needs = metrics.horizontalAdvance(box->itemText(i));
        if (needs > room)
            findings << finding(placeOf(box), box->itemText(i), needs, room);
    }
}

// The room for text in a line edit: its contents less the text margins and its buttons.
QRect textRoom(QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->hasFrame()
                           ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                           : 0;
    QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    room = room.marginsRemoved(edit->textMargins());
    for (QWidget *child : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisibleTo(edit) || !child->geometry().intersects(room))
            continue;
        if (child->geometry().center().x() > room.center().x())
            room.setRight(std::min(room.right(), child->geometry().left() - 1));
        else
            room.setLeft(std::max(room.left(), child->geometry().right() + 1));
    }
    constexpr int QLineEditSideMargin = 2; // QLineEditPrivate::horizontalMargin
    return room.adjusted(QLineEditSideMargin, 0, -QLineEditSideMargin, 0);
}

void checkLineEdit(QLineEdit *edit, QStringList &findings)
{
    const QFontMetrics metrics(edit->font());
    // The hint of an empty line; the value a spin box or date field shows; and the text of a
    // line without a frame, which reads as a label and is not scrolled through like a field.
    const bool inSpinBox = qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) != nullptr;
    const QString text = edit->text().isEmpty()           ? edit->placeholderText()
                         : inSpinBox || !edit->hasFrame() ? edit->text()
                                                          : QString();
    if (text.isEmpty())
        return;
    const int room = textRoom(edit).width();
    const int needs = metrics.horizontalAdvance(text);
    if (needs > room)
        findings << finding(placeOf(edit), text, needs, room);
}

void checkHeader(QHeaderView *header, QStringList &findings)
{
    const QAbstractItemModel *model = header->model();
    if (!model || header->isHidden())
        return;
    const bool horizontal = header->orientation() == Qt::Horizontal;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical) || header->sectionSize(logical) <= 0)
            continue;
        const QString text = model->headerData(logical, header->orientation()).toString();
        if (text.isEmpty())
            continue;
        QStyleOptionHeader option;
        option.initFrom(header);
        option.section = logical;
        option.text = text;
        option.orientation = header->orientation();
        option.state |= horizontal ? QStyle::State_Horizontal : QStyle::State_None;
        option.rect = horizontal ? QRect(0, 0, header->sectionSize(logical), header->height())
                                 : QRect(0, 0, header->width(), header->sectionSize(logical));
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder
                                       ? QStyleOptionHeader::SortDown
                                       : QStyleOptionHeader::SortUp;
        QFont font = header->font();
        if (const QVariant own = model->headerData(logical, header->orientation(), Qt::FontRole);
            own.canConvert<QFont>())
            font = own.value<QFont>();
        const QRect room = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        const int needs = QFontMetrics(font).horizontalAdvance(text);
        if (needs > room.width())
            findings << finding(placeOf(header), text, needs, room.width());
    }
}

bool wraps(const QAbstractItemView *view)
{
    if (auto *list = qobject_cast<const QListView *>(view))
        return list->wordWrap();
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->wordWrap();
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->wordWrap();
    return false;
}

// Items of list, tree and table views: an item may be cut only where its tooltip shows it whole.
// A list of one column has the width of the view, so a long item that needs scrolling sideways
// is cut; in a view of several columns each item has its column, which may scroll into view.
void checkItems(QAbstractItemView *view, QStringList &findings)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    int columns = 0;
    for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
        auto *tree = qobject_cast<QTreeView *>(view);
        auto *table = qobject_cast<QTableView *>(view);
        columns += !(tree && tree->isColumnHidden(column))
                   && !(table && table->isColumnHidden(column));
    }
    const QRect viewport = columns > 1 ? QRect(QPoint(INT_MIN / 2, 0), QSize(INT_MAX, INT_MAX))
                                       : view->viewport()->rect();
    auto *tree = qobject_cast<QTreeView *>(view);
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QRect rect = view->visualRect(index);
                if (rect.isEmpty() || (columns <= 1 && !rect.intersects(viewport)))
                    continue;
                const QString text = index.data().toString();
                if (text.isEmpty() || index.data(Qt::ToolTipRole).toString().contains(text))
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(view->viewport());
                option.widget = view;
                option.font = view->font();
                option.rect = rect;
                option.textElideMode = view->textElideMode();
                option.decorationSize = view->iconSize().isValid()
                                            ? view->iconSize()
                                            : QSize(16, 16);
                const int room = std::min(rect.right(), viewport.right()) - rect.left() + 1;
                // A view that wraps its items needs only the height of the wrapped lines.
                if (wraps(view))
                    option.features |= QStyleOptionViewItem::WrapText;
                option.rect.setWidth(room);
                const QSize needs = view->itemDelegateForIndex(index)->sizeHint(option, index);
                if (needs.width() > room)
                    findings << finding(placeOf(view), text, needs.width(), room);
                else if (wraps(view) && needs.height() > rect.height())
                    findings << QStringLiteral("%1: \"%2\" needs %3 px in height, has %4 px")
                                    .arg(placeOf(view), text)
                                    .arg(needs.height())
                                    .arg(rect.height());
            }
            const QModelIndex first = model->index(row, 0, parent);
            if (tree && tree->isExpanded(first))
                visit(first);
        }
    };
    visit(view->rootIndex());
}

void checkTabs(QTabBar *tabs, QStringList &findings)
{
    const QFontMetrics metrics(tabs->font());
    const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        const QString text = shownText(tabs->tabText(i));
        int needs = metrics.horizontalAdvance(text) + padding;
        if (!tabs->tabIcon(i).isNull())
            needs += tabs->iconSize().width() + 4;
        if (needs > tabs->tabRect(i).width())
            findings << finding(placeOf(tabs), text, needs, tabs->tabRect(i).width());
    }
}

void checkGroupBox(QGroupBox *box, QStringList &findings)
{
    const QString text = shownText(box->title());
    if (text.isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
    const QRect frame = box->style()->subControlRect(QStyle::CC_GroupBox, &option,
                                                     QStyle::SC_GroupBoxFrame, box);
    const int needs = QFontMetrics(box->font()).horizontalAdvance(text);
    if (needs > frame.width())
        findings << finding(placeOf(box), text, needs, frame.width());
}

// A text editor without a vertical scroll bar must be tall enough for its lines.
void checkTextEditor(QAbstractScrollArea *editor, QStringList &findings)
{
    if (editor->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        return;
    int needs = 0;
    QString text;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        const double lines = plain->document()->documentLayout()->documentSize().height();
        needs = int(std::ceil(lines * QFontMetricsF(plain->font()).lineSpacing()
                              + 2 * plain->document()->documentMargin()));
        text = plain->toPlainText();
    } else if (auto *rich = qobject_cast<QTextEdit *>(editor)) {
        needs = int(std::ceil(rich->document()->size().height()));
        text = rich->toPlainText();
    } else {
        return;
    }
    if (!text.isEmpty() && needs > editor->viewport()->height())
        findings << QStringLiteral("%1: \"%2\" needs %3 px in height, has %4 px")
                        .arg(placeOf(editor), text)
                        .arg(needs)
                        .arg(editor->viewport()->height());
}

// Keeps the runs of text painted, with the transform and clip they were painted under, as a
// printer's engine receives them: the clip arrives as a series of operations, each in the
// coordinates of the transform at its time, and is replayed after each restore().
class RecordingEngine : public QPaintEngine
{
public:
    RecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override
    {
        m_transform = QTransform();
        m_clipped = false;
        m_clip = QPainterPath();
        return true;
    }
    bool end() override { return true; }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {
    }
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyClipEnabled)
            m_clipped = state.isClipEnabled();
        if (flags & DirtyClipPath)
            clip(state.clipPath(), state.clipOperation());
        if (flags & DirtyClipRegion) {
            QPainterPath path;
            path.addRegion(state.clipRegion());
            clip(path, state.clipOperation());
        }
    }

    void drawTextItem(const QPointF &origin, const QTextItem &item) override
    {
        const QRectF logical(origin.x(), origin.y() - item.ascent(), item.width(),
                             item.ascent() + item.descent());
        TextRecorder::Run run;
        run.text = item.text();
        run.font = item.font();
        run.rect = m_transform.mapRect(logical);
        if (m_clipped)
            run.clip = m_clip.boundingRect();
        runs.append(run);
    }

    QList<TextRecorder::Run> runs;

private:
    void clip(const QPainterPath &logical, Qt::ClipOperation operation)
    {
        const QPainterPath path = m_transform.map(logical);
        switch (operation) {
        case Qt::NoClip:
            m_clipped = false;
            m_clip = QPainterPath();
            break;
        case Qt::ReplaceClip:
            m_clipped = true;
            m_clip = path;
            break;
        case Qt::IntersectClip:
            m_clip = m_clipped ? m_clip.intersected(path) : path;
            m_clipped = true;
            break;
        }
    }

    QTransform m_transform;
    bool m_clipped = false;
    QPainterPath m_clip;
};

bool isElided(const QString &text)
{
    return text.trimmed().endsWith(QChar(0x2026));
}

bool endsInWord(const QString &text)
{
    return !text.isEmpty() && !text.back().isSpace();
}

} // namespace

QStringList clippedWidgetText(QWidget *root)
{
    QStringList findings;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, findings);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, findings);
        else if (auto *box = qobject_cast<QComboBox *>(widget))
            checkComboBox(box, findings);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            checkLineEdit(edit, findings);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            checkHeader(header, findings);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            checkItems(view, findings);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            checkTabs(tabs, findings);
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            checkGroupBox(group, findings);
        if (auto *editor = qobject_cast<QAbstractScrollArea *>(widget))
            checkTextEditor(editor, findings);
    }
    return findings;
}

TextRecorder::TextRecorder(QSizeF size, int dpi)
    : m_size(size), m_dpi(dpi), m_engine(std::make_unique<RecordingEngine>())
{
}

TextRecorder::~TextRecorder() = default;

QPaintEngine *TextRecorder::paintEngine() const
{
    return m_engine.get();
}

const QList<TextRecorder::Run> &TextRecorder::runs() const
{
    return static_cast<const RecordingEngine *>(m_engine.get())->runs;
}

int TextRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return int(std::ceil(m_size.width()));
    case PdmHeight:
        return int(std::ceil(m_size.height()));
    case PdmWidthMM:
        return int(std::ceil(m_size.width() * 25.4 / m_dpi));
    case PdmHeightMM:
        return int(std::ceil(m_size.height() * 25.4 / m_dpi));
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

QStringList clippedPaintedText(const TextRecorder &recorder, const QString &sheet)
{
    QStringList findings;
    const QRectF page(QPointF(), recorder.size());
    const QList<TextRecorder::Run> &runs = recorder.runs();
    constexpr double Slack = 0.5; // device pixels of rounding
    for (int i = 0; i < runs.size(); ++i) {
        const TextRecorder::Run &run = runs.at(i);
        if (run.text.trimmed().isEmpty())
            continue;
        const QString where = QStringLiteral("%1: \"%2\"").arg(sheet, run.text);
        if (isElided(run.text)) {
            findings << where + QStringLiteral(" is cut short");
            continue;
        }
        // Text wholly outside its clip is not seen at all; text across its edge is cut.
        const QRectF inside = run.clip.isEmpty() ? page : run.clip & page;
        const bool seen = run.rect.right() > inside.left() && run.rect.left() < inside.right()
                          && run.rect.bottom() > inside.top() && run.rect.top() < inside.bottom();
        if (seen
            && (run.rect.left() < inside.left() - Slack
                || run.rect.right() > inside.right() + Slack))
            findings << where
                            + QStringLiteral(" runs from x %1 to %2, beyond %3 to %4")
                                  .arg(run.rect.left(), 0, 'f', 1)
                                  .arg(run.rect.right(), 0, 'f', 1)
                                  .arg(inside.left(), 0, 'f', 1)
                                  .arg(inside.right(), 0, 'f', 1);
        // Runs on one line need a gap between them, unless a space separates them already.
        for (int j = i + 1; j < runs.size(); ++j) {
            const TextRecorder::Run &other = runs.at(j);
            if (other.text.trimmed().isEmpty())
                continue;
            // On one line: in a like size, with their middles close. A label laid over a
            // drawing in another size (a sheet's name on the overview) is meant to cover it.
            const double lower = std::min(run.rect.height(), other.rect.height());
            const double higher = std::max(run.rect.height(), other.rect.height());
            if (higher > 1.5 * lower
                || std::abs(run.rect.center().y() - other.rect.center().y()) > 0.25 * lower)
                continue;
            const bool runFirst = run.rect.center().x() <= other.rect.center().x();
            const TextRecorder::Run &left = runFirst ? run : other;
            const TextRecorder::Run &right = runFirst ? other : run;
            const double gap = right.rect.left() - left.rect.right();
            const double needed = 0.2 * std::min(run.rect.height(), other.rect.height());
            const bool spaced = !endsInWord(left.text) || right.text.front().isSpace();
            if (gap < (spaced ? -Slack : needed))
                findings << QStringLiteral("%1: \"%2\" and \"%3\" run together")
                                .arg(sheet, left.text, right.text);
        }
    }
    return findings;
}

QStringList brokenWords(QTextDocument *document, const QString &name)
{
    QStringList findings;
    document->documentLayout(); // lays the document out
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 2)
            continue;
        const QString text = block.text();
        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
        for (int i = 0; i + 1 < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int end = line.textStart() + line.textLength();
            if (end <= 0 || end >= text.size())
                continue;
            // A break at a space or where the line breaking rules allow one is no broken word.
            breaks.setPosition(end);
            if (!breaks.isAtBoundary() && !text.at(end).isSpace() && !text.at(end - 1).isSpace())
                findings << QStringLiteral("%1: \"%2\" breaks inside a word after \"%3\"")
                                .arg(name, text, text.left(end));
        }
    }
    return findings;
}

} // namespace weitblick::test::textfit
