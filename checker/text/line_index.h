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

  // Position of the byte at `offset` (offset == size() gives the position just past the end;
  // larger offsets are taken as size()). A text ending in a line break has an empty last line.
  Position position(std::size_t offset) const;
  // The text of a 1-based line, without its line terminator (empty when out of range).
  std::string_view line(std::size_t line) const;
  std::size_t line_count() const { return starts_.size(); }
  // Byte offset where a 1-based line starts.
  std::size_t line_start(std::size_t line) const { return starts_[line - 1]; }

 private:
  // Code points before `offset`, in constant time: counted from the nearest checkpoint.
  std::size_t code_points_before(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> starts_;
  // Code points before every kBlock-th byte; empty when the text is ASCII (a byte is a column).
  std::vector<std::size_t> checkpoints_;
};

// The lines of `text` as LineIndex counts them ("\n", "\r\n" and "\r" each end one; a text ending
// in a line break has an empty last line), without building an index.
std::size_t count_lines(std::string_view text);

}  // namespace crosscheck
