#include "messages.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace weitblick::messages {

static int show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                const QString &text, QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return box.exec();
}

void warn(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok);
}

void warn(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(details); // always plain text
    box.exec();
}

void inform(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

bool ask(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Question, title, text,
                QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
}

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)
};
} // namespace

bool confirmDelete(QWidget *parent, const QString &title, const QString &text,
                   const QString &button)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *remove = box.addButton(button.isEmpty() ? Messages::tr("Delete") : button,
                                        QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace weitblick::messages
