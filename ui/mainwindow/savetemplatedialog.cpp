#include "savetemplatedialog.h"

#include "core/templates/conferencetemplate.h"
#include "core/templates/templatelibrary.h"
#include "ui/common/messages.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace weitblick {

SaveTemplateDialog::SaveTemplateDialog(const Conference &conference,
                                       const QString &templatesFolder, const QString &openFile,
                                       QWidget *parent)
    : QDialog(parent),
      m_conference(conference),
      m_folder(templatesFolder),
      m_openFile(openFile),
      m_name(new QLineEdit(conference.info().title, this)),
      m_description(new QPlainTextEdit(this)),
      m_where(new QLabel(this))
{
    setWindowTitle(tr("Save as Template"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the template is for, so that a colleague can "
                                         "choose it"));
    if (conference.info().isTemplate)
        m_description->setPlainText(conference.info().notes);
    m_where->setObjectName(QStringLiteral("where"));
    m_where->setTextFormat(Qt::PlainText);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *keeps = new QLabel(tr("The template keeps the phases with their guiding questions, "
                                "time boxes and walls, the stakeholder groups, the tables and "
                                "the dot votes. It leaves out the participants, cards, "
                                "clusters, dots and measures, the devices that joined, the "
                                "place, the dates and the moderators."),
                             this);
    keeps->setWordWrap(true);
    auto *otherPlace = new QPushButton(tr("&Other Place…"), this);
    otherPlace->setToolTip(tr("Save the template as a file of its own, for example to mail it "
                              "to a colleague"));
    connect(otherPlace, &QPushButton::clicked, this, &SaveTemplateDialog::chooseOtherPlace);
    connect(m_name, &QLineEdit::textChanged, this, &SaveTemplateDialog::showPath);

    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(m_where, 1);
    whereRow->addWidget(otherPlace, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Save to:"), whereRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!name().isEmpty());
    });
    buttons->button(QDialogButtonBox::Save)->setEnabled(!name().isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(keeps);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
    showPath();
}

QString SaveTemplateDialog::name() const
{
    return m_name->text().simplified();
}

QString SaveTemplateDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

QString SaveTemplateDialog::path() const
{
    if (!m_chosenPath.isEmpty())
        return m_chosenPath;
    return QDir(m_folder).filePath(TemplateLibrary::fileNameFor(name(), tr("Template")));
}

void SaveTemplateDialog::setPath(const QString &path)
{
    m_chosenPath = path;
    showPath();
}

void SaveTemplateDialog::showPath()
{
    m_where->setText(m_chosenPath.isEmpty()
                         ? tr("%1 – “New conference” offers it")
                               .arg(QDir::toNativeSeparators(path()))
                         : QDir::toNativeSeparators(m_chosenPath));
}

void SaveTemplateDialog::chooseOtherPlace()
{
    QFileDialog dialog(this, tr("Save Template as"), path(),
                       tr("Weitblick templates (*.weitblick)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("weitblick"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setPath(dialog.selectedFiles().constFirst());
}

bool SaveTemplateDialog::save()
{
    const QString target = path();
    const QFileInfo info(target);
    if (!m_openFile.isEmpty()
        && info.absoluteFilePath() == QFileInfo(m_openFile).absoluteFilePath()) {
        messages::warn(this, windowTitle(),
                       tr("%1 is the conference open in this window. Choose another name for "
                          "the template.")
                           .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    // A file chosen in the file dialog was asked about there already.
    if (m_chosenPath.isEmpty() && info.exists()
        && !messages::ask(this, windowTitle(),
                          tr("There is a template %1 already. Replace it?")
                              .arg(QDir::toNativeSeparators(target))))
        return false;
    QString error;
    if (!QDir().mkpath(info.absolutePath())
        || !ConferenceTemplate::write(target, m_conference, name(), description(), &error)) {
        messages::warn(this, windowTitle(),
                       error.isEmpty() ? tr("Weitblick cannot create the folder %1.")
                                             .arg(QDir::toNativeSeparators(info.absolutePath()))
                                       : error);
        return false;
    }
    return true;
}

void SaveTemplateDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace weitblick
