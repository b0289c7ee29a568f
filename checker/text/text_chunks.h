// A text read in pieces cut at line ends, so that a file of any size passes through a buffer of
// bounded size; each piece is whole lines (bar a line longer than the cap), and none begins with
// what would read as a byte order mark.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

enum class ChunkCut {
  line,       // after any line break
  paragraph,  // after a blank line, where nothing read across it: no figure, no approximation
              // word and no parenthetical partner spans one (the next paragraph does not start
              // with a parenthesis, a comma or a semicolon)
};

struct ChunkSizes {
  std::size_t target = std::size_t{1} << 20;  // a piece ends at the first cut after this many bytes
  // A paragraph longer than this is cut at a line end instead (and a line longer than this is
  // read whole): what bounds the buffer.
  std::size_t cap = std::size_t{8} << 20;
};

class ChunkReader {
 public:
  // `read(to, n)` fills up to n bytes and returns how many; 0 at the end.
  using Read = std::function<std::size_t(char*, std::size_t)>;
  ChunkReader(Read read, ChunkCut cut, ChunkSizes sizes = {});

  // The next piece, valid until the next call; nullopt at the end of the text.
  std::optional<std::string_view> next();
  // Byte offset in the whole text of the piece last returned.
  std::size_t offset() const { return offset_; }
  // Whether the last cut fell at a line end inside a paragraph (a paragraph longer than the cap).
  bool cut_inside_paragraph() const { return inside_paragraph_; }

 private:
  bool fill(std::size_t want);  // reads until the buffer holds `want` bytes past begin_; false at the end
  std::size_t find_cut(std::size_t from) const;  // npos when none yet (or not decidable)
  bool cut_ok(std::size_t c) const;

  Read read_;
  ChunkCut cut_;
  ChunkSizes sizes_;
  std::string buffer_;
  std::size_t begin_ = 0;       // where the next piece starts in buffer_
  std::size_t offset_ = 0;      // of the piece last returned
  std::size_t consumed_ = 0;    // bytes of the text before buffer_[0]
  bool at_end_ = false;
  bool inside_paragraph_ = false;
};

}  // namespace crosscheck
