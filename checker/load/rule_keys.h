// The keys a rule file may use, one table per kind of map: used to validate and to suggest.
#pragma once

#include "model/rule_file.h"

#include <array>
#include <string_view>

namespace crosscheck::rule_keys {

// The top level of a rule file.
inline constexpr std::array<std::string_view, 9> top = {
    "crosscheck", "title", "defaults", "builtins", "rates", "include", "sources", "claims", "checks"};

// The top level of a file named by another's `include:`: what merges into the including file.
inline constexpr std::array<std::string_view, 6> included = {
    "crosscheck", "include", "rates", "sources", "claims", "checks"};

inline constexpr std::array<std::string_view, 4> defaults = {
    "tolerance", "severity", "currency", "approximations"};

inline constexpr std::array<std::string_view, 9> source = {
    "path", "title", "publisher", "author", "url", "published", "primary", "language", "dollar"};

inline constexpr std::array<std::string_view, 8> claim = {
    "about", "note", "as_of", "tolerance", "severity", "waive", "value", "mentions"};

// A mention in map form, keyed by its source id.
inline constexpr std::array<std::string_view, 6> mention = {
    "quote", "cell", "figure", "occurrence", "as_of", "value"};

// A cell named by its row and column (`cell: {row: Adana, column: deaths}`).
inline constexpr std::array<std::string_view, 2> cell = {"row", "column"};

// A mention as a list item, which names its source.
inline constexpr std::array<std::string_view, 7> mention_item = {
    "source", "quote", "cell", "figure", "occurrence", "as_of", "value"};

inline constexpr std::array<std::string_view, 5> check = {
    "about", "expect", "tolerance", "severity", "waive"};

inline constexpr std::array<std::string_view, 2> waive = {"reason", "until"};

inline constexpr std::array<std::string_view, 3> severity = {"error", "warning", "info"};

// Qualifier names under `defaults: approximations:` (as figures name them).
inline constexpr std::array<std::string_view, 6> approximation = {
    "about", "nearly", "more-than", "at-least", "up-to", "less-than"};

// Built-in checks under `builtins:`, each with the switch it sets.
struct Builtin {
  std::string_view name;
  bool BuiltinChecks::*enabled;
};
inline constexpr std::array<Builtin, 2> builtins = {{
    {"conversion-pairs", &BuiltinChecks::conversion_pairs},
    {"sum-statements", &BuiltinChecks::sum_statements},
}};
inline constexpr std::array<std::string_view, builtins.size()> builtin_names = [] {
  std::array<std::string_view, builtins.size()> names{};
  for (std::size_t i = 0; i < builtins.size(); ++i) names[i] = builtins[i].name;
  return names;
}();

}  // namespace crosscheck::rule_keys
