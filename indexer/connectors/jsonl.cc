#include "jsonl.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "kennis/error.h"
#include "kennis/json_io.h"

namespace kennis {
namespace {

class JsonlConnector : public Connector {
 public:
  JsonlConnector(Kind kind, std::string path) : kind_(kind), path_(std::move(path)) {}

  void read(const SourceSink& sink) override {
    std::ifstream file;
    if (path_ != "-") {
      file.open(path_, std::ios::binary);
      if (!file) throw Error(ErrorCode::kIo, "cannot read " + path_ + ": " + std::strerror(errno));
    }
    std::istream& in = path_ == "-" ? std::cin : file;
    std::string line;
    uint64_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      SourceRecord r;
      r.kind = kind_;
      r.origin = path_ + ":" + std::to_string(line_no);
      r.fingerprint = content_hash(line);
      r.load = [text = std::move(line)](nlohmann::json& record, std::string& message) {
        try {
          record = nlohmann::json::parse(text);
          return true;
        } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a number like 1e400
          message = parse_problem(e);  // never e.what(): it quotes the record's text
          return false;
        }
      };
      sink.record(std::move(r));
    }
    if (in.bad()) throw Error(ErrorCode::kIo, "reading " + path_ + " failed: " + std::strerror(errno));
  }

 private:
  Kind kind_;
  std::string path_;
};

}  // namespace

std::unique_ptr<Connector> make_jsonl_connector(Kind kind, std::string path) {
  return std::make_unique<JsonlConnector>(kind, std::move(path));
}

std::unique_ptr<Connector> make_jsonl_connector(SourceOptions& options) {
  const std::string kind_name = options.required_string("kind");
  const auto kind = parse_kind(kind_name);
  if (!kind) options.fail("kind", "must be post, document or profile, not '" + kind_name + "'");
  std::string path = options.required_string("path");
  options.finish();
  return make_jsonl_connector(*kind, std::move(path));
}

}  // namespace kennis
