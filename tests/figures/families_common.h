// One-line descriptions of a literal or of the figures of a short text, for the family tests.
#pragma once

#include "figure_testing.h"

namespace crosscheck::testing {

inline std::string literal(std::string_view text, std::string_view language = "en") {
  ExtractOptions options;
  options.language = std::string(language);
  auto figure = parse_figure_literal(text, options);
  return figure ? describe(*figure) : "(none)";
}

inline std::string all(std::string_view text, std::string_view language = "en") {
  ExtractOptions options;
  options.language = std::string(language);
  options.document_date = Date{2015, 9, 0};
  return describe_all(extract_figures(text, options));
}

}  // namespace crosscheck::testing
