#include "fieldbinder.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>

namespace weitblick {

namespace {

// Every live binder, for flushAll(). Widgets live in the GUI thread only.
QList<FieldBinder *> &liveBinders()
{
    static QList<FieldBinder *> binders;
    return binders;
}

} // namespace

FieldBinder::FieldBinder(std::function<void()> commit, QObject *parent)
    : QObject(parent), m_commit(std::move(commit))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &FieldBinder::commitNow);
    liveBinders().append(this);
}

FieldBinder::~FieldBinder()
{
    liveBinders().removeOne(this);
}

void FieldBinder::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, this, &FieldBinder::edited);
    connect(edit, &QLineEdit::editingFinished, this, &FieldBinder::commitNow);
}

void FieldBinder::watch(QPlainTextEdit *edit)
{
    // textChanged also follows loading the field; the commit then finds nothing to write.
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        if (edit->hasFocus())
            edited();
    });
}

void FieldBinder::watch(QSpinBox *spin)
{
    connect(spin, &QSpinBox::editingFinished, this, &FieldBinder::commitNow);
    connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
        if (spin->hasFocus())
            edited();
    });
}

void FieldBinder::watch(QDateEdit *edit)
{
    connect(edit, &QDateEdit::editingFinished, this, &FieldBinder::commitNow);
    connect(edit, &QDateEdit::dateChanged, this, [this, edit] {
        if (edit->hasFocus())
            edited();
    });
    if (QCalendarWidget *calendar = edit->calendarWidget()) {
        // Queued: the edit takes the picked date in its own slot first.
        connect(calendar, &QCalendarWidget::clicked, this, &FieldBinder::commitNow,
                Qt::QueuedConnection);
        connect(calendar, &QCalendarWidget::activated, this, &FieldBinder::commitNow,
                Qt::QueuedConnection);
    }
}

void FieldBinder::edited()
{
    m_pause.start();
}

void FieldBinder::flush()
{
    if (m_pause.isActive())
        commitNow();
}

void FieldBinder::commitNow()
{
    m_pause.stop();
    m_commit();
}

void FieldBinder::flushAll()
{
    // A commit may create or destroy binders (a reload); walk a copy and skip the dead.
    const QList<FieldBinder *> binders = liveBinders();
    for (FieldBinder *binder : binders) {
        if (liveBinders().contains(binder))
            binder->flush();
    }
}

} // namespace weitblick
