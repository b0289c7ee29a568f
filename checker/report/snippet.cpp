#include "report/snippet.h"

#include <algorithm>
#include <vector>

namespace crosscheck {

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

Snippet make_snippet(std::string_view line, std::size_t column, std::size_t width,
                     std::size_t max_width) {
  // Byte offset of every code point, plus the end.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) starts.push_back(i);
  std::size_t count = starts.size();
  starts.push_back(line.size());
  std::string text;
  for (char c : line) text += c == '\t' ? ' ' : c;  // a tab would break caret alignment
  column = std::clamp<std::size_t>(column, 1, count + 1);
  width = std::max<std::size_t>(1, std::min(width, count + 1 - column + 1));
  if (count <= max_width) return {text, column, width};

  std::size_t context = max_width / 3;
  std::size_t first = column - 1 > context ? column - 1 - context : 0;
  std::size_t last = std::min(count, std::max(first + max_width, column - 1 + width + context));
  if (last - first > max_width + width) last = first + max_width + width;
  Snippet s;
  if (first > 0) s.text = "…";
  s.text += text.substr(starts[first], starts[last] - starts[first]);
  if (last < count) s.text += "…";
  s.column = column - first + (first > 0 ? 1 : 0);
  s.width = std::min(width, last - (column - 1));
  return s;
}

}  // namespace crosscheck
