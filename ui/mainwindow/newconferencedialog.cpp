#include "newconferencedialog.h"

#include "templatepreview.h"

#include "core/templates/conferencetemplate.h"
#include "ui/common/messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace weitblick {

namespace {

constexpr int ChoiceRole = Qt::UserRole;

TextLanguage languageAt(const QComboBox *combo)
{
    return TextLanguage(combo->currentData().toInt());
}

} // namespace

NewConferenceDialog::NewConferenceDialog(const QString &templatesFolder,
                                         const QString &languageCode, QWidget *parent)
    : QDialog(parent),
      m_list(new QTreeWidget(this)),
      m_preview(new QTextBrowser(this)),
      m_language(new QComboBox(this)),
      m_languageLabel(new QLabel(tr("&Texts in:"), this)),
      m_fromFile(new QPushButton(tr("Template from &File…"), this))
{
    setWindowTitle(tr("New Conference"));
    m_language->addItem(tr("Deutsch"), int(TextLanguage::German));
    m_language->addItem(tr("English"), int(TextLanguage::English));
    m_language->setCurrentIndex(
        m_language->findData(int(BuiltInTemplates::languageOf(languageCode))));
    m_language->setToolTip(tr("The language of the phases, guiding questions and groups the "
                              "conference starts with"));
    m_choices = TemplateLibrary::builtIns(languageAt(m_language));
    m_choices += TemplateLibrary::saved(templatesFolder);

    m_list->setObjectName(QStringLiteral("templates"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(340);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    m_fromFile->setToolTip(tr("Start from a template file a colleague sent, or from the "
                              "structure of an earlier conference"));
    fillList();

    m_languageLabel->setBuddy(m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Create…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addWidget(m_fromFile);
    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn);
    columns->addWidget(m_preview, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_languageLabel);
    bottom->addWidget(m_language);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, ChoiceRole).isValid()) {
            m_current = item->data(0, ChoiceRole).toInt();
            showChoice();
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, ChoiceRole).isValid())
            accept();
    });
    connect(m_fromFile, &QPushButton::clicked, this, &NewConferenceDialog::chooseTemplateFile);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &NewConferenceDialog::changeLanguage);
    resize(1000, 680);
    showChoice();
}

const TemplateChoice &NewConferenceDialog::choice() const
{
    return m_choices.at(m_current);
}

Conference NewConferenceDialog::conference() const
{
    return ConferenceTemplate::newConferenceFrom(choice().structure);
}

void NewConferenceDialog::fillList()
{
    QTreeWidgetItem *methods = addHeading(tr("Methods"));
    for (int i = 0; i < MethodCount; ++i)
        addChoice(methods, i);
    m_saved = addHeading(tr("Your templates"));
    for (int i = MethodCount; i < m_choices.size(); ++i)
        addChoice(m_saved, i);
    if (m_saved->childCount() == 0) {
        // Short, so that the list need not be wide; the tooltip says where templates come from.
        m_noneSaved = new QTreeWidgetItem(m_saved, {tr("None saved yet")});
        m_noneSaved->setToolTip(0, tr("File › Save as Template… keeps the structure of a "
                                      "conference here."));
        m_noneSaved->setFlags(Qt::NoItemFlags);
    }
    m_list->expandAll();
    m_list->setCurrentItem(methods->child(0));
}

QTreeWidgetItem *NewConferenceDialog::addHeading(const QString &text)
{
    auto *item = new QTreeWidgetItem(m_list, {text});
    QFont font = m_list->font();
    font.setBold(true);
    item->setFont(0, font);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

QTreeWidgetItem *NewConferenceDialog::addChoice(QTreeWidgetItem *heading, int index)
{
    const TemplateChoice &choice = m_choices.at(index);
    auto *item = new QTreeWidgetItem(heading, {choice.name});
    item->setData(0, ChoiceRole, index);
    item->setToolTip(0, messages::plainToolTip(
                            choice.path.isEmpty() ? choice.name
                                                  : QDir::toNativeSeparators(choice.path)));
    return item;
}

QTreeWidgetItem *NewConferenceDialog::itemOf(int index) const
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, ChoiceRole) == index)
            return *it;
    }
    return nullptr;
}

void NewConferenceDialog::chooseTemplateFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Template from File"), QDir::homePath(),
        tr("Weitblick templates and conferences (*.weitblick);;All files (*)"));
    if (!path.isEmpty())
        addTemplateFile(path);
}

bool NewConferenceDialog::addTemplateFile(const QString &path)
{
    // A file picked again is the same choice (by its canonical path: a link or ./ in the path
    // name the same file).
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (int i = MethodCount; i < m_choices.size(); ++i) {
        if (!canonical.isEmpty()
            && QFileInfo(m_choices.at(i).path).canonicalFilePath() == canonical) {
            m_list->setCurrentItem(itemOf(i));
            return true;
        }
    }
    QString error;
    std::optional<TemplateChoice> choice = TemplateLibrary::fromFile(path, &error);
    if (!choice) {
        messages::warn(this, tr("Template from File"), error);
        return false;
    }
    m_choices.append(std::move(*choice));
    delete m_noneSaved;
    m_noneSaved = nullptr;
    // Files picked here go at the end of "Your templates".
    m_list->setCurrentItem(addChoice(m_saved, int(m_choices.size() - 1)));
    return true;
}

void NewConferenceDialog::changeLanguage()
{
    const QList<TemplateChoice> builtIns = TemplateLibrary::builtIns(languageAt(m_language));
    for (int i = 0; i < MethodCount; ++i)
        m_choices[i] = builtIns.at(i);
    showChoice();
}

void NewConferenceDialog::showChoice()
{
    const TemplateChoice &current = choice();
    // Only the built-in templates come in both languages; a saved one keeps its own.
    const bool builtIn = current.method.has_value();
    m_language->setHidden(!builtIn);
    m_languageLabel->setHidden(!builtIn);
    m_preview->setHtml(TemplatePreview::html(current));
}

} // namespace weitblick
