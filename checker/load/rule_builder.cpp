#include "load/rule_builder.h"

#include "base/edit_distance.h"
#include "load/rule_keys.h"
#include "text/csv_table.h"
#include "text/language_detect.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <span>

namespace crosscheck {

namespace {

using Keys = std::span<const std::string_view>;

std::string join(Keys words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// How a node looks, for "expected X, found Y".
std::string found(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return fmt::format("'{}'", shown(node.Scalar()));
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: break;
  }
  return "nothing";
}

// A quoted scalar is text even when it looks like a number.
bool is_plain(const YAML::Node& node) { return node.Tag() == "?"; }

std::optional<int> parse_count(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<bool> parse_bool(std::string_view text) {
  static constexpr std::string_view yes[] = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"};
  static constexpr std::string_view no[] = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"};
  if (std::find(std::begin(yes), std::end(yes), text) != std::end(yes)) return true;
  if (std::find(std::begin(no), std::end(no), text) != std::end(no)) return false;
  return std::nullopt;
}

bool is_currency_code(std::string_view text) {
  return text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A snake_case spelling of a near-miss id ("HospitalODA" → "hospital_oda"), if one exists.
std::optional<std::string> snake_case_of(std::string_view id) {
  std::string out;
  for (std::size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    bool upper = c >= 'A' && c <= 'Z';
    bool lower_before = i > 0 && ((id[i - 1] >= 'a' && id[i - 1] <= 'z') || (id[i - 1] >= '0' && id[i - 1] <= '9'));
    bool lower_after = i + 1 < id.size() && id[i + 1] >= 'a' && id[i + 1] <= 'z';
    bool upper_before = i > 0 && id[i - 1] >= 'A' && id[i - 1] <= 'Z';
    if (upper && (lower_before || (upper_before && lower_after)) && !out.empty() && out.back() != '_') out += '_';
    if (upper) {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if ((c == '-' || c == ' ' || c == '.' || c == '_') && !out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (!is_snake_case_id(out)) return std::nullopt;
  return out;
}

struct Entry {
  std::string key;
  Location key_where;
  YAML::Node value;
};

// A map's entries after its keys were checked.
struct Fields {
  std::vector<Entry> entries;
  std::vector<std::string> suggested;  // offered for misspelt keys: not reported missing as well

  auto begin() const { return entries.begin(); }
  auto end() const { return entries.end(); }
  bool has(std::string_view key) const {
    return std::any_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
  }
  // A required key is reported missing unless a misspelling of it was reported already.
  bool missing(std::string_view key) const {
    return !has(key) && std::find(suggested.begin(), suggested.end(), key) == suggested.end();
  }
};

class Builder {
 public:
  Builder(const YamlFile& yaml, DiagnosticSink& sink)
      : yaml_(yaml),
        sink_(sink),
        folder_(std::filesystem::path(yaml.path()).parent_path()),
        budget_(yaml.text().size() + 1024) {}

  RuleFragment build() {
    RuleFragment out;
    out.file.path = yaml_.path();
    const YAML::Node& root = yaml_.root();
    Location start = yaml_.at_offset(0);
    out.top_where = yaml_.where(root, start);
    auto entries = map_entries(root, start, "a map of rule file keys (crosscheck, title, sources, claims, ...)",
                               rule_keys::top);
    if (!entries) return out;
    out.is_map = true;
    out.version_misspelt = !entries->missing("crosscheck") && !entries->has("crosscheck");
    for (const Entry& e : *entries) {
      if (e.key == "crosscheck") {
        out.version_where = e.key_where;
        version(e);
      } else if (e.key == "title") {
        out.main_only_keys.emplace_back(e.key, e.key_where);
        if (auto title = text(e)) out.file.title = *title;
      } else if (e.key == "defaults") {
        out.main_only_keys.emplace_back(e.key, e.key_where);
        defaults(e, out.file.defaults);
      } else if (e.key == "builtins") {
        out.main_only_keys.emplace_back(e.key, e.key_where);
        builtins(e, out.file.builtins);
      } else if (e.key == "rates") {
        for (auto& [path, where] : paths(e)) out.file.rates.push_back(std::move(path));
      } else if (e.key == "include") {
        for (auto& [path, where] : paths(e)) out.includes.push_back({std::move(path), std::move(where)});
      } else if (e.key == "sources") {
        sources(e, out.file.sources);
      } else if (e.key == "claims") {
        claims(e, out.file.claims);
      } else if (e.key == "checks") {
        checks(e, out.file.checks);
      }
    }
    return out;
  }

 private:
  // ---- generic shapes ----

  bool spend(std::size_t nodes, const Location& where) {
    if (nodes <= budget_) {
      budget_ -= nodes;
      return true;
    }
    if (!budget_spent_) {
      sink_.error(where, "aliases here expand to more elements than a rule file of this size could hold");
    }
    budget_spent_ = true;
    budget_ = 0;
    return false;
  }

  Location where(const YAML::Node& node, const Location& fallback) const { return yaml_.where(node, fallback); }

  // The entries of a map, in order, each key checked: text, known (when `keys` is given), not
  // repeated. yaml-cpp keeps repeated keys, so they are found here. `id_kind` ("claim id") makes
  // the keys ids: snake_case, and a repeat is a duplicate id.
  std::optional<Fields> map_entries(const YAML::Node& node, const Location& at, std::string_view expected,
                                                Keys keys, std::string_view id_kind = {}) {
    if (!node.IsMap()) {
      sink_.error(where(node, at), "expected {}, found {}", expected, found(node));
      return std::nullopt;
    }
    Location here = where(node, at);
    if (!spend(node.size() + 1, here)) return std::nullopt;
    Fields fields;
    std::map<std::string, Location, std::less<>> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      // Copies: yaml-cpp's iterator hands out a temporary pair.
      const YAML::Node key = it->first;
      const YAML::Node value = it->second;
      Location key_where = where(key, here);
      if (!key.IsScalar()) {
        sink_.error(key_where, "expected a key, found {}", found(key));
        continue;
      }
      const std::string& name = key.Scalar();
      if (auto first = seen.find(name); first != seen.end()) {
        if (id_kind.empty()) {
          sink_.error(key_where, "duplicate key '{}'; first given at {}", shown(name), describe(first->second));
        } else {
          sink_.error(key_where, "duplicate {} '{}'; first defined at {}", id_kind, shown(name), describe(first->second));
        }
        continue;
      }
      seen.emplace(name, key_where);
      if (!keys.empty() && std::find(keys.begin(), keys.end(), name) == keys.end()) {
        if (auto near = unknown_key(name, key_where, keys)) fields.suggested.push_back(*near);
        continue;
      }
      if (!id_kind.empty() && !is_snake_case_id(name)) {
        bad_id(name, key_where, id_kind);
        continue;
      }
      fields.entries.push_back({name, key_where, value});
    }
    return fields;
  }

  std::optional<std::string> unknown_key(const std::string& name, const Location& at, Keys keys) {
    auto near = suggest(name, keys);
    if (near) {
      sink_.error(at, "unknown key '{}'; did you mean '{}'?", shown(name), *near);
    } else {
      sink_.error(at, "unknown key '{}'; expected one of: {}", shown(name), join(keys));
    }
    return near;
  }

  void bad_id(const std::string& id, const Location& at, std::string_view id_kind) {
    if (auto fixed = snake_case_of(id); fixed && *fixed != id) {
      sink_.error(at, "invalid {} '{}'; ids are snake_case (a-z, 0-9, _, starting with a letter): did you mean '{}'?",
                  id_kind, shown(id), *fixed);
    } else {
      sink_.error(at, "invalid {} '{}'; ids are snake_case (a-z, 0-9, _, starting with a letter)", id_kind, shown(id));
    }
  }

  std::optional<std::string> text(const Entry& e, std::string_view expected = "text") {
    if (e.value.IsScalar()) return e.value.Scalar();
    sink_.error(where(e.value, e.key_where), "expected {} for '{}', found {}", expected, e.key, found(e.value));
    return std::nullopt;
  }

  std::optional<std::string> nonempty_text(const Entry& e, std::string_view expected) {
    auto value = text(e, expected);
    if (value && trim(*value).empty()) {
      sink_.error(where(e.value, e.key_where), "expected {} for '{}', found an empty text", expected, e.key);
      return std::nullopt;
    }
    return value;
  }

  std::optional<bool> flag(const Entry& e) {
    auto value = text(e, "true or false");
    if (!value) return std::nullopt;
    auto result = parse_bool(*value);
    if (!result) sink_.error(where(e.value, e.key_where), "expected true or false for '{}', found '{}'", e.key, shown(*value));
    return result;
  }

  std::optional<int> count(const Entry& e, std::string_view what) {
    auto value = text(e, what);
    if (!value) return std::nullopt;
    auto result = parse_count(*value);
    if (!result || *result < 1) {
      sink_.error(where(e.value, e.key_where), "expected {} for '{}', found '{}'", what, e.key, shown(*value));
      return std::nullopt;
    }
    return result;
  }

  // `partial` allows "2015" and "2015-09" (a publication date); other dates name a day.
  std::optional<Date> date(const Entry& e, bool partial) {
    std::string_view format = partial ? "YYYY, YYYY-MM or YYYY-MM-DD" : "YYYY-MM-DD";
    auto value = text(e, fmt::format("a date ({})", format));
    if (!value) return std::nullopt;
    auto result = parse_iso_date(*value);
    if (!result || (!partial && !result->complete())) {
      sink_.error(where(e.value, e.key_where), "invalid date '{}'; expected {}", shown(*value), format);
      return std::nullopt;
    }
    return result;
  }

  std::optional<Tolerance> tolerance(const Entry& e) {
    auto value = text(e, "a tolerance (1%, 0.5 or exact)");
    if (!value) return std::nullopt;
    auto result = parse_tolerance(*value);
    if (!result) {
      sink_.error(where(e.value, e.key_where),
                  "invalid tolerance '{}'; expected a percentage (1%), an amount in the claim's unit (0.5) or 'exact'",
                  shown(*value));
      return std::nullopt;
    }
    result->where = where(e.value, e.key_where);
    return result;
  }

  std::optional<Severity> severity(const Entry& e) {
    auto value = text(e, "a severity (error, warning or info)");
    if (!value) return std::nullopt;
    auto result = parse_severity(*value);
    if (!result) {
      if (auto near = suggest(*value, rule_keys::severity)) {
        sink_.error(where(e.value, e.key_where), "invalid severity '{}'; did you mean '{}'?", shown(*value), *near);
      } else {
        sink_.error(where(e.value, e.key_where), "invalid severity '{}'; expected error, warning or info", shown(*value));
      }
    }
    return result;
  }

  std::optional<std::string> currency(const Entry& e) {
    auto value = text(e, "a currency code (USD)");
    if (!value) return std::nullopt;
    if (is_currency_code(*value)) return value;
    std::string upper = *value;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (is_currency_code(upper)) {
      sink_.error(where(e.value, e.key_where), "invalid currency '{}'; did you mean '{}'?", shown(*value), upper);
    } else {
      sink_.error(where(e.value, e.key_where), "invalid currency '{}'; expected an ISO 4217 code such as USD or JPY",
                  shown(*value));
    }
    return std::nullopt;
  }

  std::string resolve(std::string_view path) const {
    std::filesystem::path p(path);
    if (p.is_absolute()) return p.lexically_normal().generic_string();
    return (folder_ / p).lexically_normal().generic_string();
  }

  // One path or a list of them, each resolved against this file's folder.
  std::vector<std::pair<std::string, Location>> paths(const Entry& e) {
    std::vector<std::pair<std::string, Location>> out;
    auto one = [&](const YAML::Node& node, const Location& at) {
      if (!node.IsScalar() || trim(node.Scalar()).empty()) {
        sink_.error(where(node, at), "expected a file path for '{}', found {}", e.key,
                    node.IsScalar() ? std::string("an empty text") : found(node));
        return;
      }
      out.emplace_back(resolve(node.Scalar()), where(node, at));
    };
    if (e.value.IsSequence()) {
      Location list_where = where(e.value, e.key_where);
      if (!spend(e.value.size() + 1, list_where)) return out;
      for (const YAML::Node& item : e.value) one(item, list_where);
    } else if (e.value.IsScalar()) {
      one(e.value, e.key_where);
    } else {
      sink_.error(where(e.value, e.key_where), "expected a file path or a list of them for '{}', found {}", e.key,
                  found(e.value));
    }
    return out;
  }

  // ---- the rule file's parts ----

  void version(const Entry& e) {
    if (!e.value.IsScalar()) {
      sink_.error(where(e.value, e.key_where), "expected the format version 1 for 'crosscheck', found {}",
                  found(e.value));
    } else if (e.value.Scalar() != "1") {
      sink_.error(where(e.value, e.key_where), "unsupported format version '{}'; this crosscheck reads version 1",
                  shown(e.value.Scalar()));
    }
  }

  void defaults(const Entry& e, Defaults& out) {
    auto entries = map_entries(e.value, e.key_where, "a map of defaults (tolerance, severity, currency, approximations)",
                               rule_keys::defaults);
    if (!entries) return;
    for (const Entry& d : *entries) {
      if (d.key == "tolerance") {
        if (auto t = tolerance(d)) out.tolerance = *t;
      } else if (d.key == "severity") {
        if (auto s = severity(d)) out.severity = *s;
      } else if (d.key == "currency") {
        if (auto c = currency(d)) out.currency = *c;
      } else if (d.key == "approximations") {
        approximations(d, out.approximations);
      }
    }
  }

  void approximations(const Entry& e, std::map<std::string, std::string>& out) {
    auto entries = map_entries(e.value, e.key_where, "a map of qualifiers to widths (about: 5%)",
                               rule_keys::approximation);
    if (!entries) return;
    for (const Entry& a : *entries) {
      auto width = text(a, "a width (5%)");
      if (!width) continue;
      auto tolerance = parse_tolerance(*width);
      if (!tolerance || tolerance->kind != Tolerance::Kind::relative) {
        sink_.error(where(a.value, a.key_where), "invalid width '{}' for '{}'; expected a percentage such as 5%",
                    shown(*width), a.key);
        continue;
      }
      std::string compact;  // "5 %" → "5%"
      for (char c : *width) {
        if (c != ' ' && c != '\t') compact += c;
      }
      out[a.key] = compact;
    }
  }

  void builtins(const Entry& e, BuiltinChecks& out) {
    auto entries = map_entries(e.value, e.key_where, "a map of built-in checks to true or false (conversion-pairs: false)",
                               rule_keys::builtin_names);
    if (!entries) return;
    for (const Entry& b : *entries) {
      auto on = flag(b);
      if (!on) continue;
      for (const auto& builtin : rule_keys::builtins) {
        if (builtin.name == b.key) out.*builtin.enabled = *on;
      }
    }
  }

  void sources(const Entry& e, std::vector<SourceDecl>& out) {
    auto entries = map_entries(e.value, e.key_where, "a map of sources (id: {path: ...})", {}, "source id");
    if (!entries) return;
    for (const Entry& s : *entries) {
      SourceDecl source;
      source.id = s.key;
      source.where = s.key_where;
      auto fields = map_entries(s.value, s.key_where, "a map of source fields (path, title, publisher, ...)",
                                rule_keys::source);
      if (!fields) {
        out.push_back(std::move(source));
        continue;
      }
      for (const Entry& f : *fields) {
        if (f.key == "path") {
          source.path_where = yaml_.content_where(f.value, f.key_where);
          if (auto path = nonempty_text(f, "a file path")) source.path = resolve(*path);
        } else if (f.key == "published") {
          if (auto published = date(f, true)) source.published = published;
        } else if (f.key == "primary") {
          if (auto primary = flag(f)) source.primary = *primary;
        } else if (f.key == "language") {
          auto language = text(f, "a language tag (en)");
          if (language && !is_language_tag(*language)) {
            sink_.error(where(f.value, f.key_where), "invalid language '{}'; expected a language tag such as en, vi or ja",
                        shown(*language));
            language.reset();
          }
          if (language) source.language = *language;
        } else if (f.key == "dollar") {
          if (auto dollar = currency(f)) source.dollar = *dollar;
        } else if (auto value = text(f)) {
          if (f.key == "title") source.title = *value;
          else if (f.key == "publisher") source.publisher = *value;
          else if (f.key == "author") source.author = *value;
          else if (f.key == "url") source.url = *value;
        }
      }
      if (fields->missing("path")) {
        sink_.error(s.key_where, "source '{}' needs a 'path' (its document, relative to this rule file)", s.key);
      }
      out.push_back(std::move(source));
    }
  }

  std::optional<Waiver> waiver(const Entry& e) {
    auto fields = map_entries(e.value, e.key_where, "a map with 'reason' and optionally 'until'", rule_keys::waive);
    if (!fields) return std::nullopt;
    Waiver out;
    out.where = e.key_where;
    bool ok = true;
    for (const Entry& f : *fields) {
      if (f.key == "reason") {
        if (auto reason = nonempty_text(f, "a reason")) out.reason = *reason;
        else ok = false;
      } else if (f.key == "until") {
        if (auto until = date(f, false)) out.until = until;
        else ok = false;
      }
    }
    if (fields->missing("reason")) {
      sink_.error(where(e.value, e.key_where), "'waive' needs a 'reason' (why the failure is accepted)");
    }
    if (!fields->has("reason")) return std::nullopt;
    if (!ok) return std::nullopt;
    return out;
  }

  // The optional keys a mention shares in both its map and its list form.
  bool mention_field(const Entry& f, MentionDecl& m) {
    if (f.key == "quote") {
      auto quote = nonempty_text(f, "a quote");
      if (!quote) return false;
      m.quote = *quote;
      m.quote_where = yaml_.content_where(f.value, f.key_where);
    } else if (f.key == "figure") {
      auto figure = text(f, "a figure (its 1-based index or its text)");
      if (!figure) return false;
      // Plain digits are an index; quote them ("2") to mean the figure written so.
      std::string_view digits = *figure;
      bool numeric = is_plain(f.value) && !digits.empty() &&
                     std::all_of(digits.begin() + (digits.front() == '-' ? 1 : 0), digits.end(),
                                 [](char c) { return c >= '0' && c <= '9'; }) && digits != "-";
      auto index = numeric ? parse_count(digits) : std::nullopt;
      if (numeric && (!index || *index < 1)) {
        sink_.error(where(f.value, f.key_where), "figure index '{}' is out of range; figures count from 1", shown(*figure));
        return false;
      }
      if (index) m.figure_index = index;
      else if (trim(*figure).empty()) return nonempty_text(f, "a figure").has_value();
      else m.figure_text = *figure;
    } else if (f.key == "occurrence") {
      auto occurrence = count(f, "a whole number from 1");
      if (!occurrence) return false;
      m.occurrence = occurrence;
    } else if (f.key == "as_of") {
      auto as_of = date(f, false);
      if (!as_of) return false;
      m.as_of = as_of;
    } else if (f.key == "value") {
      auto value = nonempty_text(f, "a figure (8 vessels)");
      if (!value) return false;
      m.value = *value;
    } else if (f.key == "cell") {
      return cell(f, m);
    }
    return true;
  }

  // `cell: C12` or `cell: {row: Adana, column: deaths}`: a CSV source's cell.
  bool cell(const Entry& f, MentionDecl& m) {
    m.cell_where = where(f.value, f.key_where);
    if (f.value.IsScalar()) {
      auto a1 = nonempty_text(f, "a cell (C12, or a map with row and column)");
      if (!a1) return false;
      if (!parse_cell_address(trim(*a1))) {
        sink_.error(m.cell_where, "'{}' is not a cell; expected a column letter and a row number (C12), or a map "
                                  "with 'row' and 'column'", shown(*a1));
        return false;
      }
      m.cell = std::string(trim(*a1));
      m.has_cell = true;
      return true;
    }
    auto fields = map_entries(f.value, f.key_where, "a cell (C12, or a map with row and column)", rule_keys::cell);
    if (!fields) return false;
    bool fine = true;
    for (const Entry& e : *fields) {
      auto name = nonempty_text(e, e.key == "row" ? "the text of the row's first cell" : "the text of the column's header");
      if (!name) {
        fine = false;
        continue;
      }
      (e.key == "row" ? m.cell_row : m.cell_column) = *name;
    }
    for (std::string_view key : rule_keys::cell)
      if (fields->missing(key)) {
        sink_.error(m.cell_where, "cell needs a '{}' (the text of the {})", key,
                    key == "row" ? "row's first cell" : "column's header cell");
        fine = false;
      }
    m.has_cell = fine;
    return fine;
  }

  // A mention gives a quote or a cell, not both.
  bool quote_or_cell(const Fields& fields, const Location& at, std::string_view whose) {
    if (fields.has("quote") && fields.has("cell")) {
      sink_.error(at, "mention{} gives both a 'quote' and a 'cell'; give one", whose);
      return false;
    }
    if (fields.missing("quote") && fields.missing("cell")) {
      sink_.error(at, "mention{} needs a 'quote' (the passage that states the figure) or a 'cell' (a table's cell)",
                  whose);
      return false;
    }
    return fields.has("quote") || fields.has("cell");
  }

  void mentions(const Entry& e, std::vector<MentionDecl>& out, bool& ok) {
    if (e.value.IsMap()) {
      auto entries = map_entries(e.value, e.key_where, "a map of mentions", {});
      if (!entries) return void(ok = false);
      for (const Entry& m : *entries) {
        MentionDecl mention;
        mention.source = m.key;
        mention.where = mention.source_where = m.key_where;
        if (m.value.IsScalar()) {
          if (auto quote = nonempty_text(m, "a quote")) {
            mention.quote = *quote;
            mention.quote_where = yaml_.content_where(m.value, m.key_where);
          } else {
            ok = false;
            continue;
          }
        } else if (m.value.IsMap()) {
          auto fields = map_entries(m.value, m.key_where, "a map of mention fields", rule_keys::mention);
          if (!fields) {
            ok = false;
            continue;
          }
          bool fine = true;
          for (const Entry& f : *fields) fine &= mention_field(f, mention);
          fine &= quote_or_cell(*fields, where(m.value, m.key_where), fmt::format(" of '{}'", shown(m.key)));
          if (!fine) {
            ok = false;
            continue;
          }
        } else {
          sink_.error(where(m.value, m.key_where), "expected a quote or a map with 'quote' for mention '{}', found {}",
                      shown(m.key), found(m.value));
          ok = false;
          continue;
        }
        out.push_back(std::move(mention));
      }
    } else if (e.value.IsSequence()) {
      Location list_where = where(e.value, e.key_where);
      if (!spend(e.value.size() + 1, list_where)) return void(ok = false);
      for (const YAML::Node& item : e.value) {
        Location item_where = where(item, list_where);
        auto fields = map_entries(item, list_where, "a mention (a map with 'source' and 'quote')", rule_keys::mention_item);
        if (!fields) {
          ok = false;
          continue;
        }
        MentionDecl mention;
        mention.where = item_where;
        bool fine = true;
        for (const Entry& f : *fields) {
          if (f.key == "source") {
            auto source = nonempty_text(f, "a source id");
            if (source) {
              mention.source = *source;
              mention.source_where = where(f.value, f.key_where);
            }
            fine &= source.has_value();
          } else {
            fine &= mention_field(f, mention);
          }
        }
        if (fields->missing("source")) sink_.error(item_where, "mention needs a 'source' (the id of a source)");
        fine &= quote_or_cell(*fields, item_where, "");
        if (!fields->has("source") || !fine) {
          ok = false;
          continue;
        }
        out.push_back(std::move(mention));
      }
    } else {
      sink_.error(where(e.value, e.key_where),
                  "expected a map of mentions (source: quote) or a list of them (- source: ...), found {}", found(e.value));
      ok = false;
    }
  }

  void claims(const Entry& e, std::vector<ClaimDecl>& out) {
    auto entries = map_entries(e.value, e.key_where, "a map of claims", {}, "claim id");
    if (!entries) return;
    for (const Entry& c : *entries) {
      ClaimDecl claim;
      claim.id = c.key;
      claim.where = c.key_where;
      auto fields = map_entries(c.value, c.key_where, "a map of claim fields (about, mentions, value, ...)", rule_keys::claim);
      if (!fields) {
        out.push_back(std::move(claim));
        continue;
      }
      bool ok = true;
      for (const Entry& f : *fields) {
        if (f.key == "about" || f.key == "note") {
          auto value = text(f);
          if (!value) ok = false;
          else (f.key == "about" ? claim.about : claim.note) = *value;
        } else if (f.key == "as_of") {
          if (auto as_of = date(f, false)) claim.as_of = as_of;
          else ok = false;
        } else if (f.key == "tolerance") {
          if (auto t = tolerance(f)) claim.tolerance = t;
          else ok = false;
        } else if (f.key == "severity") {
          if (auto s = severity(f)) claim.severity = s;
          else ok = false;
        } else if (f.key == "waive") {
          if (auto w = waiver(f)) claim.waive = w;
          else ok = false;
        } else if (f.key == "value") {
          if (auto value = nonempty_text(f, "a figure (8 vessels)")) {
            claim.value = *value;
            claim.value_where = yaml_.content_where(f.value, f.key_where);
          } else {
            ok = false;
          }
        } else if (f.key == "mentions") {
          mentions(f, claim.mentions, ok);
        }
      }
      // A claim with a bad mentions list has had its say already.
      if (ok && claim.mentions.empty() && !claim.value) {
        sink_.error(c.key_where, "claim '{}' has neither mentions nor a value; give 'mentions' (where sources state it) or "
                    "a 'value'", c.key);
        ok = false;
      }
      out.push_back(std::move(claim));
    }
  }

  void checks(const Entry& e, std::vector<CheckDecl>& out) {
    auto entries = map_entries(e.value, e.key_where, "a map of checks", {}, "check id");
    if (!entries) return;
    for (const Entry& c : *entries) {
      CheckDecl check;
      check.id = c.key;
      check.where = c.key_where;
      auto fields = map_entries(c.value, c.key_where, "a map of check fields (about, expect, ...)", rule_keys::check);
      if (!fields) {
        out.push_back(std::move(check));
        continue;
      }
      for (const Entry& f : *fields) {
        if (f.key == "about") {
          if (auto about = text(f)) check.about = *about;
        } else if (f.key == "expect") {
          if (auto expect = nonempty_text(f, "an expression")) {
            check.expect = *expect;
            check.expect_where = yaml_.content_where(f.value, f.key_where);
          }
        } else if (f.key == "tolerance") {
          if (auto t = tolerance(f)) check.tolerance = t;
        } else if (f.key == "severity") {
          if (auto s = severity(f)) check.severity = s;
        } else if (f.key == "waive") {
          if (auto w = waiver(f)) check.waive = w;
        }
      }
      if (fields->missing("expect")) {
        sink_.error(c.key_where, "check '{}' needs an 'expect' expression (vessels_total == 8)", c.key);
      }
      out.push_back(std::move(check));
    }
  }

  const YamlFile& yaml_;
  DiagnosticSink& sink_;
  std::filesystem::path folder_;
  // Every element walked costs one; written out, each takes at least a byte of the file. Aliases
  // let a small file name one node many times ("billion laughs"): this stops them early.
  std::size_t budget_;
  bool budget_spent_ = false;
};

}  // namespace

std::string shown(std::string_view text) {
  constexpr std::size_t limit = 40;  // code points
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool starts_code_point = (c & 0xC0) != 0x80;
    if (starts_code_point && ++count > limit) return out + "...";
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02x}", c);
    else out += static_cast<char>(c);
  }
  return out;
}

std::string describe(const Location& where) {
  if (where.line == 0) return where.file;
  return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

bool is_snake_case_id(std::string_view id) {
  if (id.empty() || id.front() < 'a' || id.front() > 'z') return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::optional<Tolerance> parse_tolerance(std::string_view text) {
  text = trim(text);
  Tolerance out;
  if (text == "exact") {
    out.kind = Tolerance::Kind::exact;
    out.amount = 0;
    return out;
  }
  bool percent = !text.empty() && text.back() == '%';
  if (percent) text = trim(text.substr(0, text.size() - 1));
  auto amount = parse_number(text);
  if (!amount || *amount < 0) return std::nullopt;
  out.kind = percent ? Tolerance::Kind::relative : Tolerance::Kind::absolute;
  out.amount = percent ? Number(*amount / 100) : *amount;
  return out;
}

std::optional<std::string> suggest(std::string_view word, std::span<const std::string_view> candidates) {
  if (auto near = nearest(word, candidates)) return near;
  for (std::string_view candidate : candidates) {
    if (candidate.size() != word.size()) continue;
    std::size_t i = 0;
    while (i < word.size() && word[i] == candidate[i]) ++i;
    if (i + 1 < word.size() && word[i] == candidate[i + 1] && word[i + 1] == candidate[i] &&
        word.substr(i + 2) == candidate.substr(i + 2)) {
      return std::string(candidate);
    }
  }
  return std::nullopt;
}

RuleFragment build_rule_fragment(const YamlFile& yaml, DiagnosticSink& sink) { return Builder(yaml, sink).build(); }

}  // namespace crosscheck
