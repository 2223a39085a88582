# Checked builds for CI (.ci/run): AddressSanitizer and UndefinedBehaviorSanitizer on every
# target, and the libFuzzer targets of fuzz/. Both are off by default: they are slow to build.
option(WEITBLICK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(WEITBLICK_FUZZ "Build the libFuzzer targets in fuzz/ (clang only; implies WEITBLICK_SANITIZE)" OFF)

if(WEITBLICK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "WEITBLICK_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    set(WEITBLICK_SANITIZE ON)
    # Coverage feedback for libFuzzer in all code; only the fuzz targets link libFuzzer itself,
    # so the tests of the same build folder run as usual.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(WEITBLICK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
    # The sanitizers' default options (leak suppressions for Qt and fontconfig) are compiled
    # into every program, so that a test or fuzz target run by hand behaves as in CI.
    add_library(weitblick_sanitizer_defaults OBJECT ${CMAKE_CURRENT_LIST_DIR}/sanitizerdefaults.cpp)
    set_target_properties(weitblick_sanitizer_defaults PROPERTIES AUTOMOC OFF)
    target_compile_definitions(weitblick_sanitizer_defaults PRIVATE
        WEITBLICK_LSAN_SUPPRESSIONS="${CMAKE_CURRENT_LIST_DIR}/lsan-suppressions.txt")
    link_libraries(weitblick_sanitizer_defaults)
endif()
