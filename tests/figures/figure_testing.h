// Helpers shared by the figure tests: one-line descriptions and lookups by text.
#pragma once

#include "figures/extractor.h"

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::testing {

// "kind text value [low, high] unit" — the golden files' format after "line:column".
inline std::string describe(const Figure& f) {
  std::string s = std::string(to_string(f.kind)) + " " + f.text + " = " + format_number(f.value) +
                  " " + to_string(f.interval);
  if (!f.unit.empty()) s += " " + f.unit;
  if (f.qualifier != Qualifier::none) s += " (" + f.qualifier_text + ")";
  if (!f.noun.empty()) s += " noun=" + f.noun;
  if (f.pair) s += " pair=" + std::to_string(*f.pair);
  return s;
}

inline const Figure* find_text(const std::vector<Figure>& figures, std::string_view text) {
  for (const auto& f : figures)
    if (f.text == text) return &f;
  return nullptr;
}

inline std::string describe_all(const std::vector<Figure>& figures) {
  std::string s;
  for (const auto& f : figures) s += describe(f) + "\n";
  return s;
}

}  // namespace crosscheck::testing
