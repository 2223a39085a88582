# Precompiled Qt (and Catch2) headers: a fresh build of everything takes about a third less.
# Off when a compiler launcher such as ccache is set: ccache cannot cache compilations that use
# a precompiled header unless told to be sloppy about it, and then every build would miss.
if(CMAKE_CXX_COMPILER_LAUNCHER)
    set(weitblick_pch_default OFF)
else()
    set(weitblick_pch_default ON)
endif()
option(WEITBLICK_PCH "Precompile the Qt headers (off with a compiler launcher such as ccache)"
       ${weitblick_pch_default})

# weitblick_precompile_headers(TARGET [WIDGETS] [CATCH]): the Qt Core and Gui headers most
# sources include; WIDGETS adds the widgets, CATCH the Catch2 header of the tests.
function(weitblick_precompile_headers target)
    if(NOT WEITBLICK_PCH)
        return()
    endif()
    cmake_parse_arguments(PARSE_ARGV 1 arg "WIDGETS;CATCH" "" "")
    set(headers
        <algorithm> <functional> <memory> <optional> <variant>
        <QByteArray> <QColor> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile>
        <QFileInfo> <QHash> <QList> <QLocale> <QObject> <QPointF> <QRectF> <QSet> <QString>
        <QStringList> <QUndoStack>)
    if(arg_WIDGETS)
        list(APPEND headers
            <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
            <QGraphicsItem> <QGraphicsScene> <QGraphicsView> <QHBoxLayout> <QHeaderView>
            <QLabel> <QLineEdit> <QPainter> <QPushButton> <QSpinBox> <QVBoxLayout> <QWidget>)
    endif()
    if(arg_CATCH)
        list(APPEND headers <catch2/catch.hpp> <QTest>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
