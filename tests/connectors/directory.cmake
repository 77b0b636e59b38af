# Directory connector tests: LDIF on small fixtures and the shared corpus, LDAP against a real
# slapd started by the test itself (skipped when slapd is not installed).
add_executable(ldif_test ${CMAKE_CURRENT_LIST_DIR}/ldif_test.cc)
target_link_libraries(ldif_test PRIVATE kennis::connectors GTest::gtest_main)
target_compile_definitions(ldif_test PRIVATE ${KENNIS_TEST_DEFINITIONS})
gtest_discover_tests(ldif_test DISCOVERY_TIMEOUT 30)

add_executable(ldap_test
  ${CMAKE_CURRENT_LIST_DIR}/ldap_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/slapd_fixture.cc
)
target_link_libraries(ldap_test PRIVATE kennis::connectors GTest::gtest_main)
target_compile_definitions(ldap_test PRIVATE ${KENNIS_TEST_DEFINITIONS})
# ctest runs each test in its own process, which starts its own slapd (a few tenths of a second).
math(EXPR ldap_timeout "60 * ${KENNIS_TIMEOUT_FACTOR}")
gtest_discover_tests(ldap_test DISCOVERY_TIMEOUT 30 PROPERTIES TIMEOUT ${ldap_timeout})
