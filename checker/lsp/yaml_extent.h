// How far a key or a scalar of a rule file runs, from the byte where the loader located it: the
// loader keeps where things start; an editor underlines them whole.
#pragma once

#include <cstddef>
#include <string_view>

namespace crosscheck::lsp {

// The end of the key (or other single token) starting at `begin`: up to a ':', a flow indicator,
// the end of the line or a comment, trailing blanks left out; a quoted key up to its closing quote.
std::size_t key_end(std::string_view text, std::size_t begin);

// The end of the scalar whose content starts at `begin` (after its opening quote, if quoted):
// its closing quote (escapes skipped, lines crossed); for a plain scalar the end of the line, a
// comment, or in a flow collection the next ',', '}' or ']'.
std::size_t scalar_end(std::string_view text, std::size_t begin);

// The identifier (letters, digits, '_') around `offset`, as [begin, end); empty when none.
struct Word {
  std::size_t begin = 0, end = 0;
  bool empty() const { return begin == end; }
};
Word word_at(std::string_view text, std::size_t offset);

}  // namespace crosscheck::lsp
