// The figure grammar's entry points: one figure phrase, one approximation prefix.
#pragma once

#include "figures/ast.h"
#include "figures/config.h"
#include "figures/figure.h"

#include <array>

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

// Bytes at which a word-table entry can begin (digits excluded): where the scanner tries the grammar.
const std::array<bool, 256>& word_start_bytes();

// Parses one phrase (or qualifier prefix) at `first`; on success moves `first` past it.
bool parse_phrase(const char*& first, const char* last, const parser::Separators& separators,
                  ast::Phrase& out);
bool parse_qualifier_prefix(const char*& first, const char* last,
                            const parser::Separators& separators, Qualifier& out);

// True when a character starting with this byte continues a word: ASCII letters and digits, and
// the lead bytes of Latin, Greek, Cyrillic and Vietnamese letters (CJK, which needs no spaces, and
// punctuation such as ’ or a no-break space do not).
constexpr bool is_word_lead(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC3 && c <= 0xDF) || c == 0xE1;
}

}  // namespace crosscheck::figures
