#include "typingchild.h"

#include "core/commands/commands.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"
#include "ui/measures/measureeditor.h"
#include "ui/measures/measurespage.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

namespace weitblick::test {

int runTypingChild(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    MainWindow window;
    if (!window.openFile(QString::fromLocal8Bit(argv[2])))
        return 1;
    window.show();
    window.workspace()->showPage(PhaseNavigator::Page::Measures);
    auto *page = qobject_cast<MeasuresPage *>(window.workspace()->currentPage());
    if (!page)
        return 1;
    const Id first = page->editor()->measure();
    QLineEdit *title = page->editor()->titleEdit();
    QApplication::setActiveWindow(&window);
    title->setFocus();
    title->selectAll();
    QObject::connect(window.document()->undoStack(), &QUndoStack::indexChanged, [&] {
        const Measure *measure = window.document()->conference().find<Measure>(first);
        if (measure && measure->title == typingChildTitle()) {
            std::fprintf(stdout, "saved\n");
            std::fflush(stdout);
        }
    });
    QTest::keyClicks(title, typingChildTitle());
    // The focus stays in the title until the process is killed.
    return app.exec();
}

} // namespace weitblick::test
