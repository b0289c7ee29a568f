// LSP positions: 0-based lines and characters counted in the encoding agreed at initialize
// (UTF-16 code units unless the client offers another), to and from byte offsets of a text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace crosscheck::lsp {

enum class Encoding { utf8, utf16, utf32 };

std::string_view to_string(Encoding encoding);

struct LspPosition {
  std::size_t line = 0;
  std::size_t character = 0;
  friend bool operator==(const LspPosition&, const LspPosition&) = default;
};

struct LspRange {
  LspPosition start, end;
};

// Line starts of a text (a view: the text must outlive it). Lines end at \n, \r\n or \r, as LSP
// counts them.
class TextPositions {
 public:
  explicit TextPositions(std::string_view text);

  LspPosition position(std::size_t offset, Encoding encoding) const;
  LspRange range(std::size_t begin, std::size_t end, Encoding encoding) const;
  // The byte at a position; a character past the line's end is its end, a line past the last is
  // the end of the text, and a character inside a code point is that code point.
  std::size_t offset(LspPosition position, Encoding encoding) const;
  // The byte at a 1-based line and code-point column (as diagnostics locate); 0 for line 0.
  std::size_t offset_of_column(std::size_t line, std::size_t column) const;

  std::size_t line_count() const { return starts_.size(); }
  std::size_t line_start(std::size_t line) const;  // 0-based line
  std::string_view line_text(std::size_t line) const;  // without its terminator

 private:
  std::size_t line_end(std::size_t line) const;

  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// Bytes of the UTF-8 sequence led by `lead` (1 for a stray continuation byte).
std::size_t utf8_length(unsigned char lead);

}  // namespace crosscheck::lsp
