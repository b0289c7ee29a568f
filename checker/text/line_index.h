// Maps byte offsets of a text to 1-based line and code-point column.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace crosscheck {

struct Position {
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, counted in Unicode code points
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  // Position of the byte at `offset` (offset == size() gives the position just past the end).
  Position position(std::size_t offset) const;
  // The text of a 1-based line, without its line terminator.
  std::string_view line(std::size_t line) const;
  std::size_t line_count() const { return starts_.size(); }
  // Byte offset where a 1-based line starts.
  std::size_t line_start(std::size_t line) const { return starts_[line - 1]; }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace crosscheck
