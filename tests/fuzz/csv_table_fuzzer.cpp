// CSV sources: any text as a table; every cell must lie inside the text, and a verbatim cell's
// text must be its bytes.
#include "text/csv_table.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace crosscheck;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CsvError error;
  const auto table = parse_csv(text, error);
  if (!table) {
    if (error.offset > size || error.message.empty()) std::abort();
    return 0;
  }
  for (const auto& row : table->rows)
    for (const CsvCell& cell : row) {
      if (cell.span.begin > cell.span.end || cell.span.end > size) std::abort();
      if (cell.verbatim && text.substr(cell.span.begin, cell.span.size()) != cell.text) std::abort();
    }
  // Cell names: whatever the text, a name reads back as the cell it names.
  if (size >= 2) {
    const CellAddress address{static_cast<std::size_t>(data[0]) + 1, static_cast<std::size_t>(data[1]) * 7 + 1};
    const auto back = parse_cell_address(cell_name(address));
    if (!back || back->row != address.row || back->column != address.column) std::abort();
  }
  return 0;
}
