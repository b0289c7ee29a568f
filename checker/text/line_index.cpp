#include "text/line_index.h"

#include "text/utf8.h"

#include <algorithm>

namespace crosscheck {

namespace {
// Bytes between checkpoints: a column costs at most this many byte tests twice, so even a
// megabyte-long line (minified HTML) answers in constant time.
constexpr std::size_t kBlock = 256;
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  bool ascii = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      starts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
    }
  }
  if (ascii) return;
  checkpoints_.reserve(text.size() / kBlock + 1);
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) checkpoints_.push_back(count);
    if (!is_utf8_continuation(static_cast<unsigned char>(text[i]))) ++count;
  }
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
  if (checkpoints_.empty()) return offset;
  const std::size_t block = offset / kBlock;
  std::size_t count = checkpoints_[std::min(block, checkpoints_.size() - 1)];
  for (std::size_t i = std::min(block, checkpoints_.size() - 1) * kBlock; i < offset; ++i)
    if (!is_utf8_continuation(static_cast<unsigned char>(text_[i]))) ++count;
  return count;
}

Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  // The last line starting at or before the offset.
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::size_t>(after - starts_.begin());
  const std::size_t start = starts_[line - 1];
  return {line, code_points_before(offset) - code_points_before(start) + 1};
}

std::string_view LineIndex::line(std::size_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  const std::size_t start = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
  if (end > start && text_[end - 1] == '\n') --end;
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

}  // namespace crosscheck
