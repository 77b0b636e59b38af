# Chat connector tests: Slack and Viva Engage exports (fixtures in testdata/, ZIPs built at test
# time with libarchive) and, when present, the shared dev corpus.
find_package(LibArchive REQUIRED)
foreach(name slack_test viva_engage_test)
  add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.cc)
  target_link_libraries(${name} PRIVATE kennis::connectors LibArchive::LibArchive GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE ${KENNIS_TEST_DEFINITIONS})
  target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 30)
endforeach()
