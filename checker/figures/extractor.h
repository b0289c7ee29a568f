// Finds every figure in a text in one pass, trying the grammar only where a figure can start.
#pragma once

#include "base/date.h"
#include "base/number.h"
#include "figures/figure.h"

#include <cstdint>
#include <functional>
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

// The long lines of a text (24 bytes or more, without the line end) that occur in it more than
// once: what tells a running head. Fed piece by piece (pieces cut at line ends), it serves a text
// read in pieces; lines are kept as 64-bit hashes, so its memory grows with the number of
// different lines, not their length (two lines share a hash with a chance of about n²/2^65).
class RepeatedLines {
 public:
  void add_text(std::string_view text);
  bool contains(std::string_view line) const;

 private:
  void insert(std::uint64_t key);
  std::vector<std::uint64_t> slots_;  // open addressing; 0 empty; low bit: seen twice
  std::size_t used_ = 0;
};

// The figures of one piece of a longer text: `repeated` holds the whole text's repeated lines, so
// that a running head repeated in another piece is still one.
std::vector<Figure> extract_figures(std::string_view text, const ExtractOptions& options,
                                    const RepeatedLines* repeated);

// The same figures handed to `emit` one by one in reading order, each as soon as no later figure
// can change it (its `pair` counts the figures handed on before): memory holds a few hundred
// figures at most, however many the text has.
void for_each_figure(std::string_view text, const ExtractOptions& options, const RepeatedLines* repeated,
                     const std::function<void(Figure&)>& emit);

// Parses a whole string as exactly one figure ("8 vessels", "28.6 billion yen", "2015-09-15");
// nullopt when the string is not one figure. Used for literals in rule files and the CLI.
std::optional<Figure> parse_figure_literal(std::string_view text, const ExtractOptions& options = {});

}  // namespace crosscheck
