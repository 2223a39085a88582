# Fails when a test uses QtTest's verifying macros (QVERIFY, QCOMPARE, QTRY_*). Inside Catch2
# they only return from the test function when they fail, so Catch counts the case as passed:
# a test that cannot fail. Wait with QTest::qWaitFor and check with REQUIRE instead.
# Expects SOURCE_DIR (the tests folder).
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.cpp" "${SOURCE_DIR}/*.h")
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "(^|[^A-Za-z_])Q(VERIFY|COMPARE|TRY_[A-Z_]+)[ ]*\\(")
    foreach(line IN LISTS lines)
        string(APPEND found "\n  ${source}: ${line}")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "QtTest's macros do not fail a Catch2 test; use REQUIRE:${found}")
endif()
