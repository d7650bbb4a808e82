# Every build replays the fuzz corpora as ordinary tests (fuzz.replay.NAME): each target's
# LLVMFuzzerTestOneInput linked with a plain main() that feeds it every file of its corpus.
include(${CMAKE_CURRENT_LIST_DIR}/targets.cmake)
foreach(target IN LISTS BRIEFBOOK_FUZZ_TARGETS)
  briefbook_fuzz_executable(fuzz_replay_${target} ${target} ${BRIEFBOOK_FUZZ_DIR}/replay_main.cpp)
  add_test(NAME fuzz.replay.${target} COMMAND fuzz_replay_${target} ${BRIEFBOOK_FUZZ_DIR}/corpus/${target})
  set_tests_properties(fuzz.replay.${target} PROPERTIES TIMEOUT 600)
endforeach()
