#include "kennis/api_json.h"

namespace kennis {

using nlohmann::json;

namespace {

json to_json(const TextRange& range) { return json::array({range.start, range.end}); }

json to_json(const std::vector<Highlight>& highlights) {
  json out = json::array();
  for (const Highlight& h : highlights)
    out.push_back({{"bytes", to_json(h.bytes)}, {"code_points", to_json(h.code_points)}, {"utf16", to_json(h.utf16)}});
  return out;
}

json to_json(const Hit& hit) {
  json j = {
      {"kind", kind_name(hit.kind)},
      {"id", hit.id},
      {"title", hit.title},
      {"title_html", hit.title_html},
      {"snippet", hit.snippet},
      {"snippet_html", hit.snippet_html},
      {"highlights", {{"title", to_json(hit.title_highlights)}, {"snippet", to_json(hit.snippet_highlights)}}},
      {"score", hit.score},
      {"people", hit.people},
  };
  json authors = json::array();
  for (const HitAuthor& a : hit.authors) {
    json author = {{"id", a.id}};
    if (!a.name.empty()) author["name"] = a.name;
    if (!a.profile_id.empty()) author["profile_id"] = a.profile_id;
    authors.push_back(std::move(author));
  }
  j["authors"] = std::move(authors);
  if (!hit.source.empty()) j["source"] = hit.source;
  if (!hit.url.empty()) j["url"] = hit.url;
  if (!hit.lang.empty()) j["lang"] = hit.lang;
  if (!hit.group.empty()) j["group"] = hit.group;
  if (hit.created) j["created"] = format_rfc3339(*hit.created);
  return j;
}

json to_json(const ExpertEvidence& e) {
  json j = {{"kind", kind_name(e.kind)},
            {"id", e.id},
            {"role", e.role},
            {"title", e.title},
            {"snippet_html", e.snippet_html},
            {"score", e.score}};
  if (e.created) j["created"] = format_rfc3339(*e.created);
  if (!e.url.empty()) j["url"] = e.url;
  if (!e.field.empty()) j["field"] = e.field;
  return j;
}

json to_json(const Expert& expert) {
  json evidence = json::array();
  for (const ExpertEvidence& e : expert.evidence) evidence.push_back(to_json(e));
  const ExpertBreakdown& b = expert.breakdown;
  json j = {{"id", expert.id},
            {"name", expert.name.empty() ? expert.id : expert.name},
            {"active", expert.active},
            {"score", expert.score},
            {"breakdown",
             {{"profile", b.profile},
              {"authored", b.authored},
              {"replies", b.replies},
              {"mentions", b.mentions},
              {"participation", b.participation}}},
            {"evidence", std::move(evidence)}};
  for (auto [key, value] : {std::pair{"title", &expert.title}, std::pair{"department", &expert.department},
                            std::pair{"email", &expert.email}, std::pair{"url", &expert.url}})
    if (!value->empty()) j[key] = *value;
  return j;
}

json warnings_json(const std::vector<QueryWarning>& warnings) {
  json out = json::array();
  for (const QueryWarning& w : warnings)
    out.push_back({{"code", w.code}, {"message", w.message}, {"start", w.start}, {"end", w.end}});
  return out;
}

}  // namespace

json to_json(const ExpertsResult& result) {
  json experts = json::array();
  for (const Expert& e : result.experts) experts.push_back(to_json(e));
  return {{"query", result.query}, {"total", result.total}, {"page", result.page},
          {"size", result.size},   {"took_ms", result.took_ms}, {"experts", std::move(experts)},
          {"warnings", warnings_json(result.warnings)}};
}

json to_json(const SearchResult& result) {
  json hits = json::array();
  for (const Hit& hit : result.hits) hits.push_back(to_json(hit));
  json facets = json::object();
  for (const Facet& facet : result.facets) {
    json values = json::array();
    for (const FacetValue& v : facet.values) {
      json value = {{"value", v.value}, {"count", v.count}};
      if (!v.label.empty()) value["label"] = v.label;
      values.push_back(std::move(value));
    }
    facets[facet.name] = std::move(values);
  }
  return {
      {"query", result.query},
      {"total", result.total},
      {"total_exact", result.total_exact},
      {"page", result.page},
      {"size", result.size},
      {"hits", std::move(hits)},
      {"facets", std::move(facets)},
      {"facet_accuracy", {{"exact", result.facet_accuracy.exact}, {"counted", result.facet_accuracy.counted}}},
      {"suggestion", result.suggestion ? json(*result.suggestion) : json(nullptr)},
      {"relaxed", result.relaxed},
      {"warnings", warnings_json(result.warnings)},
      {"took_ms", result.took_ms},
  };
}

json to_json(const IndexStatus& status) {
  json j = {{"status", status.ok ? "ok" : "unavailable"}};
  if (status.ok) {
    j["documents"] = status.documents;
    j["revision"] = status.revision;
    j["analyzer_version"] = status.analyzer_version;
  } else {
    j["message"] = status.message;
  }
  return j;
}

json to_json(const Error& error) {
  json e = {{"code", error_name(error.code())}, {"message", error.what()}};
  if (!error.path().empty()) e["path"] = error.path();
  return {{"error", std::move(e)}};
}

}  // namespace kennis
