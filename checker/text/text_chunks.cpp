#include "text/text_chunks.h"

#include "text/utf8.h"

#include <algorithm>
#include <cstring>

namespace crosscheck {

namespace {

constexpr std::size_t npos = std::string::npos;
// Read ahead of a cut so that what follows it can be judged.
constexpr std::size_t kLookahead = 4096;

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

ChunkReader::ChunkReader(Read read, ChunkCut cut, ChunkSizes sizes)
    : read_(std::move(read)), cut_(cut), sizes_(sizes) {
  sizes_.target = std::max<std::size_t>(sizes_.target, 1);
  sizes_.cap = std::max(sizes_.cap, sizes_.target);
}

bool ChunkReader::fill(std::size_t want) {
  while (!at_end_ && buffer_.size() - begin_ < want) {
    const std::size_t old = buffer_.size();
    const std::size_t block = std::max<std::size_t>(want - (old - begin_), 1 << 16);
    buffer_.resize(old + block);
    const std::size_t got = read_(buffer_.data() + old, block);
    buffer_.resize(old + got);
    if (got == 0) at_end_ = true;
  }
  return !at_end_;
}

bool ChunkReader::cut_ok(std::size_t c) const {
  const std::string_view text = buffer_;
  if (c <= begin_ || c >= text.size() || text[c - 1] != '\n') return false;
  // A byte order mark at a piece's start would be read as one, not as text.
  if (text.size() - c < kUtf8Bom.size() && !at_end_) return false;
  if (text.substr(c, kUtf8Bom.size()) == kUtf8Bom) return false;
  if (cut_ == ChunkCut::line) return true;
  // The line before c is blank and a whole line of this piece.
  std::size_t l = c - 1;
  while (l > begin_ && blank(text[l - 1])) --l;
  if (l == begin_ || text[l - 1] != '\n') return false;
  // What starts the next paragraph cannot belong to the figure before it.
  std::size_t k = c;
  while (k < text.size() && (blank(text[k]) || text[k] == '\n')) ++k;
  if (k == text.size()) return at_end_;
  const char first = text[k];
  return first != '(' && first != ')' && first != ',' && first != ';';
}

std::size_t ChunkReader::find_cut(std::size_t from) const {
  const char* data = buffer_.data();
  for (std::size_t i = std::max(from, begin_ + 1) - 1; i < buffer_.size();) {
    const void* nl = std::memchr(data + i, '\n', buffer_.size() - i);
    if (!nl) return npos;
    const std::size_t c = static_cast<std::size_t>(static_cast<const char*>(nl) - data) + 1;
    if (cut_ok(c)) return c;
    i = c;
  }
  return npos;
}

std::optional<std::string_view> ChunkReader::next() {
  if (begin_ > 0) {
    buffer_.erase(0, begin_);
    consumed_ += begin_;
    begin_ = 0;
  }
  inside_paragraph_ = false;
  std::size_t want = sizes_.target + kLookahead;
  std::size_t cut = npos;
  for (;;) {
    fill(want);
    if (buffer_.size() == begin_) return std::nullopt;
    const std::size_t size = buffer_.size() - begin_;
    cut = find_cut(begin_ + std::min(sizes_.target, size));
    if (cut != npos && cut - begin_ > sizes_.cap && cut_ == ChunkCut::paragraph) cut = npos;
    if (cut != npos) break;
    if (size > sizes_.cap && cut_ == ChunkCut::paragraph) {
      // A paragraph longer than the cap: cut at its last line end before the cap.
      const ChunkCut saved = cut_;
      cut_ = ChunkCut::line;
      std::size_t c = npos;
      for (std::size_t i = begin_ + sizes_.cap; i > begin_ + 1 && c == npos; --i)
        if (buffer_[i - 1] == '\n' && cut_ok(i)) c = i;
      if (c == npos) c = find_cut(begin_ + sizes_.cap);  // a line longer than the cap: its end
      cut_ = saved;
      if (c != npos) {
        cut = c;
        inside_paragraph_ = true;
        break;
      }
    }
    if (at_end_) {
      cut = buffer_.size();
      break;
    }
    want = std::max(want * 2, size + kLookahead);
  }
  offset_ = consumed_ + begin_;
  const std::string_view piece(buffer_.data() + begin_, cut - begin_);
  begin_ = cut;
  return piece;
}

}  // namespace crosscheck
