# Fails when a German translation is missing: runs lupdate over the sources into a copy of the
# committed German .ts, so that a string added since the last translation counts as missing too.
# Expects LUPDATE, SOURCE_DIR, TS and WORK_DIR.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/weitblick_de_check.ts")
configure_file("${TS}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/core" "${SOURCE_DIR}/net" "${SOURCE_DIR}/ui"
            -ts "${copy}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()

file(READ "${copy}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
    list(SUBLIST missing 0 15 shown)
    string(REPLACE ";" "\n" shown "${shown}")
    message(FATAL_ERROR "${count} German translation(s) missing, for example:\n${shown}")
endif()
string(REGEX MATCHALL "<message" messages "${content}")
list(LENGTH messages total)
message(STATUS "All ${total} messages are translated into German.")
