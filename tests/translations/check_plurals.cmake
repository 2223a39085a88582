# Fails when the English interface would show "(s)": every message with %n needs its English
# singular and plural in the committed English .ts (lupdate over the current sources into a copy,
# so that a message added since the last update counts as missing), no English form may keep
# "(s)", and no message without %n may have "(s)" in its source text.
# Expects LUPDATE, SOURCE_DIR, TS (the English .ts) and WORK_DIR.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(plurals "${WORK_DIR}/weitblick_en_check.ts")
set(everything "${WORK_DIR}/weitblick_all_check.ts")
configure_file("${TS}" "${plurals}" COPYONLY)
file(REMOVE "${everything}")
foreach(target IN ITEMS "${plurals}" "${everything}")
    if(target STREQUAL plurals)
        set(only -pluralonly)
    else()
        set(only)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h ${only}
                "${SOURCE_DIR}/app" "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" -ts "${target}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result})")
    endif()
endforeach()

file(READ "${plurals}" content)
set(problems "")
# Each %n message: translated, two forms, each with %n and without "(s)".
string(REGEX MATCHALL "<message numerus=\"yes\">.*</message>" messages "${content}")
string(REPLACE "</message>" "</message>;" messages "${messages}")
set(count 0)
foreach(message IN LISTS messages)
    if(NOT message MATCHES "<source>([^<]*)</source>")
        continue()
    endif()
    set(source "${CMAKE_MATCH_1}")
    math(EXPR count "${count} + 1")
    string(REGEX MATCHALL "<numerusform>[^<]*</numerusform>" forms "${message}")
    list(LENGTH forms formCount)
    if(message MATCHES "type=\"unfinished\"" OR NOT formCount EQUAL 2)
        list(APPEND problems "no English singular and plural: ${source}")
        continue()
    endif()
    foreach(form IN LISTS forms)
        if(form MATCHES "\\(s\\)" OR NOT form MATCHES "%n" OR form MATCHES "<numerusform></numerusform>")
            list(APPEND problems "English form ${form} of: ${source}")
        endif()
    endforeach()
endforeach()

# A message without %n shows its source text in English as it is.
file(READ "${everything}" all)
string(REGEX MATCHALL "<message>[ \n\r\t]*<source>[^<]*\\(s\\)[^<]*</source>" singles "${all}")
foreach(single IN LISTS singles)
    string(REGEX REPLACE ".*<source>([^<]*)</source>" "\\1" single "${single}")
    list(APPEND problems "\"(s)\" without %n: ${single}")
endforeach()

list(LENGTH problems problemCount)
if(problemCount GREATER 0)
    string(REPLACE ";" "\n" problems "${problems}")
    message(FATAL_ERROR "${problemCount} English plural problem(s):\n${problems}")
endif()
message(STATUS "All ${count} messages with %n have English singular and plural forms.")
