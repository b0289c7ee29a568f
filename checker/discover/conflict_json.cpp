#include "discover/conflict_json.h"

#include "report/figure_json.h"
#include "report/json_out.h"
#include "base/sha256.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

namespace crosscheck {

namespace {

void write_value(JsonOut& json, const Normalised& v) {
  json.begin_object();
  json.key("value").number(v.value);
  json.key("low").number(v.interval.low);
  json.key("high").number(v.interval.high);
  json.key("unit").string(v.unit);
  if (!v.rate.empty()) json.key("rate").string(v.rate);
  json.end_object();
}

std::size_t root(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<Fact> facts_of(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts) {
  // Union-find over the conflicts: joined when they name one figure.
  std::vector<std::size_t> parent(conflicts.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> first;
  for (std::size_t k = 0; k < conflicts.size(); ++k)
    for (const FigureRef& r : {conflicts[k].a, conflicts[k].b}) {
      auto [it, fresh] = first.try_emplace({r.source, r.figure}, k);
      if (!fresh) parent[root(parent, k)] = root(parent, it->second);
    }
  std::vector<Fact> facts;
  std::map<std::size_t, std::size_t> fact_of_root;
  for (std::size_t k = 0; k < conflicts.size(); ++k) {  // conflicts come strongest first
    auto [it, fresh] = fact_of_root.try_emplace(root(parent, k), facts.size());
    if (fresh) facts.push_back({std::vector<std::vector<FigureRef>>(sources.size()), {}});
    Fact& fact = facts[it->second];
    fact.conflicts.push_back(k);
    for (const FigureRef& r : {conflicts[k].a, conflicts[k].b}) {
      auto& cell = fact.by_source[r.source];
      if (std::ranges::none_of(cell, [&](const FigureRef& x) { return x.figure == r.figure; })) cell.push_back(r);
    }
  }
  for (Fact& fact : facts)
    for (auto& cell : fact.by_source)
      std::ranges::sort(cell, [](const FigureRef& x, const FigureRef& y) { return x.figure < y.figure; });
  return facts;
}

void write_conflicts_json(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts,
                          std::ostream& out) {
  JsonOut json(out);
  json.begin_object();
  json.key("schema").string("crosscheck.conflicts/1");
  json.key("sources").begin_array();
  for (const DiscoverSource& s : sources) {
    json.begin_object();
    json.key("id").string(s.id);
    json.key("path").string(s.file->path());
    json.key("sha256").string(to_hex(sha256(s.file->file_bytes())));
    json.key("language").string(s.language);
    json.end_object();
  }
  json.end_array();
  json.key("conflicts").begin_array();
  for (std::size_t k = 0; k < conflicts.size(); ++k) {
    const Conflict& c = conflicts[k];
    json.begin_object();
    json.key("rank").integer(static_cast<long long>(k + 1));
    write_confidence(json, c.score, c.signals);
    json.key("shared_words").begin_array();
    for (const std::string& w : c.shared) json.string(w);
    json.end_array();
    for (const auto& [name, ref, value] : {std::tuple("a", c.a, &c.a_value), std::tuple("b", c.b, &c.b_value)}) {
      const DiscoverSource& s = sources[ref.source];
      json.key(name).begin_object();
      json.key("source").string(s.id);
      json.key("path").string(s.file->path());
      json.key("figure").begin_object();
      write_figure_fields(json, s.figures[ref.figure], *s.file);
      json.end_object();
      json.key("normalised");
      write_value(json, *value);
      json.end_object();
    }
    json.key("ratio").number(c.delta.ratio);
    json.key("relative_gap").number(c.delta.relative);
    json.key("power_of_ten").integer(c.power_of_ten);
    json.key("beyond_precision_only").boolean(c.beyond_precision);
    json.key("converted_at").string(to_string(c.date));
    json.end_object();
  }
  json.end_array();
  json.key("facts").begin_array();
  for (const Fact& fact : facts_of(sources, conflicts)) {
    json.begin_object();
    json.key("conflicts").begin_array();
    for (std::size_t k : fact.conflicts) json.integer(static_cast<long long>(k + 1));
    json.end_array();
    json.key("texts").begin_array();
    for (std::size_t s = 0; s < sources.size(); ++s) {
      if (fact.by_source[s].empty()) continue;
      json.begin_object();
      json.key("source").string(sources[s].id);
      json.key("says").begin_array();
      for (const FigureRef& r : fact.by_source[s]) json.string(sources[s].figures[r.figure].text);
      json.end_array();
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
}

std::vector<std::vector<std::string>> matrix_rows(const std::vector<DiscoverSource>& sources,
                                                  const std::vector<Conflict>& conflicts) {
  const std::vector<Fact> facts = facts_of(sources, conflicts);
  // Only the texts that say something of a fact get a column.
  std::vector<std::size_t> columns;
  for (std::size_t s = 0; s < sources.size(); ++s)
    if (std::ranges::any_of(facts, [&](const Fact& f) { return !f.by_source[s].empty(); })) columns.push_back(s);
  auto cell = [&](const Fact& fact, std::size_t s) {
    std::string text;
    for (const FigureRef& r : fact.by_source[s]) {
      if (!text.empty()) text += "; ";
      for (char c : sources[s].figures[r.figure].text)  // one line per row: a figure may wrap
        if (c != '\n' && c != '\r' && c != '\t') text += c;
        else if (text.back() != ' ') text += ' ';
    }
    return text.empty() ? std::string("-") : text;
  };
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"fact"});
  for (std::size_t s : columns) rows[0].push_back(sources[s].id);
  for (std::size_t k = 0; k < facts.size(); ++k) {
    rows.push_back({fmt::format("{}", k + 1)});
    for (std::size_t s : columns) rows.back().push_back(cell(facts[k], s));
  }
  return rows;
}

void write_matrix(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts,
                  std::ostream& out) {
  auto width = [](std::string_view s) {  // code points: a column lines up in a terminal for most scripts
    return static_cast<std::size_t>(std::ranges::count_if(s, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  };
  const std::vector<std::vector<std::string>> rows = matrix_rows(sources, conflicts);
  std::vector<std::size_t> widths(rows[0].size(), 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
  out << fmt::format("{} fact(s) the texts disagree on\n", rows.size() - 1);
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - width(row[c]) + 2, ' ');
    }
    out << line << '\n';
  }
}

}  // namespace crosscheck
