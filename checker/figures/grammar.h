// The figure grammar's entry points: one figure phrase, one approximation prefix.
#pragma once

#include "figures/ast.h"
#include "figures/config.h"
#include "figures/figure.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace crosscheck::figures {
namespace parser {

struct phrase_class;
struct qualifier_prefix_class;
using phrase_type = x3::rule<phrase_class, ast::Phrase>;
using qualifier_prefix_type = x3::rule<qualifier_prefix_class, Qualifier>;

BOOST_SPIRIT_DECLARE(phrase_type, qualifier_prefix_type)

}  // namespace parser

const parser::phrase_type& phrase();
const parser::qualifier_prefix_type& qualifier_prefix();

// Where the scanner tries the grammar. A figure begins with a digit, with a currency symbol ("$",
// "€", "¥"; told from other punctuation by its first two bytes), or with a word of letters that some table entry begins with ("twenty", "September", "US" of
// "US$", "a" of "a dozen"); approximation words are read backwards from a figure once it is found.
class SymbolStarts {
 public:
  // The shared tables' symbols and those of `tables` (nullptr: none of a language's own).
  explicit SymbolStarts(const LanguageTables* tables);
  bool first_byte(unsigned char b) const { return first_[b]; }
  bool at(const char* p, const char* end) const {
    const auto first = static_cast<unsigned char>(p[0]);
    if (!first_[first]) return false;  // most bytes: one look
    return pairs_[first << 8 | (end - p >= 2 ? static_cast<unsigned char>(p[1]) : 0u)];
  }

 private:
  std::array<bool, 256> first_{};
  std::vector<bool> pairs_;  // bit (first byte << 8 | second byte); "$" sets all 256 of its pairs
};
// Built once for each language, the first time it is asked for.
const SymbolStarts& symbol_starts(const LanguageTables* tables);
// For a word whose ASCII letters are [p, letters_end): a word some entry begins with, a tens word
// glued to a unit ("sixtynine", where a PDF lost the hyphen), or an article before another number
// word ("a dozen", "an eighth").
bool may_start_figure(const char* p, const char* letters_end, const char* end);
// For a word [p, word_end) of any script: a word a figure in the language may begin with ("drei",
// "zweihundert", "vingt", "thứ", "đầu").
bool language_may_start_figure(const LanguageTables& tables, const char* p, const char* word_end);
// Bytes an approximation word ("about", "約", "rund") can begin with: the shared words' and
// those of `tables`, the only ones the grammar reads in that language.
const std::array<bool, 256>& qualifier_start_bytes(const LanguageTables* tables);

// Parses one phrase (or qualifier prefix) at `first`; on success moves `first` past it.
bool parse_phrase(const char*& first, const char* last, const parser::Separators& separators,
                  ast::Phrase& out);
bool parse_qualifier_prefix(const char*& first, const char* last,
                            const parser::Separators& separators, Qualifier& out);

// True when a character starting with this byte continues a word: ASCII letters and digits, and
// the lead bytes of Latin, Greek, Cyrillic and Vietnamese letters (CJK, which needs no spaces, and
// punctuation such as ’ or a no-break space do not).
// Asked at nearly every byte of a text: one load from a table.
inline constexpr std::array<bool, 256> kWordLeads = [] {
  std::array<bool, 256> leads{};
  for (unsigned c = 0; c < 256; ++c)
    leads[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= 0xC3 && c <= 0xDF) || c == 0xE1;
  return leads;
}();
constexpr bool is_word_lead(unsigned char c) { return kWordLeads[c]; }

// Past the ASCII letters at p: the part of a word the word tables are asked about. Setting the
// case bit folds capitals onto small letters, and no other byte onto them: one range test a byte,
// made on eight bytes at once where eight remain (most words end within the first eight).
inline const char* ascii_letters_end(const char* p, const char* end) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  while (end - p >= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    const std::uint64_t x = (v | 0x20 * ones) & ~highs;  // folded, the high bit apart
    // A byte's high bit: x >= 'a' after adding 0x1F, x > 'z' after adding 5 (neither carries over).
    const std::uint64_t letters = (x + 0x1F * ones) & ~(x + 0x05 * ones) & ~v & highs;
    if (letters != highs) {
      if constexpr (std::endian::native == std::endian::little)
        return p + std::countr_zero(~letters & highs) / 8;
      break;
    }
    p += 8;
  }
  while (p < end && (static_cast<unsigned>(static_cast<unsigned char>(*p) | 0x20u) - 'a') < 26u) ++p;
  return p;
}

}  // namespace crosscheck::figures
