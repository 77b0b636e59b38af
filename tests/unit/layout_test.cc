// The index layout (schema.h) pinned: prefixes, slots and the spelling of every boolean term,
// as the writer puts them on a document and the readers ask for them. A change here is a
// change of kLayoutVersion (old indexes must be rebuilt), so this test fails first.
#include <gtest/gtest.h>

#include <set>
#include <variant>

#include "kennis/index_reader.h"
#include "kennis/index_writer.h"
#include "kennis/records.h"
#include "kennis/schema.h"
#include "stored_record.h"
#include "test_index.h"

namespace kennis {
namespace {

TEST(Layout, VersionsAndSlots) {
  EXPECT_EQ(layout::kLayoutVersion, 4);
  EXPECT_EQ(kStoredRecordVersion, 1);
  const std::pair<Xapian::valueno, Xapian::valueno> slots[] = {
      {layout::kCreatedSlot, 0}, {layout::kUpdatedSlot, 1}, {layout::kKindSlot, 2},      {layout::kLangSlot, 3},
      {layout::kGroupSlot, 4},   {layout::kPeopleSlot, 5},  {layout::kYearSlot, 6},      {layout::kSourceSlot, 7},
      {layout::kFingerprintSlot, 8}, {layout::kIdTermSlot, 9}, {layout::kFacetsSlot, 13}, {layout::kItemSlot, 14},
  };
  for (const auto& [slot, number] : slots) EXPECT_EQ(slot, number);
}

TEST(Layout, TermsAreSpelledOnce) {
  EXPECT_EQ(layout::kind_term(Kind::kPost), "XKpost");
  EXPECT_EQ(layout::kind_term(Kind::kDocument), "XKdocument");
  EXPECT_EQ(layout::kind_term(Kind::kProfile), "XKprofile");
  EXPECT_EQ(layout::public_access_term(), "XApublic");
  EXPECT_EQ(layout::group_access_term("Bestuur"), "XAg:bestuur");
  EXPECT_EQ(layout::person_access_term("Jan@Example.org"), "XAu:jan@example.org");
  EXPECT_EQ(layout::person_term("Anna"), "XPanna");
  EXPECT_EQ(layout::year_term("2024"), "XY2024");
  EXPECT_EQ(layout::id_term("post", "p1"), "Qpost:p1");
  EXPECT_EQ(layout::stem_term("S", "de", "projekt"), "ZSde:projekt");
  EXPECT_EQ(layout::facet_entry(layout::FacetField::kGroup, "ICT"), "gICT");
}

// What the writer puts on a document, term by term and slot by slot.
TEST(Layout, TheWriterUsesTheBuilders) {
  const RecordSchemas schemas;
  const Analyzer analyzer;
  auto parsed = parse_record(Kind::kPost,
                             R"({"id":"p1","body":"Hallo","lang":"nl","author":"Anna","group":"ICT","thread":"t1",)"
                             R"("tags":["Energie"],"created":"2024-03-01T09:30:00Z","acl":{"groups":["Bestuur"],"persons":["jan@x.org"]}})",
                             schemas);
  ASSERT_TRUE(std::holds_alternative<Record>(parsed));
  const PreparedDocument prepared = prepare_document(std::get<Record>(parsed), analyzer, MappingOptions{});
  const Xapian::Document& doc = prepared.document;
  std::set<std::string> terms;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
    if ((*t)[0] == 'X' || (*t)[0] == 'Q' || (*t)[0] == 'L') terms.insert(*t);
  EXPECT_EQ(terms, (std::set<std::string>{"Qpost:p1", "XKpost", "XPanna", "XGict", "Lnl", "XTenergie", "XHt1",
                                          "XAg:bestuur", "XAu:jan@x.org", "XY2024"}));
  EXPECT_EQ(doc.get_value(layout::kKindSlot), "post");
  EXPECT_EQ(doc.get_value(layout::kIdTermSlot), "Qpost:p1");
  const layout::ItemValues item = layout::unserialise_item(doc.get_value(layout::kItemSlot));
  EXPECT_FALSE(item.is_document);
  EXPECT_EQ(item.people, std::vector<std::string>{"Anna"});
  EXPECT_EQ(item.thread, "XHt1");
  EXPECT_EQ(item.id_term, "Qpost:p1");
  EXPECT_EQ(item.created, std::optional<int64_t>(1709285400));
  EXPECT_EQ(layout::unserialise_list(doc.get_value(layout::kFacetsSlot)),
            (std::vector<std::string>{"kpost", "lnl", "gICT", "aAnna", "y2024"}));
  EXPECT_TRUE(read_stored_record(doc.get_data()).has_value());
}

// The reader asks for the writer's terms: a caller in the record's group, or named by it, sees it.
TEST(Layout, TheReadersAccessFilterMatchesTheWritersTerms) {
  const std::string dir = test::fresh_dir();
  test::build_index(dir, {{Kind::kPost, R"({"id":"p1","body":"Hallo","author":"a","created":"2024-03-01T09:30:00Z","acl":{"groups":["Bestuur"],"persons":["Jan@X.org"]}})"}});
  const IndexReader reader(dir);
  auto sees = [&](const Caller& caller) {
    bool found = false;
    reader.read([&](const IndexReader::View& view) {
      Xapian::Enquire enquire(view.db());
      enquire.set_query(view.access(caller));
      found = enquire.get_mset(0, 1).size() == 1;
    });
    return found;
  };
  EXPECT_TRUE(sees(Caller{"", {"bestuur"}, {}}));
  EXPECT_TRUE(sees(Caller{"jan@x.org", {}, {}}));
  EXPECT_TRUE(sees(Caller{"u1", {}, {"JAN@x.org"}}));
  EXPECT_FALSE(sees(Caller{}));
  EXPECT_FALSE(sees(Caller{"piet", {"ict"}, {}}));
}

}  // namespace
}  // namespace kennis
