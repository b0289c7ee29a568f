// Spelled-out numbers, ordinals and scale words (English, Japanese, Vietnamese).
#pragma once

#include "figures/lexicon.h"

#include <utility>

namespace crosscheck::figures {

// zero .. nineteen
struct UnitWords : Lexicon<int> {
  UnitWords() {
    static constexpr const char* names[] = {
        "zero",    "one",     "two",       "three",    "four",     "five",    "six",
        "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
        "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i) word(names[i], i);
  }
};

// one .. nine: what may follow a tens word ("twenty-five", "sixtynine").
struct DigitWords : Lexicon<int> {
  DigitWords() {
    static constexpr const char* names[] = {"one", "two",   "three", "four", "five",
                                            "six", "seven", "eight", "nine"};
    for (int i = 0; i < 9; ++i) word(names[i], i + 1);
  }
};

struct TensWords : Lexicon<int> {
  TensWords() {
    static constexpr const char* names[] = {"twenty", "thirty",  "forty",  "fifty",
                                            "sixty",  "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i) word(names[i], (i + 2) * 10);
  }
};

struct OrdinalWords : Lexicon<int> {
  OrdinalWords() {
    static constexpr const char* names[] = {
        "first",      "second",     "third",       "fourth",     "fifth",
        "sixth",      "seventh",    "eighth",      "ninth",      "tenth",
        "eleventh",   "twelfth",    "thirteenth",  "fourteenth", "fifteenth",
        "sixteenth",  "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (int i = 0; i < 20; ++i) word(names[i], i + 1);
    word("thirtieth", 30);
    word("fortieth", 40);
    word("fiftieth", 50);
    word("sixtieth", 60);
    word("seventieth", 70);
    word("eightieth", 80);
    word("ninetieth", 90);
    word("hundredth", 100);
  }
};

// first .. ninth after a tens word ("twenty-first").
struct DigitOrdinals : Lexicon<int> {
  DigitOrdinals() {
    static constexpr const char* names[] = {"first", "second",  "third",  "fourth", "fifth",
                                            "sixth", "seventh", "eighth", "ninth"};
    for (int i = 0; i < 9; ++i) word(names[i], i + 1);
  }
};

// Scale words written after a space: the power of ten they multiply by.
struct ScaleWords : Lexicon<int> {
  ScaleWords() {
    word("hundred", 2);  // after digits: "322 hundred" (words read their own hundreds)
    word("thousand", 3);
    word("million", 6);
    word("billion", 9);
    word("trillion", 12);
    // The plurals after a number ("three billions", "two thousand millions"): a scale all the same.
    word("thousands", 3);
    word("millions", 6);
    word("billions", 9);
    word("trillions", 12);
    word("lakh", 5);
    word("lakhs", 5);
    word("crore", 7);
    word("crores", 7);
    // Indian English abbreviates both: "Rs 5 cr", "Rs 3 lac", "30 lacs", "12 lkh".
    for (const char* w : {"lac", "lacs", "lkh", "lkhs"}) word(w, 5);
    for (const char* w : {"cr", "cr.", "krore", "krores"}) word(w, 7);
    exact("nghìn", 3);
    exact("ngàn", 3);
    exact("triệu", 6);
    exact("tỷ", 9);
    exact("tỉ", 9);
    exact("万", 4);
    exact("億", 8);
    exact("兆", 12);
  }
};

// Suffixes glued to digits ("130bn", "5k", "286億").
struct ScaleSuffixes : Lexicon<int> {
  ScaleSuffixes() {
    exact("k", 3);
    exact("K", 3);
    exact("mn", 6);
    exact("mln", 6);
    exact("mil", 6);
    exact("M", 6);   // capital M is mega; a lower-case m may be metres ("100m race")
    exact("MM", 6);  // the accountants' thousand thousands: "US$ 1MM"
    exact("bn", 9);
    exact("bln", 9);
    exact("b", 9);
    exact("tn", 12);
    exact("tln", 12);
    exact("trn", 12);
    exact("千", 3);
    exact("万", 4);
    exact("億", 8);
    exact("兆", 12);
  }
};

// Japanese scales that end a group of a compound figure: "286億9,100万円" is 286 × 10⁸ + 9,100 × 10⁴.
struct KanjiScales : Lexicon<int> {
  KanjiScales() {
    exact("万", 4);
    exact("億", 8);
    exact("兆", 12);
  }
};

// Suffixes that may stand one space apart from the digits: "2.33 k", "1,674,200.5 M", "10 bln".
struct SpacedSuffixes : Lexicon<int> {
  SpacedSuffixes() {
    for (auto [text, power] : {std::pair{"k", 3}, {"K", 3}, {"M", 6}, {"mn", 6}, {"mln", 6},
                               {"bn", 9}, {"bln", 9}, {"tn", 12}, {"tln", 12}, {"trn", 12}})
      exact(text, power);
  }
};

// One-letter suffixes that are scales only after a currency ("$829m", "$2.1T"; "100m" may be
// metres, "5t" tonnes).
struct MoneySuffixes : Lexicon<int> {
  MoneySuffixes() {
    exact("m", 6);
    exact("M", 6);
    exact("b", 9);
    exact("B", 9);
    exact("t", 12);
    exact("T", 12);
  }
};

}  // namespace crosscheck::figures

namespace crosscheck::figures {

// Superlatives that make an ordinal a rank: "third biggest", "fourth largest".
struct RankWords : Lexicon<int> {
  RankWords() {
    for (const char* w : {"biggest", "largest", "highest", "greatest", "smallest", "lowest",
                          "most", "top", "leading", "best", "worst"})
      word(w, 0);
  }
};

}  // namespace crosscheck::figures
