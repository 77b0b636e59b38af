// parse_record() for every kind against the embedded schemas, and the RFC 3339 helpers.
#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kennis/document.h"
#include "kennis/records.h"

namespace kennis {
namespace {

using nlohmann::json;
using Strings = std::vector<std::string>;

class Records : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { schemas_ = new RecordSchemas(); }
  static void TearDownTestSuite() {
    delete schemas_;
    schemas_ = nullptr;
  }

  static Record valid(Kind kind, const std::string& line) {
    auto result = parse_record(kind, line, *schemas_);
    if (const auto* error = std::get_if<RecordError>(&result)) {
      ADD_FAILURE() << "rejected at '" << error->pointer << "': " << error->message << "\n" << line;
      return {};
    }
    return std::get<Record>(std::move(result));
  }

  static RecordError invalid(Kind kind, const std::string& line) {
    auto result = parse_record(kind, line, *schemas_);
    if (std::holds_alternative<Record>(result)) {
      ADD_FAILURE() << "accepted: " << line;
      return {};
    }
    RecordError error = std::get<RecordError>(std::move(result));
    EXPECT_FALSE(error.message.empty());
    return error;
  }

  static RecordSchemas* schemas_;
};

RecordSchemas* Records::schemas_ = nullptr;

// A valid post with one field changed (null removes it).
std::string post_with(const json& patch) {
  json j = {{"id", "p1"},       {"body", "Hallo allemaal"}, {"author", "anna"},
            {"created", "2024-03-01T09:30:00+01:00"}, {"acl", "public"}};
  j.merge_patch(patch);
  return j.dump();
}

TEST_F(Records, ValidPost) {
  const std::string line = post_with({{"title", "Budget 2024"},
                                      {"lang", "nl-BE"},
                                      {"updated", "2024-03-02T00:00:00Z"},
                                      {"group", "Finance"},
                                      {"mentions", {"bob", "carla"}},
                                      {"tags", {"budget"}},
                                      {"reactions", {{"+1", 3}}},
                                      {"likes", 2}});
  const Record r = valid(Kind::kPost, line);
  EXPECT_EQ(r.kind, Kind::kPost);
  EXPECT_EQ(r.id, "p1");
  EXPECT_EQ(r.title, "Budget 2024");
  EXPECT_EQ(r.body, "Hallo allemaal");
  EXPECT_EQ(r.lang, "nl");
  EXPECT_EQ(r.created, std::optional<int64_t>(1709281800));  // 08:30 UTC
  EXPECT_EQ(r.updated, std::optional<int64_t>(1709337600));
  EXPECT_TRUE(r.acl.is_public);
  EXPECT_EQ(r.people, Strings{"anna"});
  EXPECT_EQ(r.group, "Finance");
  EXPECT_EQ(r.thread, "p1") << "a post without thread starts its own";
  EXPECT_EQ(r.mentions, (Strings{"bob", "carla"}));
  EXPECT_EQ(r.tags, Strings{"budget"});
  EXPECT_EQ(r.source_json, json::parse(line));
}

TEST_F(Records, ValidPostInThreadWithPrivateAcl) {
  const Record r = valid(Kind::kPost, post_with({{"thread", "p0"}, {"acl", {{"groups", {"hr"}}, {"persons", {"bob"}}}}}));
  EXPECT_EQ(r.thread, "p0");
  EXPECT_FALSE(r.acl.is_public);
  EXPECT_EQ(r.acl.groups, Strings{"hr"});
  EXPECT_EQ(r.acl.persons, Strings{"bob"});
  EXPECT_EQ(r.lang, "");
  EXPECT_EQ(r.updated, std::nullopt);
}

TEST_F(Records, EmailAddressesInTheBodyAreMentions) {
  const Record r = valid(Kind::kPost, post_with({{"mentions", {"bob"}}, {"reply_to", "p0"},
                                                 {"body", "Maintainer: Jan <Jan.de-Vries@Example.ORG>. Ask bob@x.org. "
                                                          "Not: @channel, a@b, user@host., x@y.z"}}));
  EXPECT_EQ(r.mentions, (Strings{"bob", "jan.de-vries@example.org", "bob@x.org"}));
  EXPECT_EQ(r.reply_to, "p0");
}

TEST_F(Records, ValidDocument) {
  const json j = {{"id", "d1"},
                  {"title", "Reisbeleid"},
                  {"body", "Declaraties binnen 30 dagen."},
                  {"created", "2023-11-05T12:00:00Z"},
                  {"acl", {{"groups", {"hr", "finance"}}}},
                  {"authors", {"anna", "bob", "anna"}},
                  {"owner", "bob"},
                  {"path", "HR/Beleid/reisbeleid.pdf"},
                  {"media_type", "application/pdf"},
                  {"lang", "nl"}};
  const Record r = valid(Kind::kDocument, j.dump());
  EXPECT_EQ(r.kind, Kind::kDocument);
  EXPECT_EQ(r.title, "Reisbeleid");
  EXPECT_EQ(r.people, (Strings{"anna", "bob"})) << "authors and owner, each once";
  EXPECT_EQ(r.acl.groups, (Strings{"hr", "finance"}));
  EXPECT_EQ(r.extra_text, Strings{"HR/Beleid/reisbeleid.pdf"});
  EXPECT_EQ(r.created, std::optional<int64_t>(1699185600));
}

TEST_F(Records, ValidProfile) {
  const json j = {{"id", "u42"},
                  {"name", "Anna de Vries"},
                  {"acl", "public"},
                  {"about", "Ik werk aan het budget."},
                  {"job_title", "Controller"},
                  {"department", "Finance"},
                  {"email", "anna@example.com"},
                  {"skills", {"Excel", "SAP"}},
                  {"active", true}};
  const Record r = valid(Kind::kProfile, j.dump());
  EXPECT_EQ(r.kind, Kind::kProfile);
  EXPECT_EQ(r.title, "Anna de Vries") << "title defaults to name";
  EXPECT_EQ(r.body, "Ik werk aan het budget.") << "body defaults to about";
  EXPECT_EQ(r.people, Strings{"u42"}) << "person_id defaults to id";
  EXPECT_EQ(r.created, std::nullopt);
  EXPECT_EQ(r.extra_text, (Strings{"Controller", "Finance", "anna@example.com", "Excel", "SAP"}));

  const Record with_person = valid(Kind::kProfile, R"({"id":"u43","person_id":"bob","name":"Bob","acl":"public"})");
  EXPECT_EQ(with_person.people, Strings{"bob"});
}

struct InvalidCase {
  Kind kind;
  std::string line;
  std::string pointer;
};

TEST_F(Records, InvalidRecordsNameTheBadField) {
  const InvalidCase kCases[] = {
      {Kind::kPost, post_with({{"created", "2024-02-30T09:30:00Z"}}), "/created"},
      {Kind::kPost, post_with({{"created", "yesterday"}}), "/created"},
      {Kind::kPost, post_with({{"updated", "2023-02-29T00:00:00Z"}}), "/updated"},
      {Kind::kPost, post_with({{"acl", {{"groups", json::array()}}}}), "/acl"},
      {Kind::kPost, post_with({{"acl", json::object()}}), "/acl"},
      {Kind::kPost, post_with({{"acl", "private"}}), "/acl"},
      {Kind::kPost, post_with({{"acl", {{"groups", {"hr"}}, {"roles", {"x"}}}}}), "/acl"},
      {Kind::kPost, post_with({{"extra", 1}}), "/extra"},
      {Kind::kPost, post_with({{"author", nullptr}}), "/author"},
      {Kind::kPost, post_with({{"id", nullptr}}), "/id"},
      {Kind::kPost, post_with({{"id", ""}}), "/id"},
      {Kind::kPost, post_with({{"id", 7}}), "/id"},
      {Kind::kPost, post_with({{"mentions", {"bob", 3}}}), "/mentions/1"},
      {Kind::kPost, post_with({{"tags", "budget"}}), "/tags"},
      {Kind::kPost, post_with({{"lang", "dutch!"}}), "/lang"},
      {Kind::kPost, post_with({{"likes", -1}}), "/likes"},
      {Kind::kPost, post_with({{"reactions", {{"+1", "many"}}}}), "/reactions/+1"},
      {Kind::kDocument, R"({"id":"d1","body":"x","created":"2024-01-01T00:00:00Z","acl":"public"})", "/title"},
      {Kind::kDocument,
       R"({"id":"d1","title":"t","body":"x","created":"2024-01-01T00:00:00Z","acl":"public","author":"anna"})",
       "/author"},  // documents have "authors"
      {Kind::kDocument,
       R"({"id":"d1","title":"t","body":"x","created":"2024-01-01T00:00:00Z","acl":"public","media_type":"PDF"})",
       "/media_type"},
      {Kind::kProfile, R"({"id":"u1","acl":"public"})", "/name"},
      {Kind::kProfile, R"({"id":"u1","name":"A","acl":"public","email":"not an address"})", "/email"},
      {Kind::kProfile, R"({"id":"u1","name":"A","acl":"public","skills":["SAP",""]})", "/skills/1"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(std::string(kind_name(c.kind)) + " " + c.line);
    EXPECT_EQ(invalid(c.kind, c.line).pointer, c.pointer);
  }
}

TEST_F(Records, LinesThatAreNotRecords) {
  for (const std::string line : {"", "not json", "{\"id\":", "[1,2]", "\"post\"", "42", "null",
                                 "{\"id\":\"p\xff\",\"body\":\"x\"}", "{\"body\":\"caf\xc3\"}"}) {
    SCOPED_TRACE(::testing::PrintToString(line));
    EXPECT_EQ(invalid(Kind::kPost, line).pointer, "");
  }
}

// Found by tests/fuzz/records_fuzz (regressions/records/number-overflow): nlohmann::json throws
// out_of_range, not parse_error, for a number too large for a double, and it escaped parse_record.
TEST_F(Records, Issue6_NumberTooLargeIsInvalidJson) {
  for (const auto& [line, number] : std::vector<std::pair<std::string, std::string>>{
           {"{\"id\":\"p1\",\"n\":1e400}", "1e400"}, {"5e5555555555555", "5e5555555555555"}, {"[-1e999]", "1e999"}}) {
    SCOPED_TRACE(line);
    const std::string message = invalid(Kind::kPost, line).message;
    EXPECT_EQ(message.rfind("not valid JSON", 0), 0u) << message;
    EXPECT_EQ(message.find(number), std::string::npos) << "the log must not quote the record: " << message;
  }
}

TEST_F(Records, ValidatorIsUsableForEveryKind) {
  std::string pointer = "unchanged";
  EXPECT_EQ(schemas_->validate(Kind::kProfile, json::parse(R"({"id":"u1","name":"A","acl":"public"})"), &pointer),
            "");
  EXPECT_NE(schemas_->validate(Kind::kDocument, json::parse(R"({"id":"d1"})"), &pointer), "");
}

// --- RFC 3339 --------------------------------------------------------------------------------

struct DateCase {
  std::string text;
  std::optional<int64_t> seconds;
};

TEST(Rfc3339, Parse) {
  const DateCase kCases[] = {
      {"2024-03-01T08:30:00Z", 1709281800},
      {"2024-03-01T09:30:00+01:00", 1709281800},
      {"2024-03-01T03:00:00-05:30", 1709281800},
      {"2024-03-01t08:30:00z", 1709281800},
      {"2024-03-01 08:30:00Z", 1709281800},
      {"2024-03-01T08:30:00.999Z", 1709281800},  // fractions are truncated
      {"2024-03-01T00:30:00+24:00", std::nullopt},
      {"2024-02-29T12:00:00Z", 1709208000},  // leap years
      {"2000-02-29T00:00:00Z", 951782400},
      {"2023-02-29T00:00:00Z", std::nullopt},
      {"1900-02-29T00:00:00Z", std::nullopt},
      {"2100-02-29T00:00:00Z", std::nullopt},
      {"1970-01-01T00:00:00Z", 0},
      {"1969-12-31T23:59:59Z", -1},
      {"9999-12-31T23:59:59Z", 253402300799},
      {"2016-12-31T23:59:60Z", 1483228799},  // a leap second reads as :59
      {"", std::nullopt},
      {"2024-03-01", std::nullopt},
      {"2024-03-01T08:30:00", std::nullopt},
      {"2024-03-01T08:30Z", std::nullopt},
      {"2024-13-01T08:30:00Z", std::nullopt},
      {"2024-00-01T08:30:00Z", std::nullopt},
      {"2024-04-31T08:30:00Z", std::nullopt},
      {"2024-03-01T24:00:00Z", std::nullopt},
      {"2024-03-01T08:60:00Z", std::nullopt},
      {"2024-03-01T08:30:00.Z", std::nullopt},
      {"2024-03-01T08:30:00+01", std::nullopt},
      {"2024-03-01T08:30:00+0100", std::nullopt},
      {"2024-03-01T08:30:00+01:00x", std::nullopt},
      {"2024-03-01T08:30:00ZZ", std::nullopt},
      {"24-03-01T08:30:00Z", std::nullopt},
      {"2024-3-01T08:30:00Z", std::nullopt},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_rfc3339(c.text), c.seconds);
  }
}

TEST(Rfc3339, Format) {
  EXPECT_EQ(format_rfc3339(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_rfc3339(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(format_rfc3339(1709281800), "2024-03-01T08:30:00Z");
  EXPECT_EQ(format_rfc3339(1709208000), "2024-02-29T12:00:00Z");
}

TEST(Rfc3339, RoundTrips) {
  for (const char* text : {"2024-03-01T08:30:00Z", "2024-02-29T23:59:59Z", "2000-02-29T00:00:00Z",
                           "1999-12-31T23:59:59Z", "2038-01-19T03:14:08Z", "1950-06-15T12:00:00Z"}) {
    SCOPED_TRACE(text);
    const std::optional<int64_t> seconds = parse_rfc3339(text);
    ASSERT_TRUE(seconds);
    EXPECT_EQ(format_rfc3339(*seconds), text);
  }
  // Offsets come back as the same instant in UTC.
  EXPECT_EQ(format_rfc3339(*parse_rfc3339("2024-03-01T00:30:00+01:00")), "2024-02-29T23:30:00Z");
  EXPECT_EQ(format_rfc3339(*parse_rfc3339("2023-12-31T23:30:00-01:00")), "2024-01-01T00:30:00Z");
  for (int64_t seconds : {int64_t{0}, int64_t{951782399}, int64_t{1709251199}, int64_t{4102444800}}) {
    EXPECT_EQ(parse_rfc3339(format_rfc3339(seconds)), seconds);
  }
}

// Found by tests/fuzz/records_fuzz (regressions/records/): years before 1000 were written with
// fewer than four digits, and offsets could carry an instant out of the years RFC 3339 can write.
TEST(Rfc3339, Issue6_FourDigitYearsOnly) {
  EXPECT_EQ(format_rfc3339(*parse_rfc3339("0224-03-01T09:30:00.123+01:00")), "0224-03-01T08:30:00Z");
  EXPECT_EQ(parse_rfc3339("0000-01-01T00:00:00Z"), -62167219200);
  EXPECT_EQ(format_rfc3339(-62167219200), "0000-01-01T00:00:00Z");
  EXPECT_EQ(parse_rfc3339("0000-01-01T00:30:00+01:00"), std::nullopt);
  EXPECT_EQ(parse_rfc3339("9999-12-31T23:30:00-01:00"), std::nullopt);
  EXPECT_EQ(format_rfc3339(std::numeric_limits<int64_t>::max()), "9999-12-31T23:59:59Z");
  EXPECT_EQ(format_rfc3339(std::numeric_limits<int64_t>::min()), "0000-01-01T00:00:00Z");
}

}  // namespace
}  // namespace kennis
