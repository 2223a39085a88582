#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace weitblick {

// Saves what is typed into a form without waiting for the field to lose the focus: a pause in
// typing (PauseMs) commits, and so does leaving the field. The commit function reads the
// fields and writes what changed through core/commands, so every field and pause is one undo
// step, not every keystroke. Pages and windows call flushAll() before the page changes, the
// document closes or the application quits, so that no pause is still waiting then.
class FieldBinder : public QObject
{
    Q_OBJECT

public:
    // Short enough that a kill or a power cut loses at most this much of the typing.
    static constexpr int PauseMs = 700;

    explicit FieldBinder(std::function<void()> commit, QObject *parent = nullptr);
    ~FieldBinder() override;

    // Typing waits for the pause; leaving the field (editingFinished) commits at once.
    void watch(QLineEdit *edit);
    void watch(QPlainTextEdit *edit);
    void watch(QSpinBox *spin);
    // A date picked from the calendar is final: it commits at once.
    void watch(QDateEdit *edit);

    // Something was typed: commit after the next pause.
    void edited();
    // Commits now if an edit waits for its pause.
    void flush();
    // Commits now, whether an edit waits or not (the field was left).
    void commitNow();
    bool isPending() const { return m_pause.isActive(); }

    // Commits every waiting edit of every binder.
    static void flushAll();

private:
    std::function<void()> m_commit;
    QTimer m_pause;
};

} // namespace weitblick
