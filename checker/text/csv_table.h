// CSV sources: a table of cells (RFC 4180), each with its text and where it is, and the cell
// references a rule file uses (`C12`, or a row and a column named by the first column and the
// header row).
#pragma once

#include "base/span.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct CsvCell {
  std::string text;  // unquoted, "" read as one "
  Span span;         // bytes of the cell's content in the text parsed (inside its quotes)
  bool verbatim = true;  // text is exactly those bytes (no doubled quote inside)
};

struct CsvTable {
  char delimiter = ',';
  std::vector<std::vector<CsvCell>> rows;  // rows of a blank line are left out
  std::size_t columns() const;             // of the widest row
};

struct CsvError {
  std::size_t offset = 0;  // where the problem is, in the text parsed
  std::string message;
};

// Parses CSV text. The delimiter is the one of ',', ';' and tab that the first line uses most
// outside quotes (a table written with decimal commas is separated by ';'). Errors: a quote
// left open, and text after a closing quote. Linear in the text.
std::optional<CsvTable> parse_csv(std::string_view text, CsvError& error);

// A cell in A1 notation: column letters (A, ..., Z, AA, ...) and a 1-based row.
struct CellAddress {
  std::size_t row = 0;     // 1-based
  std::size_t column = 0;  // 1-based
};
std::optional<CellAddress> parse_cell_address(std::string_view a1);
std::string cell_name(CellAddress address);  // "C12"

}  // namespace crosscheck
