#include "startpage.h"

#include "recentfiles.h"

#include "ui/common/messages.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace weitblick {

namespace {

QPushButton *bigButton(const QString &text, const QString &hint, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(hint);
    button->setMinimumHeight(56);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    button->setFont(font);
    return button;
}

} // namespace

StartPage::StartPage(RecentFiles *recentFiles, QWidget *parent)
    : QWidget(parent), m_recentFiles(recentFiles), m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Weitblick"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Run your Zukunftskonferenz: phases, cards, clusters, dot "
                                   "votes and measures – every change saved as you make it."),
                                this);
    subtitle->setWordWrap(true);

    auto *newButton = bigButton(tr("New Conference…"),
                                tr("Start a conference from a method or one of your templates"),
                                this);
    auto *openButton = bigButton(tr("Open…"), tr("Open a conference file"), this);
    auto *sampleButton = bigButton(tr("Open the Sample"),
                                   tr("A complete sample conference for a town centre"), this);
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(sampleButton, &QPushButton::clicked, this, &StartPage::openSampleRequested);

    auto *recentLabel = new QLabel(tr("Recent Conferences"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent->setAlternatingRowColors(true);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openFileRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(24);
    column->addWidget(newButton);
    column->addWidget(openButton);
    column->addWidget(sampleButton);
    column->addSpacing(24);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);

    auto *centred = new QHBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(column, 2);
    centred->addStretch(1);
    centred->setContentsMargins(24, 48, 24, 24);

    connect(m_recentFiles, &RecentFiles::changed, this, &StartPage::showRecentFiles);
    showRecentFiles();
}

void StartPage::showRecentFiles()
{
    m_recent->clear();
    for (const QString &path : m_recentFiles->files()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            tr("%1   (%2)").arg(m_recentFiles->label(path),
                               QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(messages::plainToolTip(QDir::toNativeSeparators(path)));
        if (!info.exists())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_recentFiles->files().isEmpty()) {
        auto *item = new QListWidgetItem(tr("No conferences opened yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace weitblick
