#include "text/csv_table.h"

#include <algorithm>
#include <array>

namespace crosscheck {

std::size_t CsvTable::columns() const {
  std::size_t widest = 0;
  for (const auto& row : rows) widest = std::max(widest, row.size());
  return widest;
}

namespace {

char guess_delimiter(std::string_view text) {
  constexpr std::array<char, 3> kCandidates{',', ';', '\t'};
  std::array<std::size_t, 3> counts{};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    for (std::size_t i = 0; i < kCandidates.size(); ++i) counts[i] += c == kCandidates[i];
  }
  const auto most = std::max_element(counts.begin(), counts.end());
  return *most == 0 ? ',' : kCandidates[static_cast<std::size_t>(most - counts.begin())];
}

}  // namespace

std::optional<CsvTable> parse_csv(std::string_view text, CsvError& error) {
  CsvTable table;
  std::size_t at = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  table.delimiter = guess_delimiter(text.substr(at));
  const char delimiter = table.delimiter;
  std::vector<CsvCell> row;
  bool row_blank = true;
  while (at <= text.size()) {
    CsvCell cell;
    if (at < text.size() && text[at] == '"') {
      const std::size_t open = at++;
      cell.span.begin = at;
      for (;;) {
        const std::size_t quote = text.find('"', at);
        if (quote == std::string_view::npos) {
          error = {open, "quote opened here is never closed"};
          return std::nullopt;
        }
        cell.text.append(text.substr(at, quote - at));
        if (quote + 1 < text.size() && text[quote + 1] == '"') {  // "" is one "
          cell.text += '"';
          cell.verbatim = false;
          at = quote + 2;
          continue;
        }
        cell.span.end = quote;
        at = quote + 1;
        break;
      }
      if (at < text.size() && text[at] != delimiter && text[at] != '\n' && text[at] != '\r') {
        error = {at, "text after the closing quote of a cell"};
        return std::nullopt;
      }
      row_blank = false;
    } else {
      std::size_t end = at;
      while (end < text.size() && text[end] != delimiter && text[end] != '\n') ++end;
      std::size_t content_end = end;
      if (content_end > at && text[content_end - 1] == '\r') --content_end;
      cell.span = {at, content_end};
      cell.text = std::string(text.substr(at, content_end - at));
      if (!cell.text.empty()) row_blank = false;
      at = end;
    }
    row.push_back(std::move(cell));
    if (at < text.size() && text[at] == '\r') ++at;
    if (at < text.size() && text[at] == delimiter) {
      ++at;
      row_blank = false;
      continue;
    }
    // End of a line (or of the text): a blank line is no row.
    if (!row_blank) table.rows.push_back(std::move(row));
    row.clear();
    row_blank = true;
    if (at >= text.size()) break;
    ++at;  // the '\n'
    if (at == text.size()) break;
  }
  return table;
}

std::optional<CellAddress> parse_cell_address(std::string_view a1) {
  CellAddress address;
  std::size_t i = 0;
  for (; i < a1.size() && ((a1[i] >= 'A' && a1[i] <= 'Z') || (a1[i] >= 'a' && a1[i] <= 'z')); ++i) {
    if (address.column > 100000) return std::nullopt;
    const char upper = static_cast<char>(a1[i] >= 'a' ? a1[i] - 'a' + 'A' : a1[i]);
    address.column = address.column * 26 + static_cast<std::size_t>(upper - 'A' + 1);
  }
  if (i == 0 || i == a1.size() || a1[i] == '0') return std::nullopt;
  for (; i < a1.size(); ++i) {
    if (a1[i] < '0' || a1[i] > '9' || address.row > 100000000) return std::nullopt;
    address.row = address.row * 10 + static_cast<std::size_t>(a1[i] - '0');
  }
  return address;
}

std::string cell_name(CellAddress address) {
  std::string letters;
  for (std::size_t column = address.column; column > 0; column = (column - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters + std::to_string(address.row);
}

}  // namespace crosscheck
