// Stage two of loading: one parsed YAML file → its part of the model, every key and value checked.
#pragma once

#include "base/diagnostic.h"
#include "load/yaml_file.h"
#include "model/rule_file.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck {

struct IncludeRef {
  std::string path;  // resolved against the including file's folder
  Location where;    // the include's entry
};

// What one file declares. Included files merge their sources, claims, checks and rates into the
// file that includes them.
struct RuleFragment {
  RuleFile file;                          // this file's declarations only
  bool is_map = false;                    // false: the top level was not a map (already reported)
  Location top_where;                     // the top-level map
  std::optional<Location> version_where;  // `crosscheck:`, when given
  bool version_misspelt = false;          // a misspelling of `crosscheck:` was reported
  std::vector<IncludeRef> includes;
  // Keys only a main rule file may hold (title, defaults, builtins), where this file gave them.
  std::vector<std::pair<std::string, Location>> main_only_keys;
};

RuleFragment build_rule_fragment(const YamlFile& yaml, DiagnosticSink& sink);

// "1%" → relative 0.01, "0.5" → absolute 0.5, "exact"; nullopt for anything else or a negative.
std::optional<Tolerance> parse_tolerance(std::string_view text);

bool is_snake_case_id(std::string_view id);

// The candidate a misspelt word most likely meant: the nearest by edit distance, or one with two
// neighbouring letters swapped ("titel" → "title"), the commonest slip.
std::optional<std::string> suggest(std::string_view word, std::span<const std::string_view> candidates);

// Text from a rule file as a message shows it: on one line (control characters escaped) and cut
// after 40 characters.
std::string shown(std::string_view text);

// "file:line:column" of a location, for messages that point at a second place.
std::string describe(const Location& where);

}  // namespace crosscheck
