// English numbers in words, read by hand: compounds across scales, "and", fractions, "point" decimals.
#pragma once

#include "figures/ast.h"
#include "figures/grammar.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace crosscheck::figures {

// One English number word, classified.
struct NumberWord {
  enum Kind {
    none,
    unit,         // zero .. nineteen, nought, naught
    tens,         // twenty .. ninety (value), or "sixtynine" glued (value 69, joined = true)
    hundred,
    scale,        // thousand 3, million 6, billion 9, trillion 12, lakh 5, crore 7 (value = power)
    dozen,        // dozen, dozens, dz, dzs, doz, dozs
    and_word,
    article,      // a, an
    half,         // half, halves
    point,
    denominator,  // third(s), quarter(s), fifth(s) ... hundredth(s), millionth(s) (value = divisor)
    collective,   // pair, couple 2, score 20: a number only as "a pair of", "a score of"
  };
  Kind kind = none;
  std::int64_t value = 0;
  bool plural = false;
  bool joined = false;
};

NumberWord classify_number_word(std::string_view word);

// Reads a number stated by its order of magnitude: "dozens", "hundreds", "thousands", "tens of
// thousands", "hundreds of millions" (a following "of" and unit are the caller's). nullopt when
// none starts here.
std::optional<const char*> read_vague_number(const char* first, const char* last, ast::Numeral& out);

// The words (lower case) an English number in words can begin with: units, tens, "half",
// "quarter" (before a scale word: "quarter million"), and the articles of "a dozen", "an eighth"
// (which begin one only before another number word).
std::vector<std::string_view> number_start_words();
// The words (lower case) a number stated by its order of magnitude begins with.
std::vector<std::string_view> vague_start_words();

// Reads the longest English number in words at [first, last): "twenty-one trillion three hundred",
// "two hundred and two" (+ a scale word left to the caller: "two hundred and two thousand"),
// "three fifths", "one and a half", "nine point nought four", "half a dozen", "sixtynine".
// A scale word that ends the number is left unread when nothing of a larger scale came before,
// so that "two million" keeps its precision (a rounded figure) in the caller's hands.
// Returns the end of the number and fills `out`; nullopt when no number starts here.
std::optional<const char*> read_word_number(const char* first, const char* last, ast::Numeral& out);

}  // namespace crosscheck::figures
