# File-share connector tests: each extractor on hand-made fixtures (testdata/files/, written by
# make_fixtures.py), the child-process isolation, the crawler, and a sample of the shared corpus.
math(EXPR files_timeout "60 * ${KENNIS_TIMEOUT_FACTOR}")
foreach(name extract_test file_share_test)
  add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.cc)
  target_link_libraries(${name} PRIVATE kennis::connectors GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE ${KENNIS_TEST_DEFINITIONS})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 30 PROPERTIES TIMEOUT ${files_timeout})
endforeach()
