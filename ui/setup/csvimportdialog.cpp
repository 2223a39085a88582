#include "csvimportdialog.h"

#include "setuplists.h"

#include "core/document/conferencedocument.h"
#include "core/io/importlookup.h"
#include "core/io/importreport.h"
#include "ui/common/messages.h"
#include "ui/common/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace weitblick {

namespace {

const QColor problemBackground(0xfd, 0xe0, 0xdc);

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(','))
        return CsvImportDialog::tr("comma (,)");
    if (separator == QLatin1Char(';'))
        return CsvImportDialog::tr("semicolon (;)");
    if (separator == QLatin1Char('\t'))
        return CsvImportDialog::tr("tab");
    return QStringLiteral("“%1”").arg(separator);
}

} // namespace

CsvImportDialog::CsvImportDialog(ConferenceDocument *document, Kind kind, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_kind(std::move(kind)),
      m_file(new QLabel(this)),
      m_choose(new QPushButton(tr("&Choose File…"), this)),
      m_format(new QLabel(this)),
      m_preview(new QTableWidget(this)),
      m_problemsTitle(new QLabel(this)),
      m_problemList(new QListWidget(this)),
      m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(m_kind.title);
    for (QLabel *label : {m_file, m_format, m_problemsTitle, m_summary}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setText(m_kind.intro);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    // Each column header holds its name above the selector of what the column holds.
    QHeaderView *header = m_preview->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    {
        QComboBox probe;
        header->setFixedHeight(header->fontMetrics().height() + probe.sizeHint().height() + 12);
    }
    connect(header, &QHeaderView::sectionResized, this, &CsvImportDialog::placeSelectors);
    connect(header, &QHeaderView::geometriesChanged, this, &CsvImportDialog::placeSelectors);
    connect(m_preview->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &CsvImportDialog::placeSelectors);
    m_preview->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->setToolTip(tr("Choose in each column's header what it holds. The numbers on the "
                             "left are the lines of the file."));
    QFont bold = m_problemsTitle->font();
    bold.setBold(true);
    m_problemsTitle->setFont(bold);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_format);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problemList);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::importRows);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    // A problem in the preview: show its row.
    connect(m_problemList, &QListWidget::currentRowChanged, this, [this](int index) {
        if (index >= ImportReport::shownProblems)
            return; // "and N more"
        const int line = m_problems.value(index).line;
        for (int row = 0; row < m_preview->rowCount(); ++row) {
            if (m_preview->verticalHeaderItem(row)->data(Qt::UserRole).toInt() == line)
                m_preview->scrollToItem(m_preview->item(row, 0));
        }
    });

    showTable();
    screenfit::resize(this, QSize(900, 620));
}

CsvImportDialog::~CsvImportDialog()
{
    hide();
}

int CsvImportDialog::chooseAndImport(CsvImportDialog &dialog)
{
    if (!dialog.chooseFile())
        return 0;
    return dialog.exec() == QDialog::Accepted ? dialog.importedCount() : 0;
}

bool CsvImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, m_kind.title, QDir::homePath(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    loadFile(path);
    return true;
}

bool CsvImportDialog::loadFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    QString error;
    std::optional<CsvTable> table = CsvReader::readFile(path, &error);
    if (table)
        m_import = m_kind.read(std::move(*table));
    else
        m_import.reset();
    showTable();
    if (!table) {
        m_problems = {{0, error}};
        showProblems();
        return false;
    }
    mappingChanged();
    return true;
}

void CsvImportDialog::showTable()
{
    m_filling = true;
    qDeleteAll(m_selectors);
    m_selectors.clear();
    m_preview->clear();
    if (!m_import) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_format->clear();
        m_format->hide();
        m_problems.clear();
        showProblems();
        m_filling = false;
        return;
    }
    const CsvTable &table = m_import->table();
    m_format->setText(tr("Separator: %1 · Encoding: %2 · %n row(s) below the header", nullptr,
                         int(table.rows.size()))
                          .arg(separatorName(table.separator), table.encodingName));
    m_format->show();

    const int columns = int(table.header.size());
    // The first rows, and after them the ragged rows further down (their cells are what the
    // moderator needs to see to mend them).
    QList<int> shown;
    for (int row = 0; row < table.rows.size() && shown.size() < 2 * PreviewRows; ++row) {
        if (row < PreviewRows || ImportLookup::isRagged(table.rows.at(row), columns))
            shown.append(row);
    }
    const int rows = int(shown.size());
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(table.header);

    const QList<int> mapping = m_import->mapping();
    QWidget *headerViewport = m_preview->horizontalHeader()->viewport();
    for (int column = 0; column < columns; ++column) {
        auto *combo = new QComboBox(headerViewport);
        for (int f = 0; f < m_import->fieldCount(); ++f)
            combo->addItem(m_import->fieldName(f), f);
        combo->setCurrentIndex(combo->findData(mapping.value(column)));
        combo->setToolTip(messages::plainToolTip(
            tr("What column “%1” holds").arg(table.header.at(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                mappingChanged();
        });
        combo->show();
        m_selectors.append(combo);
    }
    for (int row = 0; row < rows; ++row) {
        const QStringList &cells = table.rows.at(shown.at(row));
        const int line = table.lineNumbers.value(shown.at(row));
        auto *lineItem = new QTableWidgetItem(QString::number(line));
        lineItem->setData(Qt::UserRole, line);
        m_preview->setVerticalHeaderItem(row, lineItem);
        for (int column = 0; column < columns; ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.value(column)));
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < columns; ++column) {
        const int comboWidth = m_selectors.at(column)->sizeHint().width() + 8;
        m_preview->setColumnWidth(column,
                                  qBound(comboWidth, m_preview->columnWidth(column), 320));
    }
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 10);
    placeSelectors();
    m_filling = false;
}

