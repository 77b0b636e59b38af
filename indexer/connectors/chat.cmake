# Chat connectors: Slack workspace exports and Viva Engage (Yammer) network data exports.
# Exports are read in place, folders or ZIP files (libarchive); Engage CSV through libcsv.
find_package(LibArchive REQUIRED)
find_path(LIBCSV_INCLUDE_DIR csv.h REQUIRED)
find_library(LIBCSV_LIBRARY csv REQUIRED)
target_sources(kennis_connectors PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/chat_csv.cc
  ${CMAKE_CURRENT_LIST_DIR}/chat_export.cc
  ${CMAKE_CURRENT_LIST_DIR}/chat_mrkdwn.cc
  ${CMAKE_CURRENT_LIST_DIR}/chat_text.cc
  ${CMAKE_CURRENT_LIST_DIR}/slack.cc
  ${CMAKE_CURRENT_LIST_DIR}/viva_engage.cc
)
target_include_directories(kennis_connectors PRIVATE ${LIBCSV_INCLUDE_DIR})
target_link_libraries(kennis_connectors PRIVATE LibArchive::LibArchive ${LIBCSV_LIBRARY})
