// Finds every figure in a text in one pass, trying the grammar only where a figure can start.
#pragma once

#include "base/date.h"
#include "base/number.h"
#include "figures/figure.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// How far each approximation word widens a figure (SPEC §2); a rule file may override them.
struct ApproximationWidths {
  Number about = Number(5) / 100;   // about X: X ± 5%
  Number nearly = Number(10) / 100;  // nearly X: [X - 10%, X]
};

struct ExtractOptions {
  std::string language = "en";       // decides decimal and thousands separators ("vi": 1.234,5)
  std::optional<Date> document_date; // supplies the year of dates written without one
  std::string dollar = "USD";        // what a bare "$" means
  std::string yen = "JPY";           // what a bare "¥" means
  ApproximationWidths approximations;
};

std::vector<Figure> extract_figures(std::string_view text, const ExtractOptions& options = {});

// Parses a whole string as exactly one figure ("8 vessels", "28.6 billion yen", "2015-09-15");
// nullopt when the string is not one figure. Used for literals in rule files and the CLI.
std::optional<Figure> parse_figure_literal(std::string_view text, const ExtractOptions& options = {});

}  // namespace crosscheck