void CsvImportDialog::placeSelectors()
{
    const QHeaderView *header = m_preview->horizontalHeader();
    for (int column = 0; column < m_selectors.size(); ++column) {
        QComboBox *combo = m_selectors.at(column);
        const int height = combo->sizeHint().height();
        combo->setGeometry(header->sectionViewportPosition(column) + 3,
                           header->height() - height - 4, header->sectionSize(column) - 6,
                           height);
    }
}

QList<int> CsvImportDialog::fieldMapping() const
{
    QList<int> fields;
    for (const QComboBox *combo : m_selectors)
        fields.append(combo->currentData().toInt());
    return fields;
}

void CsvImportDialog::setFieldMapping(const QList<int> &mapping)
{
    m_filling = true;
    for (int column = 0; column < m_selectors.size(); ++column) {
        QComboBox *combo = m_selectors.at(column);
        combo->setCurrentIndex(combo->findData(mapping.value(column)));
    }
    m_filling = false;
    mappingChanged();
}

void CsvImportDialog::mappingChanged()
{
    if (!m_import)
        return;
    m_import->setMapping(fieldMapping());
    const ChangeSet changes = m_import->plan(m_document->conference(), &m_problems);
    if (m_problems.isEmpty() && m_document->isReadOnly())
        m_problems.append({0, m_document->readOnlyReason()});

    int added = 0;
    int tables = 0;
    for (const EntityChange &change : changes.changes()) {
        added += change.kind() == m_kind.added;
        tables += change.kind() == EntityKind::Table;
    }
    if (m_problems.isEmpty()) {
        QString summary = m_kind.willBeAdded(added);
        if (tables > 0)
            summary = tr("%1, and %n new table(s) created", nullptr, tables).arg(summary);
        const int leftOut = int(m_import->table().rows.size()) - added;
        if (leftOut > 0) {
            summary = tr("%1; %n row(s) already in the conference are left out", nullptr, leftOut)
                          .arg(summary);
        }
        m_summary->setText(summary + QLatin1Char('.'));
    } else {
        m_summary->setText(tr("Nothing is imported until every problem is solved: correct the "
                              "file, or choose what the columns hold."));
    }
    showProblems();
}

QStringList CsvImportDialog::problemTexts() const
{
    return ImportReport::problemTexts(m_problems);
}

void CsvImportDialog::showProblems()
{
    m_problemList->clear();
    m_problemList->addItems(problemTexts());
    m_problemsTitle->setText(m_problems.isEmpty()
                                 ? tr("No problems found.")
                                 : tr("%n problem(s):", nullptr, int(m_problems.size())));
    m_problemList->setVisible(!m_problems.isEmpty());
    // Room for up to six problems; more scroll.
    const int rows = int(qBound(qsizetype(1), m_problems.size(), qsizetype(6)));
    m_problemList->setFixedHeight(rows * (m_problemList->fontMetrics().height() + 4)
                                  + 2 * m_problemList->frameWidth() + 4);
    if (!m_import && m_problems.isEmpty()) {
        m_problemsTitle->hide();
        m_summary->hide();
    } else {
        m_problemsTitle->show();
        m_summary->setVisible(m_import != nullptr);
    }

    // Mark the previewed rows that have a problem.
    QHash<int, QStringList> messagesOfLine;
    for (const ImportProblem &problem : m_problems)
        messagesOfLine[problem.line].append(problem.message);
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const int line = m_preview->verticalHeaderItem(row)->data(Qt::UserRole).toInt();
        const QStringList messages = messagesOfLine.value(line);
        for (int column = 0; column < m_preview->columnCount(); ++column) {
            QTableWidgetItem *item = m_preview->item(row, column);
            item->setBackground(messages.isEmpty() ? QBrush() : QBrush(problemBackground));
            item->setToolTip(messages::plainToolTip(messages.join(QLatin1Char('\n'))));
        }
    }
    m_importButton->setEnabled(canImport());
}

bool CsvImportDialog::canImport() const
{
    return m_import && m_problems.isEmpty() && !m_document->isReadOnly();
}

bool CsvImportDialog::importRows()
{
    if (!canImport())
        return false;
    const int added = m_import->apply(m_document, &m_problems);
    if (added < 0) {
        showProblems();
        return false;
    }
    m_imported = added;
    accept();
    return true;
}

} // namespace weitblick
