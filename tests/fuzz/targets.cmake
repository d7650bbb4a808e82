# The fuzz targets, shared by the libFuzzer build (tests/fuzz/CMakeLists.txt, the `fuzz` preset)
# and the corpus replay of every build (tests/fuzz/replay.cmake, from tests/CMakeLists.txt).
# Each tests/fuzz/fuzz_NAME.cpp defines LLVMFuzzerTestOneInput; its corpus is
# tests/fuzz/corpus/NAME.
set(BRIEFBOOK_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
set(BRIEFBOOK_FUZZ_TARGETS load_briefing build_book paragraph layout)

# An executable of one target: its source, the shared support, the engine, and ARGN (a main).
function(briefbook_fuzz_executable name target)
  add_executable(${name} ${BRIEFBOOK_FUZZ_DIR}/fuzz_${target}.cpp ${BRIEFBOOK_FUZZ_DIR}/fuzz_support.cpp ${ARGN})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src ${BRIEFBOOK_FUZZ_DIR})
  target_link_libraries(${name} PRIVATE briefbook_engine)
  target_compile_definitions(${name} PRIVATE BRIEFBOOK_FUZZ_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()
