#include "text/line_index.h"

#include "text/utf8.h"

#include <algorithm>
#include <cstring>

namespace crosscheck {

namespace {
// Bytes between checkpoints: a column costs at most this many byte tests twice, so even a
// megabyte-long line (minified HTML) answers in constant time.
constexpr std::size_t kBlock = 256;
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  const char* const data = text.data();
  const std::size_t size = text.size();
  // Most texts end their lines in "\n" alone: those are found with memchr. A text with a "\r"
  // (alone, or before "\n") is read byte by byte.
  if (size > 0 && std::memchr(data, '\r', size) == nullptr) {
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', size - static_cast<std::size_t>(p - data)))); ++p)
      starts_.push_back(static_cast<std::size_t>(p - data) + 1);
  } else {
    for (std::size_t i = 0; i < size; ++i) {
      const char c = data[i];
      if (c == '\n') {
        starts_.push_back(i + 1);
      } else if (c == '\r') {
        if (i + 1 < size && data[i + 1] == '\n') ++i;
        starts_.push_back(i + 1);
      }
    }
  }
  unsigned char high = 0;
  for (std::size_t i = 0; i < size; ++i) high |= static_cast<unsigned char>(data[i]);
  if (high < 0x80) return;
  // Code points are counted a block at a time, in a loop without branches.
  checkpoints_.reserve(size / kBlock + 1);
  std::size_t count = 0;
  for (std::size_t block = 0; block < size; block += kBlock) {
    checkpoints_.push_back(count);
    const std::size_t block_end = std::min(size, block + kBlock);
    std::size_t in_block = 0;
    for (std::size_t i = block; i < block_end; ++i)
      in_block += (static_cast<unsigned char>(data[i]) & 0xC0) != 0x80 ? 1 : 0;
    count += in_block;
  }
}

std::size_t count_lines(std::string_view text) {
  const char* const data = text.data();
  const std::size_t size = text.size();
  std::size_t lines = 1;
  if (size > 0 && std::memchr(data, '\r', size) == nullptr) {
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', size - static_cast<std::size_t>(p - data)))); ++p)
      ++lines;
    return lines;
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == '\n') {
      ++lines;
    } else if (data[i] == '\r') {
      if (i + 1 < size && data[i + 1] == '\n') ++i;
      ++lines;
    }
  }
  return lines;
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
