// The figure grammar (Boost.Spirit X3). Only grammar.cpp includes this file.
#pragma once

#include "figures/ast.h"
#include "figures/ast_adapted.h"
#include "figures/config.h"
#include "figures/currencies.h"
#include "figures/grammar.h"
#include "figures/kanji_number.h"
#include "figures/languages/language.h"
#include "figures/months.h"
#include "figures/nouns.h"
#include "figures/number_words.h"
#include "figures/qualifiers.h"
#include "figures/unit_words.h"
#include "figures/word_number.h"

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

namespace crosscheck::figures::parser {

// ---- word tables (one instance each; the scanner's start bytes are derived from them)

inline const UnitWords unit_words;
inline const DigitWords digit_words;
inline const TensWords tens_words;
inline const OrdinalWords ordinal_words;
inline const DigitOrdinals digit_ordinals;
inline const RankWords rank_words;
inline const ScaleWords scale_words;
inline const ScaleSuffixes scale_suffixes;
inline const KanjiScales kanji_scales;
inline const SpacedSuffixes spaced_suffixes;
inline const MoneySuffixes money_suffixes;
inline const CurrencyPrefixes currency_prefixes;
inline const CurrencyWords currency_words;
inline const QualifierWords qualifier_words;
inline const PostQualifiers post_qualifiers;
inline const MonthNames month_names;
inline const JapaneseEras japanese_eras;
inline const CountNouns count_nouns;
inline const Counters counters;
inline const NounModifiers noun_modifiers;
inline const DurationUnits duration_units;
inline const StopWords stop_words;

// ---- primitive parsers on bytes: no classification through the standard encoding, which
// asserts on bytes ≥ 0x80.

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

template <typename Attr, typename Value>
void store(Attr& attr, Value&& value) {
  if constexpr (!std::is_same_v<std::remove_const_t<Attr>, x3::unused_type>)
    attr = std::forward<Value>(value);
}

// Succeeds, consuming nothing, where no word continues.
struct WordEnd : x3::parser<WordEnd> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return first == last || !is_word_lead(static_cast<unsigned char>(*first));
  }
};

// One word: letters (any script), digits, inner hyphens and apostrophes ("Su-30MKs").
struct WordToken : x3::parser<WordToken> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    auto letter = [](unsigned char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xDF) ||
             c == 0xE1;
    };
    auto inner = [](unsigned char c) { return is_word_lead(c) || (c >= 0x80 && c <= 0xBF); };
    It i = first;
    if (i == last || !letter(static_cast<unsigned char>(*i))) return false;
    while (i != last) {
      auto c = static_cast<unsigned char>(*i);
      if (inner(c)) {
        ++i;
      } else if ((c == '-' || c == '\'') && i + 1 != last &&
                 is_word_lead(static_cast<unsigned char>(i[1]))) {
        ++i;
      } else {
        break;
      }
    }
    first = i;
    return true;
  }
};

// Digits with the language's separators into an exact decimal that remembers its precision:
// "1,234.5" (en), "1.234,5" (vi, de, fr), "1 234". Groups must be exactly three digits.
struct DigitsParser : x3::parser<DigitsParser> {
  using attribute_type = ast::Numeral;
  static bool const has_attribute = true;
  // The most digits a number may have; reading stops one past it, so no number is read for
  // longer than that however long the run of digits and groups.
  static constexpr int kMaxDigits = 40;

  template <typename It>
  static std::size_t group_width(It i, It const& last, char group) {
    if (i == last) return 0;
    if (*i == group || *i == ' ') return 1;
    auto rest = last - i;
    if (rest >= 2 && i[0] == '\xC2' && i[1] == '\xA0') return 2;  // no-break space
    if (rest >= 3 && i[0] == '\xE2' && i[1] == '\x80' && (i[2] == '\xAF' || i[2] == '\x89'))
      return 3;  // narrow no-break space, thin space
    return 0;
  }

  // A full-width digit (U+FF10..U+FF19, as Japanese text writes "２８６億円"): its value, or -1.
  template <typename It>
  static int wide_digit(It i, It const& last) {
    if (last - i < 3 || i[0] != '\xEF' || i[1] != '\xBC') return -1;
    const auto c = static_cast<unsigned char>(i[2]);
    return c >= 0x90 && c <= 0x99 ? c - 0x90 : -1;
  }

  // Full-width digits, with full-width commas between groups of three and a full-width point.
  template <typename It, typename Attr>
  static bool parse_wide(It& first, It const& last, Attr& attr) {
    It i = first;
    std::string digits;
    ast::Numeral n;
    auto run = [&](bool fraction) {
      for (int d; digits.size() <= std::size_t{kMaxDigits} && (d = wide_digit(i, last)) >= 0; i += 3) {
        digits += static_cast<char>('0' + d);
        if (fraction) --n.exponent;
        else ++n.int_digits;
      }
    };
    run(false);
    while (last - i >= 12 && std::string_view(i, 3) == "\xEF\xBC\x8C" && wide_digit(i + 3, last) >= 0 &&
           wide_digit(i + 6, last) >= 0 && wide_digit(i + 9, last) >= 0 && wide_digit(i + 12, last) < 0) {
      i += 3;  // "，"
      run(false);
      n.grouped = true;
    }
    if (last - i >= 6 && std::string_view(i, 3) == "\xEF\xBC\x8E" && wide_digit(i + 3, last) >= 0) {
      i += 3;  // "．"
      digits += '.';
      n.fraction = true;
      run(true);
    }
    if (digits.size() > std::size_t{kMaxDigits}) return false;
    n.value = Number(digits);
    store(attr, std::move(n));
    first = i;
    return true;
  }

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    if (first != last && *first == '\xEF' && wide_digit(first, last) >= 0) return parse_wide(first, last, attr);
    const Separators& sep = x3::get<separators_tag>(context);
    It i = first;
    std::string digits;
    if (i != last && *i == '-') {
      digits += '-';
      ++i;
    }
    ast::Numeral n;
    while (i != last && is_digit(*i)) {
      digits += *i++;
      ++n.int_digits;
    }
    // ".08": a decimal written without its leading zero.
    const bool bare_point = n.int_digits == 0 && i != last && *i == sep.decimal && last - i >= 2 &&
                            is_digit(i[1]);
    if (n.int_digits == 0 && !bare_point) return false;
    if (bare_point) digits += '0';
    // Indian grouping: "1,00,000" (a lakh), "5,00,00,000" (five crore), "12,34,567": pairs of
    // digits, then a last group of three.
    if (sep.group == ',' && n.int_digits >= 1 && n.int_digits <= 2) {
      It j = i;
      int pairs = 0;
      while (pairs <= kMaxDigits / 2 && last - j >= 3 && j[0] == ',' && is_digit(j[1]) && is_digit(j[2]) &&
             !(last - j >= 4 && is_digit(j[3]))) {
        j += 3;
        ++pairs;
      }
      if (pairs >= 1 && last - j >= 4 && j[0] == ',' && is_digit(j[1]) && is_digit(j[2]) &&
          is_digit(j[3]) && !(last - j >= 5 && is_digit(j[4]))) {
        for (It k = i; k != j + 4; ++k)
          if (*k != ',') digits += *k;
        n.int_digits += 2 * pairs + 3;
        n.grouped = true;
        i = j + 4;
      }
    }
    if (n.int_digits <= 3) {
      for (;;) {
        std::size_t width = group_width(i, last, sep.group);
        if (width == 0) break;
        It g = i + static_cast<std::ptrdiff_t>(width);
        if (last - g < 3 || !is_digit(g[0]) || !is_digit(g[1]) || !is_digit(g[2])) break;
        if (last - g > 3 && is_digit(g[3])) break;
        // Past the longest number read, stop here rather than at the end of a long chain of groups
        // ("1 111 111 …"), which the scanner would read again from each of its groups.
        if (n.int_digits > kMaxDigits) return false;
        // A space group is only a group when the first one was not a comma group and vice versa.
        digits.append(g, g + 3);
        n.int_digits += 3;
        n.grouped = true;
        i = g + 3;
      }
    }
    // "1,3" and "5,00" in English text: a comma before one or two digits that end the number
    // (not a list "22,24,26") is a decimal comma.
    char decimal = sep.decimal;
    if (sep.group == ',' && !sep.in_list && !n.grouped && i != last && *i == ',' && last - i >= 2 &&
        is_digit(i[1])) {
      It j = i + 1;
      while (j != last && is_digit(*j) && j - i <= 3) ++j;
      const auto width = j - i - 1;
      const bool list = j != last && (*j == ',' || *j == sep.decimal) && last - j >= 2 && is_digit(j[1]);
      if (width <= 2 && (j == last || !is_digit(*j)) && !list) decimal = ',';
    }
    const std::string_view extra = sep.tables ? sep.tables->extra_decimal : std::string_view();
    const auto extra_size = static_cast<std::ptrdiff_t>(extra.size());
    if (!extra.empty() && n.int_digits > 0 && last - i > extra_size && is_digit(i[extra_size]) &&
        std::string_view(i, extra.size()) == extra) {
      digits += '.';
      i += extra_size;
      n.fraction = true;
      while (i != last && is_digit(*i)) {
        digits += *i++;
        --n.exponent;
        if (-n.exponent > kMaxDigits) return false;
      }
    } else if (i != last && *i == decimal && last - i >= 2 && is_digit(i[1])) {
      digits += '.';
      ++i;
      n.fraction = true;
      while (i != last && is_digit(*i)) {
        digits += *i++;
        --n.exponent;
        if (-n.exponent > kMaxDigits) return false;
      }
      // "192.168.1.2", "1.2.3": an address or a version, not a quantity.
      if (i != last && *i == sep.decimal && last - i >= 2 && is_digit(i[1])) return false;
    }
    // Beyond 40 digits it is a code or garbage, never a quantity (and would cost time to convert).
    if (digits.size() > std::size_t{kMaxDigits}) return false;
    // Whole numbers of up to 18 digits (nearly all of them) skip parsing a decimal string.
    if (!n.fraction && digits.size() <= 18) {
      long long whole = 0;
      for (char c : digits)
        if (c != '-') whole = whole * 10 + (c - '0');
      n.value = digits[0] == '-' ? -whole : whole;
    } else {
      n.value = Number(digits);
    }
    store(attr, std::move(n));
    first = i;
    return true;
  }
};

// Digits with a fraction after them, or a fraction alone: "3¼", "£1½", "½", "3/4", "2 1/4".
// A slash fraction has a denominator from 2 to 10 above its numerator ("24/7" and "9/11" are not
// fractions) and nothing after it that continues a date or a path. Its precision is the
// fraction's own: halves and fifths to a tenth, thirds and quarters to a hundredth, eighths to a
// thousandth.
struct FractionDigitsParser : x3::parser<FractionDigitsParser> {
  using attribute_type = ast::Numeral;
  static bool const has_attribute = true;

  static int exponent_of(int denominator) {
    if (denominator > 10) return denominator >= 100 ? -4 : -3;  // "1/40" = 0.025, "3/160"
    return denominator == 8 ? -3 : (denominator == 2 || denominator == 5 || denominator == 10) ? -1 : -2;
  }
  // A vulgar fraction character: its length in bytes, numerator and denominator; 0 if none.
  template <typename It>
  static int glyph(It i, It const& last, int& numerator, int& denominator) {
    if (last - i >= 2 && i[0] == '\xC2') {
      switch (static_cast<unsigned char>(i[1])) {
        case 0xBC: numerator = 1; denominator = 4; return 2;  // ¼
        case 0xBD: numerator = 1; denominator = 2; return 2;  // ½
        case 0xBE: numerator = 3; denominator = 4; return 2;  // ¾
        default: return 0;
      }
    }
    // U+2153..U+215E: ⅓ ⅔ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞
    if (last - i >= 3 && i[0] == '\xE2' && i[1] == '\x85') {
      static constexpr int table[][2] = {{1, 3}, {2, 3}, {1, 5}, {2, 5}, {3, 5}, {4, 5},
                                         {1, 6}, {5, 6}, {1, 8}, {3, 8}, {5, 8}, {7, 8}};
      const int k = static_cast<unsigned char>(i[2]) - 0x93;
      if (k < 0 || k >= 12) return 0;
      numerator = table[k][0];
      denominator = table[k][1];
      return 3;
    }
    return 0;
  }
  // "1/4" at i, ending where no digit, slash or word follows.
  template <typename It>
  static It slash(It i, It const& last, int& numerator, int& denominator) {
    It j = i;
    int num = 0, den = 0, width = 0;
    while (j != last && is_digit(*j) && width < 3) num = num * 10 + (*j++ - '0'), ++width;
    if (width == 0 || width > 2 || j == last || *j != '/') return i;
    ++j;
    width = 0;
    while (j != last && is_digit(*j) && width < 4) den = den * 10 + (*j++ - '0'), ++width;
    // A denominator past 31 names no day of a month: "1/40", "20/100", "7/32" are fractions.
    const bool no_day = den > 31 && width <= 3;
    if (width == 0 || (width > 2 && !no_day) || den < 2 || (den > 10 && !no_day) || num < 1 || num >= den)
      return i;
    if (j != last && (*j == '/' || *j == '-' || is_word_lead(static_cast<unsigned char>(*j)))) return i;
    numerator = num;
    denominator = den;
    return j;
  }

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx& rcontext, Attr& attr) const {
    ast::Numeral n;
    int numerator = 0, denominator = 0;
    It i = first;
    if (!DigitsParser{}.parse(i, last, context, rcontext, n)) {
      const int width = glyph(first, last, numerator, denominator);
      if (width == 0) return false;
      n.value = Number(numerator) / denominator;
      n.exponent = exponent_of(denominator);
      n.fraction = true;
      store(attr, std::move(n));
      first += width;
      return true;
    }
    // "-4/5", "-2 1/4", "-3½": a sign before the whole number is the fraction's too.
    const bool negative = *first == '-';
    if (negative) n.value = -n.value;
    const bool whole = !n.fraction && !n.grouped && n.value >= 0 && n.int_digits <= 3;
    if (whole) {
      if (int width = glyph(i, last, numerator, denominator)) {
        i += width;  // "3¼"
      } else if (i != last && *i == '/' && n.int_digits <= 2) {
        const It start = negative ? first + 1 : first;
        It j = slash(start, last, numerator, denominator);  // "3/4"
        if (j != start) {
          n.value = 0;
          i = j;
        }
      } else if (last - i >= 2 && *i == ' ' && is_digit(i[1])) {
        It j = slash(i + 1, last, numerator, denominator);  // "2 1/4"
        if (j != i + 1) i = j;
      }
      if (denominator != 0) {
        n.value += Number(numerator) / denominator;
        n.exponent = exponent_of(denominator);
        n.fraction = true;
      }
    }
    if (negative) n.value = -n.value;
    store(attr, std::move(n));
    first = i;
    return true;
  }
};

// A decimal read aloud with digits: "1 point 1", "12 point 05", and "point 77" (no whole part; the
// scanner tries it only where it opens a clause, as "at point 3" is a place in a list).
struct SpokenPointParser : x3::parser<SpokenPointParser> {
  using attribute_type = ast::Numeral;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It i = first;
    std::string digits;
    while (i != last && is_digit(*i) && digits.size() < 7) digits += *i++;
    if (digits.size() > 6) return false;
    constexpr std::string_view word = "point ";
    if (!digits.empty()) {
      if (i == last || *i != ' ') return false;
      ++i;
    }
    if (static_cast<std::size_t>(last - i) <= word.size() || std::string_view(i, word.size()) != word) return false;
    i += static_cast<std::ptrdiff_t>(word.size());
    ast::Numeral n;
    n.int_digits = digits.empty() ? 1 : static_cast<int>(digits.size());
    if (digits.empty()) digits = "0";
    digits += '.';
    const It fraction = i;
    while (i != last && is_digit(*i) && i - fraction <= 6) digits += *i++;
    // Digits that go on into a group, a decimal or a word are something else ("point 3.2", "point 5a").
    if (i == fraction || i - fraction > 6) return false;
    if (i != last && ((*i == '.' || *i == ',' || *i == '/') && last - i >= 2 && is_digit(i[1]))) return false;
    if (i != last && is_word_lead(static_cast<unsigned char>(*i))) return false;
    n.value = Number(digits);
    n.exponent = -static_cast<int>(i - fraction);
    n.fraction = true;
    store(attr, std::move(n));
    first = i;
    return true;
  }
};

// A number read by hand (word_number.cpp): English number words ("twenty-one thousand") and
// orders of magnitude ("tens of thousands"). `Read` returns the end of the number, or nullopt.
template <std::optional<const char*> (*Read)(const char*, const char*, ast::Numeral&)>
struct ReaderParser : x3::parser<ReaderParser<Read>> {
  using attribute_type = ast::Numeral;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    ast::Numeral n;
    auto end = Read(first, last, n);
    if (!end) return false;
    store(attr, std::move(n));
    first = *end;
    return true;
  }
};

// Succeeds, consuming nothing, where a range separator follows ("-", "–", " to "): a cheap look
// ahead, so that the upper end's rule is entered only where a range may be.
struct RangeAhead : x3::parser<RangeAhead> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It i = first;
    while (i != last && (*i == ' ' || *i == '\t' || *i == '\n' || *i == '\r')) ++i;
    if (i == last) return false;
    if (*i == '-' || (last - i >= 3 && i[0] == '\xE2' && i[1] == '\x80' && i[2] == '\x93')) return true;
    return i != first && last - i >= 3 && i[0] == 't' && i[1] == 'o' && !is_word_lead(static_cast<unsigned char>(i[2]));
  }
};

// Succeeds, consuming nothing, before a full-width digit.
struct WideDigitAhead : x3::parser<WideDigitAhead> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return DigitsParser::wide_digit(first, last) >= 0;
  }
};

// The longest entry of a word table at `first`. `Table` picks the table from the context: one of
// the source language's (languages/), or none where the language has none.
template <typename T, const Lexicon<T>* (*Table)(const Separators&)>
struct TableParser : x3::parser<TableParser<T, Table>> {
  using attribute_type = T;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    const Lexicon<T>* table = Table(x3::get<separators_tag>(context));
    if (!table || first == last) return false;
    It i = first;
    const T* value = table->prefix_find(i, last);
    if (!value) return false;
    store(attr, *value);
    first = i;
    return true;
  }
};
template <typename T, Lexicon<T> LanguageTables::*Member>
const Lexicon<T>* language_table(const Separators& separators) {
  return separators.tables ? std::addressof(separators.tables->*Member) : nullptr;  // X3 overloads &
}
template <typename T, Lexicon<T> LanguageTables::*Member>
using LanguageLexicon = TableParser<T, &language_table<T, Member>>;
// A noun of the source's language right after a number, by its grammar (languages/*.cpp:
// `open_noun`): "3,377 individuals", "6 444 bâtiments", "3.162 Menschen". Its lemma.
// The same after the word for one, singular (`singular_noun`): "one runway".
template <std::string (*LanguageTables::*Noun)(std::string_view)>
struct OpenNoun : x3::parser<OpenNoun<Noun>> {
  using attribute_type = std::string;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    const LanguageTables* tables = x3::get<separators_tag>(context).tables;
    if (!tables || !(tables->*Noun) || first == last) return false;
    auto letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; };
    It i = first;
    while (i != last && i - first < 40) {
      const auto c = static_cast<unsigned char>(*i);
      if (letter(c) || (c == '-' && i != first && i + 1 != last && letter(static_cast<unsigned char>(i[1])))) ++i;
      else break;
    }
    if (i == first || (i != last && letter(static_cast<unsigned char>(*i)))) return false;
    std::string lemma = (tables->*Noun)(std::string_view(&*first, static_cast<std::size_t>(i - first)));
    if (lemma.empty()) return false;
    store(attr, std::move(lemma));
    first = i;
    return true;
  }
};

// Currency symbols from CLDR written after the amount ("12,49 €", "199 Kč"), in every language.
inline const Lexicon<ast::Currency>* symbols_after(const Separators&) { return std::addressof(currency_symbols_after()); }
using CurrencySymbolAfter = TableParser<ast::Currency, &symbols_after>;
// ISO codes glued to the digits ("UAH3.04", "10MNT"), every code ICU knows.
inline const Lexicon<ast::Currency>* glued_codes(const Separators&) { return std::addressof(iso_currency_codes()); }
using GluedCode = TableParser<ast::Currency, &glued_codes>;
inline const Lexicon<ast::Currency>* million_codes(const Separators&) { return std::addressof(million_currency_codes()); }
inline const Lexicon<ast::Currency>* letter_symbols(const Separators&) { return std::addressof(letter_currency_symbols(false)); }
using LetterSymbol = TableParser<ast::Currency, &letter_symbols>;
inline const Lexicon<ast::Currency>* capital_symbols(const Separators&) { return std::addressof(letter_currency_symbols(true)); }
using CapitalSymbol = TableParser<ast::Currency, &capital_symbols>;
using MillionCode = TableParser<ast::Currency, &million_codes>;

// A number spelled out in the source's language, from its number words (languages/): "drei",
// "zweihundertfünfzig" (German glues the parts), "quatre-vingt-dix", "một trăm linh bảy", "die
// Hälfte". A thousand word that ends the number after a space is left to the scale rule, as in
// English ("deux mille" keeps the precision of a rounded figure).
struct LanguageNumber : x3::parser<LanguageNumber> {
  using attribute_type = ast::Numeral;
  static bool const has_attribute = true;

  struct State {
    long long total = 0, group = 0, small = 0;
    int tokens = 0;
    bool spaced_thousand = false;  // the last token is a thousand word after a space
  };
  // Adds one token; false where the number cannot go on with it.
  static bool add(State& s, const NumberToken& token, bool spaced) {
    switch (token.kind) {
      case NumberToken::number:
        if (s.small != 0 && !(s.small >= 20 && s.small % 10 == 0 && token.value < 10)) return false;
        s.small += token.value;
        break;
      case NumberToken::times_ten:
        if (s.small < 1 || s.small > 9) return false;
        s.small *= 10;
        break;
      case NumberToken::hundred:
        if (s.group != 0 || s.small >= 10) return false;
        s.group = (s.small == 0 ? 1 : s.small) * 100;
        s.small = 0;
        break;
      case NumberToken::thousand:
        if (s.total != 0) return false;
        s.total = (s.group + s.small == 0 ? 1 : s.group + s.small) * 1000;
        s.group = s.small = 0;
        break;
      case NumberToken::joiner:
        if (s.tokens == 0) return false;
        break;
      case NumberToken::half:
        return false;
    }
    s.spaced_thousand = token.kind == NumberToken::thousand && spaced;
    ++s.tokens;
    return true;
  }

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    const LanguageTables* tables = x3::get<separators_tag>(context).tables;
    if (!tables || first == last) return false;
    const auto& words = tables->number_words;
    auto at_word_end = [&last](It i) { return i == last || !is_word_lead(static_cast<unsigned char>(*i)); };
    ast::Numeral n;
    n.words = true;
    n.capitalised = *first >= 'A' && *first <= 'Z';
    It i = first;
    const NumberToken* token = words.prefix_find(i, last);
    if (!token) return false;
    if (token->kind == NumberToken::half) {
      if (!at_word_end(i)) return false;
      n.value = Number(1) / 2;
      n.exponent = -1;
      n.capitalised = false;  // "La moitié" opens a sentence; it names nothing
      store(attr, std::move(n));
      first = i;
      return true;
    }
    State state, committed, before_last;
    It end = first, end_before_last = first;
    bool spaced = false;
    bool joiner_pending = false;
    for (;;) {
      if (!add(state, *token, spaced)) break;
      joiner_pending = token->kind == NumberToken::joiner;
      if (at_word_end(i)) {
        if (!joiner_pending) {
          before_last = committed;
          end_before_last = end;
          committed = state;
          end = i;
        }
        // The next word: after one space, or a hyphen ("deux-cents").
        It j = i;
        if (j != last && (*j == ' ' || *j == '-')) ++j;
        if (j == i || j == last) break;
        It k = j;
        token = words.prefix_find(k, last);
        if (!token || token->kind == NumberToken::half) break;
        spaced = true;
        i = k;
      } else {
        // Inside a word: only where the language glues its numbers.
        if (!tables->glued_numbers) break;
        It k = i;
        token = words.prefix_find(k, last);
        if (!token || token->kind == NumberToken::half) break;
        spaced = false;
        i = k;
      }
    }
    if (committed.tokens == 0) return false;
    if (committed.spaced_thousand && before_last.tokens > 0) {
      committed = before_last;
      end = end_before_last;
    }
    const long long value = committed.total + committed.group + committed.small;
    if (value <= 0) return false;
    n.value = value;
    for (long long v = value; v > 0; v /= 10) ++n.int_digits;
    store(attr, std::move(n));
    first = end;
    return true;
  }
};

// A unit of measure after the number: glued ("640km", "48m", "40C") or one space apart ("2,300 km",
// "5.000 ha"; not a one-letter symbol), from the source language's table (CLDR) or the English one
// (UDUNITS-2), whichever reads more; it must end where the word ends ("5 min" is no mile).
// `AnySymbol`: a one-letter symbol a space apart too, where a range has shown a measure ("3 to 4 L").
template <bool Glued, bool AnySymbol = false>
struct PhysicalUnitParser : x3::parser<PhysicalUnitParser<Glued, AnySymbol>> {
  using attribute_type = ast::UnitWord;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    It i = first;
    bool spaced = false;
    if (!Glued && i != last) {
      if (*i == ' ') i += 1, spaced = true;
      else if (last - i >= 2 && i[0] == '\xC2' && i[1] == '\xA0') i += 2, spaced = true;
      else if (last - i >= 3 && i[0] == '\xE2' && i[1] == '\x80' && i[2] == '\xAF') i += 3, spaced = true;
    }
    if (i == last) return false;
    const ast::UnitWord* best = nullptr;
    It best_end = i;
    auto look = [&](const Lexicon<ast::UnitWord>& table) {
      if (!table.first_bytes[static_cast<unsigned char>(*i)]) return;
      It j = i;
      const ast::UnitWord* found = table.prefix_find(j, last);
      if (found && j > best_end) best = found, best_end = j;
    };
    if (const LanguageTables* tables = x3::get<separators_tag>(context).tables) look(tables->unit_words);
    look(english_unit_words());
    if (!best || (spaced && best->glued_only && !AnySymbol)) return false;
    if (best_end != last && is_word_lead(static_cast<unsigned char>(*best_end))) return false;
    store(attr, *best);
    first = best_end;
    return true;
  }
};

inline constexpr WordEnd word_end{};
inline constexpr PhysicalUnitParser<false> physical_unit{};
inline constexpr PhysicalUnitParser<true> physical_unit_glued{};
inline constexpr PhysicalUnitParser<false, true> physical_unit_any{};
inline constexpr ReaderParser<&read_vague_number> vague_number{};
inline constexpr WideDigitAhead wide_digit_ahead{};
inline constexpr RangeAhead range_ahead{};
inline constexpr ReaderParser<&read_word_number> word_number{};
inline constexpr ReaderParser<&read_kanji_number> kanji_number{};
inline constexpr WordToken word_token{};
inline constexpr DigitsParser digits{};
inline constexpr LanguageNumber language_number{};
inline constexpr CurrencySymbolAfter currency_symbol_after{};
inline constexpr GluedCode glued_code{};
inline constexpr MillionCode million_code{};
inline constexpr LetterSymbol letter_symbol{};
inline constexpr CapitalSymbol capital_symbol{};
inline constexpr OpenNoun<&LanguageTables::open_noun> open_noun{};
inline constexpr OpenNoun<&LanguageTables::singular_noun> singular_noun{};
// The word for one, spelled out: the only number a singular noun follows.
inline const auto spelled_one = [](auto& ctx) {
  const ast::Numeral& n = _val(ctx).numeral;
  _pass(ctx) = n.words && n.value == 1 && n.vague == ast::Numeral::Vague::no;
};
// "the 2015 elections": a year modifies the noun after it, it does not count it; "one involves":
// after the word for one, a plural is a verb.
inline const auto not_a_year = [](auto& ctx) {
  const ast::Numeral& n = _val(ctx).numeral;
  _pass(ctx) = !ast::year_like(n) && !(n.words && n.value == 1);
};
inline constexpr LanguageLexicon<int, &LanguageTables::scale_words> language_scale_words{};
inline constexpr LanguageLexicon<int, &LanguageTables::scale_modifiers> language_scale_modifiers{};
inline constexpr LanguageLexicon<int, &LanguageTables::percent_words> language_percent_words{};
inline constexpr LanguageLexicon<std::string, &LanguageTables::duration_units> language_duration_units{};
inline constexpr LanguageLexicon<int, &LanguageTables::point_words> language_point_words{};
inline constexpr LanguageLexicon<int, &LanguageTables::ordinal_words> language_ordinal_words{};
inline constexpr LanguageLexicon<int, &LanguageTables::ordinal_suffixes> language_ordinal_suffixes{};
inline constexpr LanguageLexicon<ast::Currency, &LanguageTables::currency_words> language_currency_words{};
inline constexpr LanguageLexicon<Qualifier, &LanguageTables::qualifier_words> language_qualifier_words{};
inline constexpr LanguageLexicon<std::string, &LanguageTables::count_nouns> language_count_nouns{};
inline constexpr LanguageLexicon<int, &LanguageTables::magnitude_words> language_magnitude_words{};
inline const Lexicon<int>* english_magnitude(const Separators&) { return std::addressof(english_magnitude_words()); }
inline const Lexicon<ast::UnitWord>* measure_names(const Separators&) { return std::addressof(english_measure_names()); }
inline constexpr TableParser<ast::UnitWord, &measure_names> measure_name{};
inline constexpr TableParser<int, &english_magnitude> magnitude_words{};
inline constexpr FractionDigitsParser fraction_digits{};
inline constexpr SpokenPointParser spoken_point{};

inline const auto digit_char = x3::char_('0', '9');
inline const auto uint1_2 = x3::uint_parser<int, 10, 1, 2>{};
inline const auto uint2 = x3::uint_parser<int, 10, 2, 2>{};
inline const auto uint4 = x3::uint_parser<int, 10, 4, 4>{};
inline const auto uint1_4 = x3::uint_parser<int, 10, 1, 4>{};

// ---- semantic actions

using x3::_attr;
using x3::_pass;
using x3::_val;

inline const auto take_numeral = [](auto& ctx) { _val(ctx) = _attr(ctx); };
inline const auto take_negated = [](auto& ctx) {
  _val(ctx) = _attr(ctx);
  _val(ctx).value = -_val(ctx).value;
};

// Every alternative starts from a blank phrase. Field by field, because it runs several times at
// every place a figure may start: building a Phrase (two exact decimals) or copying one (strings)
// cost a third of the extractor's time.
inline const ast::Phrase blank_phrase{};
inline void reset(ast::Phrase& p) {
  const ast::Phrase& b = blank_phrase;
  p.kind = b.kind;
  p.currency.code.clear();
  p.currency.assumed = false;
  p.currency.scale = 0;
  p.currency_before = false;
  if (!p.numeral.value.is_zero()) p.numeral.value = b.numeral.value;
  p.numeral.exponent = 0;
  p.numeral.words = p.numeral.capitalised = p.numeral.grouped = p.numeral.fraction = false;
  p.numeral.int_digits = 0;
  p.scale = 0;
  p.has_scale = false;
  p.unit_kind = b.unit_kind;
  p.unit.clear();
  p.noun_begin = p.noun_end = nullptr;
  p.hyphenated = p.dozens = false;
  if (!p.cents.is_zero()) p.cents = b.cents;
  p.range = false;
  p.first = {};
  p.last_day = p.last_month = p.year = p.last_year = p.ordinal = p.post_qualifier = 0;
}
inline const auto reset_phrase = [](auto& ctx) { reset(_val(ctx)); };
inline const auto set_numeral = [](auto& ctx) { _val(ctx).numeral = _attr(ctx); };
inline const auto set_currency_before = [](auto& ctx) {
  _val(ctx).currency = _attr(ctx);
  _val(ctx).currency_before = true;
};
inline const auto set_currency_after = [](auto& ctx) {
  auto& p = _val(ctx);
  if (!p.currency_before) p.currency = _attr(ctx);
  p.unit_kind = ast::UnitKind::currency;
};
inline const auto set_scale = [](auto& ctx) {
  _val(ctx).scale = _attr(ctx);
  _val(ctx).has_scale = true;
};
// "three lakh crore": a second scale word multiplies the first.
inline const auto add_scale = [](auto& ctx) { _val(ctx).scale += _attr(ctx); };
// "m", "b" are scales only after a currency symbol ("$829m"; "100m" may be metres).
inline const auto set_money_scale = [](auto& ctx) {
  _pass(ctx) = _val(ctx).currency_before;
  if (!_val(ctx).currency_before) return;
  _val(ctx).scale = _attr(ctx);
  _val(ctx).has_scale = true;
};
// "1.5m people", "2b users": a million or a billion before a counted noun ("5t" is tonnes).
inline const auto set_noun_scale = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) <= 9;
  if (!_pass(ctx)) return;
  _val(ctx).scale = _attr(ctx);
  _val(ctx).has_scale = true;
};
// "G" is no scale after a number as prose writes it (5G and 4G are networks, "2.5G" one between
// them, "0.5G" a force): only after a decimal written without its whole part, as listings and
// code write sizes (".0012G" is 1.2 million).
inline const auto set_giga_fraction = [](auto& ctx) {
  const ast::Numeral& n = _val(ctx).numeral;
  _pass(ctx) = n.fraction && n.int_digits == 0 && n.value != 0 && !n.words;
  if (!_pass(ctx)) return;
  _val(ctx).scale = 9;
  _val(ctx).has_scale = true;
};
inline const auto money_like = [](auto& ctx) {
  const ast::Phrase& p = _val(ctx);
  _pass(ctx) = p.numeral.fraction || p.numeral.grouped || p.has_scale || p.currency.scale > 0;
};
inline const auto symbol_amount = [](auto& ctx) {
  const ast::Phrase& p = _val(ctx);
  _pass(ctx) = p.numeral.fraction || p.numeral.grouped || p.has_scale || p.numeral.int_digits >= 2;
};
inline const auto set_dollar_after = [](auto& ctx) {
  auto& p = _val(ctx);
  if (!p.currency_before) p.currency = ast::Currency{"$", true, 0};
  p.unit_kind = ast::UnitKind::currency;
};
// "a dollar": the article stands for one.
inline const auto set_article_one = [](auto& ctx) {
  ast::Numeral& n = _val(ctx).numeral;
  n.value = 1;
  n.words = true;
  n.int_digits = 1;
};
// "75 USD million": a scale word after the code, where none came before it.
inline const auto set_scale_after = [](auto& ctx) {
  _pass(ctx) = !_val(ctx).has_scale && _val(ctx).currency.scale == 0;
  if (!_pass(ctx)) return;
  _val(ctx).scale = _attr(ctx);
  _val(ctx).has_scale = true;
};
inline const auto set_percent = [](auto& ctx) {
  _val(ctx).unit_kind = ast::UnitKind::percent;
  _val(ctx).unit = "%";
};
inline const auto set_pp = [](auto& ctx) {
  _val(ctx).unit_kind = ast::UnitKind::percentage_points;
  _val(ctx).unit = "pp";
};
inline const auto set_duration = [](auto& ctx) {
  _val(ctx).unit_kind = ast::UnitKind::duration;
  _val(ctx).unit = _attr(ctx);
};
inline const auto set_physical = [](auto& ctx) {
  _val(ctx).unit_kind = ast::UnitKind::physical;
  _val(ctx).unit = _attr(ctx).id;
};
inline const auto set_magnitude = [](auto& ctx) {
  _val(ctx).unit_kind = ast::UnitKind::physical;
  _val(ctx).unit = "magnitude";
};
// "1.5m people": a counted noun after a one-letter suffix is plural when the suffix is a million;
// "a 4,000m runway" measures the runway.
inline const auto plural_noun = [](auto& ctx) {
  const auto range = _attr(ctx);
  const std::string_view noun(range.begin(), static_cast<std::size_t>(range.end() - range.begin()));
  _pass(ctx) = noun.ends_with('s') || noun == "people" || noun == "children";
};
inline const auto set_noun_lemma = [](auto& ctx) {
  _val(ctx).unit_kind = ast::UnitKind::noun;
  _val(ctx).unit = _attr(ctx);
};
inline const auto set_noun_span = [](auto& ctx) {
  _val(ctx).noun_begin = _attr(ctx).begin();
  _val(ctx).noun_end = _attr(ctx).end();
};
// "$20 and 43c": cents after an amount whose currency came first.
inline const auto currency_before_only = [](auto& ctx) { _pass(ctx) = _val(ctx).currency_before; };
// "$1.6 million package": money, not a count of packages.
inline const auto no_currency = [](auto& ctx) { _pass(ctx) = !_val(ctx).currency_before; };
inline const auto set_hyphenated = [](auto& ctx) { _val(ctx).hyphenated = true; };
inline const auto is_vague = [](auto& ctx) {
  _pass(ctx) = _val(ctx).numeral.vague != ast::Numeral::Vague::no;
};
inline const auto set_dozens = [](auto& ctx) { _val(ctx).dozens = true; };
inline const auto is_range = [](auto& ctx) { _pass(ctx) = _val(ctx).range; };
inline const auto set_cents = [](auto& ctx) {
  _pass(ctx) = _attr(ctx).value >= 0 && _attr(ctx).value < 100 && !_attr(ctx).fraction;
  if (_pass(ctx)) _val(ctx).cents = _attr(ctx).value;
};
// Bare cents follow a whole amount without a scale word: "$20 43", not "$2.5 million 43".
inline const auto set_bare_cents = [](auto& ctx) {
  const ast::Phrase& p = _val(ctx);
  const ast::Numeral& c = _attr(ctx);
  _pass(ctx) = c.value >= 1 && c.value < 100 && !c.fraction && !c.grouped && !p.has_scale &&
               !p.numeral.fraction && !p.range && p.numeral.vague == ast::Numeral::Vague::no;
  if (_pass(ctx)) _val(ctx).cents = c.value;
};
inline const auto set_and_cents = [](auto& ctx) {
  set_bare_cents(ctx);
  if (_pass(ctx) && _val(ctx).currency_before && !_val(ctx).numeral.words && !_attr(ctx).words) {
    _pass(ctx) = false;
    _val(ctx).cents = 0;
  }
};
inline const auto set_post_qualifier = [](auto& ctx) {
  _val(ctx).post_qualifier = static_cast<int>(_attr(ctx));
};
inline const auto set_kind = [](ast::PhraseKind kind) {
  return [kind](auto& ctx) { _val(ctx).kind = kind; };
};
inline const auto set_month = [](auto& ctx) { _val(ctx).first.month = _attr(ctx); };
inline const auto set_day = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) >= 1 && _attr(ctx) <= 31;
  _val(ctx).first.day = _attr(ctx);
};
inline const auto set_last_month = [](auto& ctx) { _val(ctx).last_month = _attr(ctx); };
inline const auto set_last_day = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) >= 1 && _attr(ctx) <= 31;
  _val(ctx).last_day = _attr(ctx);
};
inline const auto set_year = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) >= 1000 && _attr(ctx) <= 2999;
  _val(ctx).year = _attr(ctx);
};
inline const auto set_iso_month = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) >= 1 && _attr(ctx) <= 12;
  _val(ctx).first.month = _attr(ctx);
};
// Numeric dates ("14/2/2019", "6/30/2021"): the two leading numbers are kept as written, then
// ordered by the language (month first in US English, day first elsewhere); when that order
// gives no date and the other one does ("6/30/2021" in British text), the other one is taken.
inline const auto set_first_number = [](auto& ctx) { _val(ctx).first.day = _attr(ctx); };
inline const auto set_second_number = [](auto& ctx) { _val(ctx).first.month = _attr(ctx); };
inline const auto order_day_month = [](auto& ctx) {
  auto& p = _val(ctx);
  const bool month_first = x3::get<separators_tag>(ctx).month_first;
  int day = month_first ? p.first.month : p.first.day;
  int month = month_first ? p.first.day : p.first.month;
  if (month > 12 && day <= 12) std::swap(day, month);
  p.first = {month, day};
  p.kind = ast::PhraseKind::date;
  _pass(ctx) = month >= 1 && month <= 12 && day >= 1 && day <= 31;
};
inline const auto vietnamese_day_month = [](auto& ctx) {
  _pass(ctx) = x3::get<separators_tag>(ctx).day_dot_month;
};
// Year spans: "2019-20" is 2019 to 2020 (the century of the first year; "1999-00" ends in 2000)
// and "2011–2015"; the first is a year of modern history (not "pages 1024-1030") and the last
// comes after it, within ten years when written with two digits ("2015-09" is no span).
inline const auto set_last_year = [](auto& ctx) {
  const int first = _val(ctx).year;
  int last = _attr(ctx);
  const bool short_form = last < 100;
  if (short_form) {
    last += first / 100 * 100;
    if (last <= first) last += 100;
  }
  _pass(ctx) = first >= 1800 && first <= 2100 && last > first &&
               last - first <= (short_form ? 10 : 99);
  _val(ctx).last_year = last;
};
// "FY19": a fiscal year written with two digits.
inline const auto set_short_year = [](auto& ctx) { _val(ctx).year = 2000 + _attr(ctx); };
// "令和3年": the era's base year plus the year of the era ("元年" is its first).
inline const auto set_era = [](auto& ctx) { _val(ctx).year = _attr(ctx); };
inline const auto add_era_year = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) >= 1;
  _val(ctx).year += _attr(ctx);
};
inline const auto add_first_era_year = [](auto& ctx) { _val(ctx).year += 1; };
inline const auto set_ordinal = [](auto& ctx) { _val(ctx).ordinal = _attr(ctx); };
inline const auto ordinal_dot_allowed = [](auto& ctx) { _pass(ctx) = x3::get<separators_tag>(ctx).ordinal_dot; };
// "第三期": the ordinal of a kanji or digit numeral.
inline const auto set_ordinal_numeral = [](auto& ctx) {
  const Number& v = _attr(ctx).value;
  _pass(ctx) = v >= 1 && v <= 9999 && !_attr(ctx).fraction;
  if (_pass(ctx)) _val(ctx).ordinal = v.template convert_to<int>();
};
// "8千億": digits times a thousand before a larger scale, as precise as the thousands.
inline const auto take_thousands = [](auto& ctx) {
  _val(ctx) = _attr(ctx);
  _val(ctx).value *= 1000;
  _val(ctx).int_digits += 3;
  _val(ctx).exponent += 3;
};
// "4割": tenths, i.e. 40 percent, rounded to the tenth.
inline const auto set_wari = [](auto& ctx) {
  _val(ctx).unit_kind = ast::UnitKind::percent;
  _val(ctx).unit = "%";
  _val(ctx).scale = 1;
  _val(ctx).has_scale = true;
};
inline const auto add_ordinal = [](auto& ctx) { _val(ctx).ordinal += _attr(ctx); };
inline const auto set_qualifier = [](auto& ctx) { _val(ctx) = _attr(ctx); };

// "286億9,100万": each further group has a smaller scale and fits below the one before; the
// figure becomes a number at the last group's scale, with that group's precision.
inline const auto set_group_numeral = [](auto& ctx) { _val(ctx).numeral = _attr(ctx); };
inline const auto set_group_scale = [](auto& ctx) { _val(ctx).scale = _attr(ctx); };
inline const auto add_kanji_group = [](auto& ctx) {
  auto& phrase = _val(ctx);
  const ast::KanjiGroup& group = _attr(ctx);
  const ast::Numeral& n = group.numeral;
  const bool ok = phrase.has_scale && group.scale < phrase.scale && !n.fraction && !n.words &&
                  n.value >= 0 && n.value < pow10(phrase.scale - group.scale);
  _pass(ctx) = ok;
  if (!ok) return;
  phrase.numeral.value = phrase.numeral.value * pow10(phrase.scale - group.scale) + n.value;
  phrase.numeral.exponent = n.exponent;
  phrase.numeral.fraction = phrase.numeral.fraction || n.fraction;
  phrase.scale = group.scale;
};

// "18-thousand-500", "three-thousand-162": a hyphenated scale word and the rest below it, as
// broadcasters' scripts write figures; exact to the unit, like the digits they stand for.
inline const auto add_hyphen_group = [](auto& ctx) {
  auto& phrase = _val(ctx);
  const ast::KanjiGroup& group = _attr(ctx);
  const ast::Numeral& rest = group.numeral;
  const bool ok = !phrase.numeral.fraction && phrase.numeral.vague == ast::Numeral::Vague::no &&
                  !rest.fraction && rest.value >= 1 && rest.value < pow10(group.scale);
  _pass(ctx) = ok;
  if (!ok) return;
  phrase.numeral.value = phrase.numeral.value * pow10(group.scale) + rest.value;
  phrase.numeral.exponent = 0;
  phrase.scale = 0;
};

// A group below the phrase's scale ("3 hundred" after "4 thousand"): it must fit below it. Without
// a scale word of its own (after "and") it ends the figure in units, below a thousand's scale only
// ("2 million and 300 jobs" may be two figures).
inline bool add_spaced_group(ast::Phrase& phrase, const ast::KanjiGroup& group, bool with_and) {
  const ast::Numeral& n = group.numeral;
  if (!phrase.has_scale || phrase.numeral.fraction || phrase.numeral.vague != ast::Numeral::Vague::no ||
      n.fraction || n.grouped || n.value < 1 || group.scale >= phrase.scale ||
      n.value >= pow10(phrase.scale - group.scale) || (with_and && group.scale == 0 && phrase.scale > 3))
    return false;
  phrase.numeral.value = phrase.numeral.value * pow10(phrase.scale - group.scale) + n.value;
  phrase.numeral.exponent = 0;
  phrase.scale = group.scale;
  return true;
}
inline const auto add_scaled_group = [](auto& ctx) { _pass(ctx) = add_spaced_group(_val(ctx), _attr(ctx), false); };
inline const auto add_and_group = [](auto& ctx) { _pass(ctx) = add_spaced_group(_val(ctx), _attr(ctx), true); };
inline const auto add_and_fraction = [](auto& ctx) {
  auto& phrase = _val(ctx);
  const ast::KanjiGroup& part = _attr(ctx);
  const Number& f = part.numeral.value;
  const int power = part.scale == 0 ? phrase.scale : part.scale;
  // "2 and a half years", "1 and three quarters", "1 and a half million": digits and a fraction, a
  // mixed number (of the scale word after it).
  if (!phrase.has_scale) {
    const bool mixed = !phrase.numeral.fraction && !phrase.numeral.words &&
                       phrase.numeral.vague == ast::Numeral::Vague::no && f > 0 && f < 1;
    _pass(ctx) = mixed;
    if (!mixed) return;
    phrase.numeral.value += phrase.numeral.value < 0 ? -f : f;
    phrase.numeral.exponent = std::min(phrase.numeral.exponent, f == Number(1) / 2 ? -1 : -2);
    phrase.numeral.fraction = true;
    if (part.scale > 0) {
      phrase.scale = part.scale;
      phrase.has_scale = true;
    }
    return;
  }
  const bool ok = phrase.scale >= 6 && !phrase.numeral.fraction && f > 0 && f < 1 &&
                  power <= phrase.scale && power >= 3;
  _pass(ctx) = ok;
  if (!ok) return;
  phrase.numeral.value += f * pow10(power - phrase.scale);
  phrase.numeral.exponent = std::min(phrase.numeral.exponent, power - phrase.scale - (f == Number(1) / 2 ? 1 : 2));
};

// Range ends: the upper end fills a RangeEnd; the whole range is checked once it is read.
inline const auto set_end_numeral = [](auto& ctx) { _val(ctx).numeral = _attr(ctx); };
inline const auto set_end_to = [](auto& ctx) {
  _val(ctx).to = true;
  _pass(ctx) = x3::get<separators_tag>(ctx).to_ranges;
};
inline const auto set_end_currency = [](auto& ctx) { _val(ctx).currency = _attr(ctx).code; };
inline const auto set_end_scale = [](auto& ctx) {
  _val(ctx).scale = _attr(ctx);
  _val(ctx).has_scale = true;
};
inline const auto set_end_money_scale = [](auto& ctx) {
  set_end_scale(ctx);
  _val(ctx).money_suffix = true;
};
inline const auto set_end_and = [](auto& ctx) { _val(ctx).and_word = true; };
inline const auto add_end_scale = [](auto& ctx) { _val(ctx).scale += _attr(ctx); };
inline const auto set_end_begin = [](auto& ctx) { _val(ctx).begin = _attr(ctx).begin(); };

// A range holds when its ends rise ("3-2" is a score, "555-0100" a number), are not years
// ("2014-2015" is two years), name no other currency, and a lower end with a scale word has an
// upper one with one ("5 million to 10" is no range). A dash joins digits only ("three-four").
inline void set_range_checked(ast::Phrase& phrase, const ast::RangeEnd& high, bool& pass) {
  const ast::Numeral& low = phrase.numeral;
  const bool dash = !high.to && !high.and_word;
  bool ok = !ast::year_like(low) && (!phrase.has_scale || high.has_scale) &&
            (!high.money_suffix || phrase.currency_before) &&
            (high.currency.empty() || high.currency == phrase.currency.code) &&
            !(dash && (low.words || high.numeral.words));
  if (ok) {
    const int low_scale = phrase.has_scale ? phrase.scale : high.scale;
    const Number a = low.value * pow10(low_scale), b = high.numeral.value * pow10(high.scale);
    // Below zero, "to" may run from the smaller magnitude to the larger: "-18 °C to -34 °C".
    ok = a < b || (high.to && b < a && b < 0 && a < 0);
  }
  pass = ok;
  if (ok) {
    phrase.range = true;
    phrase.high = high;
  }
}
inline const auto set_range = [](auto& ctx) {
  bool pass = true;
  set_range_checked(_val(ctx), _attr(ctx), pass);
  _pass(ctx) = pass;
};
// "44 mg to 50 mg", "between 10 km and 20 km": a range whose ends both carry the unit; the upper
// end's unit must be the lower end's.
inline const auto set_range_with_unit = [](auto& ctx) {
  auto& attr = _attr(ctx);
  const ast::UnitWord& unit = boost::fusion::at_c<1>(attr);
  if (unit.id != _val(ctx).unit) {
    _pass(ctx) = false;
    return;
  }
  set_range_checked(_val(ctx), boost::fusion::at_c<0>(attr), _pass(ctx));
};

// ---- rules

x3::rule<class gap_class> const gap = "space";
x3::rule<class numeral_body_class, ast::Numeral> const numeral_body = "number";
x3::rule<class scale_class, int> const scale = "scale word";
x3::rule<class money_scale_class, int> const money_scale = "scale suffix";
x3::rule<class currency_word_class, ast::Currency> const currency_word = "currency";
x3::rule<class cents_class, ast::Numeral> const cents = "cents";
x3::rule<class bare_cents_class, ast::Numeral> const bare_cents = "cents";
x3::rule<class and_cents_class, ast::Numeral> const and_cents = "cents";
x3::rule<class and_fraction_class, ast::KanjiGroup> const and_fraction = "fraction of the scale";
x3::rule<class scaled_group_class, ast::KanjiGroup> const scaled_group = "scale group";
x3::rule<class and_group_class, ast::KanjiGroup> const and_group = "scale group";
x3::rule<class numeral_class, ast::Numeral> const numeral = "number";
x3::rule<class kanji_group_class, ast::KanjiGroup> const kanji_group = "scale group";
x3::rule<class hyphen_group_class, ast::KanjiGroup> const hyphen_group = "scale group";
x3::rule<class range_end_class, ast::RangeEnd> const range_end = "range";
x3::rule<class between_end_class, ast::RangeEnd> const between_end = "range";
x3::rule<class quantity_class, ast::Phrase> const quantity = "quantity";
x3::rule<class ordinal_class, ast::Phrase> const ordinal = "ordinal";
x3::rule<class date_class, ast::Phrase> const date = "date";
x3::rule<class range_separator_class> const range_separator = "range separator";
phrase_type const phrase = "figure";
qualifier_prefix_type const qualifier_prefix = "approximation";

// White space inside a figure, line breaks included (PDF text wraps "sixteen\ncountries").
// White space inside a figure: at most one line break (PDF text wraps "sixteen\ncountries"; a
// blank line ends a paragraph, and no figure runs across it). "<br />" + newline is one break.
auto const inline_space = x3::lit(' ') | "\xC2\xA0";
auto const hspace = inline_space | '\t';
auto const line_break = ((x3::lit("<br />") | "<br/>" | "<br>") >> -x3::lit('\r') >> -x3::lit('\n')) |
                        (x3::lit('\r') >> -x3::lit('\n')) | x3::lit('\n');
auto const gap_def = (+hspace >> -(line_break >> *hspace)) | (line_break >> *hspace);

auto const between_word = (x3::lit("between") | "Between") >> word_end;

// "minus 5", "negative one".
auto const negative_word =
    (x3::lit("minus") | "Minus" | "negative" | "Negative") >> word_end >> +inline_space;
// Kanji numerals count only before a scale, a counter, 円 or %: alone they are parts of words
// (一部 "a part", 九州 "Kyushu", 三菱 "Mitsubishi").
auto const kanji_unit_ahead = &(kanji_scales | counters | currency_words | x3::lit("\xEF\xBC\x85") | '%' | "割");
// "6兆8千億円": 千 inside a group of a compound figure.
auto const digit_thousands = x3::rule<class digit_thousands_class, ast::Numeral>{"number"} =
    (digits >> "千" >> &kanji_scales)[take_thousands];
auto const numeral_body_def = digit_thousands | spoken_point | fraction_digits | language_number | word_number | vague_number |
                              (kanji_number >> kanji_unit_ahead);
auto const numeral_def = (negative_word >> numeral_body[take_negated]) | numeral_body[take_numeral];

// Scale words and suffixes; each a rule, so that a scale whose word does not end ("millionth")
// leaves nothing behind. One-letter suffixes after a space: "2.33 k", "1,674,200.5 M".
auto const scale_def = (scale_suffixes >> word_end) | (+inline_space >> spaced_suffixes >> word_end) |
                       (gap >> language_scale_words >> word_end) |  // "2,5 Mrd.", "86 milliards"
                       // "Dix autres milliards", "einer weiteren Milliarde"
                       (gap >> x3::omit[language_scale_modifiers] >> word_end >> gap >> language_scale_words >> word_end) |
                       (gap >> scale_words >> word_end) |
                       (x3::lit('-') >> scale_words >> word_end) |  // "a $1.2-billion deal"
                       (kanji_scales >> &(((digits >> -x3::lit("千")) | kanji_number) >> kanji_scales));  // "286億" of "286億9,100万"
auto const money_scale_def = money_suffixes >> word_end;
auto const currency_word_def = currency_words >> word_end;
// "3 dollars 50 cents", "thirteen dollars and forty-five cents"
// "$20 and 43c": "c" glued to the digits, the written shorthand for cents; "3 GBP 20 pence".
// The minor unit is a hundredth of whichever currency came first: "20 ringgit 43 sen", "3 UAH 4
// kopiykas", "5 rupees 50 paise".
auto const minor_unit = x3::lit("cents") | "cent" | "pence" | "sens" | "sen" | "kopiykas" | "kopiyky" |
                        "kopiyok" | "kopiyka" | "kopecks" | "kopeck" | "kopeks" | "kopek" | "paise" |
                        "paisa" | "centimes" | "centime" | "centavos" | "centavo" | "céntimos" |
                        "céntimo" | "satang" | "agorot" | "agora" | "groszy" | "grosz" | "halalas" |
                        "halala" | "piastres" | "piastre" | "rappen";
auto const cents_def = gap >> -(x3::lit("and") >> gap) >> numeral_body >>
                       ((gap >> minor_unit) | x3::lit('c')) >> word_end;
// "$20 43", "twenty dollars and 43", "US$3 and fourteen": the minor amount said without its unit
// closes the amount, so it ends the clause ("$20 43 times" is two figures).
auto const clause_end = &(*inline_space >> (x3::eoi | x3::char_(".,;:!?)\n\r\"")));
auto const bare_cents_def = gap >> numeral_body >> word_end >> clause_end;
// After "and", the currency or one of the two in words ("15 dollars and 50", "US$3 and fourteen"):
// "$5 and 10." is as often a list of prices.
auto const and_cents_def = gap >> "and" >> word_end >> gap >> numeral_body >> word_end >> clause_end;
// "two used Japanese patrol ships": a few modifiers, then the head noun and its compound words.
auto const modifier = !(stop_words >> word_end) >> !(count_nouns >> word_end) >>
                      !(noun_modifiers >> word_end) >> !(duration_units >> word_end) >>
                      !(scale_words >> word_end) >> !numeral >> !(month_names >> word_end) >>
                      word_token;
auto const noun_head = *(noun_modifiers >> word_end >> gap) >> count_nouns[set_noun_lemma] >>
                       word_end >> *(gap >> count_nouns[set_noun_lemma] >> word_end);
// Not a rule of its own: its actions fill the enclosing quantity.
auto const count_phrase =
    x3::repeat(0, 3)[gap >> modifier] >> gap >> x3::raw[noun_head][set_noun_span];
// "1.2m people": a one-letter suffix is a scale before a counted noun too (not before "race").
auto const noun_ahead = &(x3::repeat(0, 3)[gap >> modifier] >> gap >>
                          *(noun_modifiers >> word_end >> gap) >> count_nouns >> word_end);
auto const plural_noun_ahead = &(x3::repeat(0, 3)[gap >> modifier] >> gap >>
                                *(noun_modifiers >> word_end >> gap) >> x3::raw[count_nouns][plural_noun] >>
                                word_end);
// "48m in length", "31.5m-long", "48m tall": a length word after a one-letter suffix makes it metres.
auto const length_word = (x3::lit("long") | "tall" | "high" | "wide" | "deep") >> word_end;
auto const length_ahead = &((gap >> (length_word | ((x3::lit("in length") | "in height" | "in diameter" |
                                                     "in depth" | "in width") >> word_end))) |
                            (x3::lit('-') >> length_word));
auto const kanji_group_def =
    (digit_thousands[set_group_numeral] | digits[set_group_numeral] | kanji_number[set_group_numeral]) >>
    kanji_scales[set_group_scale];
auto const hyphen_group_def = x3::lit('-') >> scale_words[set_group_scale] >> word_end >> '-' >>
                             (digits[set_group_numeral] | word_number[set_group_numeral]) >> word_end >>
                             !(gap >> scale_words >> word_end);
// "3 million and a half", "$2 billion and a quarter", "1 billion and a half million": a part of
// the scale (or of the smaller scale named after it).
auto const and_fraction_def = gap >> "and" >> word_end >> gap >> word_number[set_group_numeral] >>
                              -(gap >> scale_words[set_group_scale] >> word_end) >>
                              !(gap >> x3::lit("dozen"));  // "3 million and a half dozen eggs"
// "4 thousand 3 hundred and 21", "3 hundred and one": digits with scale words, each group below
// the one before. A group without a scale word needs its "and" ("5 million 300 people" is two).
auto const group_number = digits[set_group_numeral] | word_number[set_group_numeral];
auto const scaled_group_def = gap >> group_number >> gap >> scale_words[set_group_scale] >> word_end;
auto const and_group_def = gap >> "and" >> word_end >> gap >> group_number >>
                           -(gap >> scale_words[set_group_scale] >> word_end) >> word_end;
auto const scale_part =
    hyphen_group[add_hyphen_group] | (money_scale[set_money_scale] | scale[set_scale] |
     (money_scale >> !length_ahead >> plural_noun_ahead)[set_noun_scale] |
     (x3::lit('-') >> money_scale[set_money_scale]) |  // "$750-m"
     (x3::lit('G') >> word_end)[set_giga_fraction]) >>
    -((gap >> scale_words >> word_end)[add_scale]) >> *kanji_group[add_kanji_group] >>
    *scaled_group[add_scaled_group] >> -(and_group[add_and_group] | and_fraction[add_and_fraction]);

auto const unit_part =
    (-inline_space >> (x3::lit('%') | "\xEF\xBC\x85"))[set_percent] |  // "%", full-width "％"
    (gap >> (x3::lit("percentage points") | "percentage point") >> word_end)[set_pp] |
    (gap >> language_point_words >> word_end)[set_pp] |      // "2 Prozentpunkte"
    (gap >> language_percent_words >> word_end)[set_percent] |  // "40 Prozent", "3 pour cent"
    // British shorthand: "4.2pc", "0.5pp", "3 pp"
    (x3::lit("pc") >> word_end)[set_percent] | (-inline_space >> "pp" >> word_end)[set_pp] |
    (gap >> (x3::lit("percents") | "percentage" | "percent" | "per cent" | "per-cent" | "Percent") >>
     word_end)[set_percent] |
    (x3::lit('-') >> duration_units[set_duration] >> word_end >> x3::eps[set_hyphenated]) |
    (x3::lit('-') >> x3::raw[count_nouns[set_noun_lemma]][set_noun_span] >> word_end >>
     x3::eps[set_hyphenated]) |
    (x3::lit('-') >> currency_word[set_currency_after] >> x3::eps[set_hyphenated]) |
    (gap >> (language_currency_words >> word_end)[set_currency_after] >>
     -(cents[set_cents] | bare_cents[set_bare_cents] | and_cents[set_and_cents])) |  // "Euro", "đồng"
    ((gap | x3::eps) >> currency_word[set_currency_after] >>
     -((gap >> scale_words >> word_end)[set_scale_after] | cents[set_cents] | bare_cents[set_bare_cents] |
       and_cents[set_and_cents])) |
    (x3::eps[currency_before_only] >>
     (cents[set_cents] | bare_cents[set_bare_cents] | and_cents[set_and_cents])) |  // "$20 and 43c", "$20 43"
    (-inline_space >> currency_symbol_after[set_currency_after] >> word_end) |  // "12,49 €", "199 Kč"
    // "10 $ is not much": the dollar sign a space after, where no amount follows it ("10 $30").
    (inline_space >> x3::lit('$') >> !(-inline_space >> digit_char) >> x3::eps[set_dollar_after]) |
    (x3::eps[is_range] >> physical_unit_any[set_physical]) |  // "3 to 4 L", "5-10 m"
    (physical_unit[set_physical] >>  // "640km", "2,300 km", "5.000 ha", "48m in length"
     -(range_ahead >> (range_end >> physical_unit)[set_range_with_unit])) |  // "44 mg to 50 mg"
    (x3::lit('-') >> physical_unit_glued[set_physical] >> x3::eps[set_hyphenated]) |  // "a 10-km road"
    // The code is taken once the word ends: "3 KWDX" is no money ("10MNT", "42 KWD", "3 UAH").
    // A space apart, capitals with a word after them are as often a word in capitals ("3 TOP
    // marks"): the code ends its clause.
    (glued_code >> word_end)[set_currency_after] |
    // "30 MUSD", "twenty MUSD"; the same rule as codes ("5 MALL stores" is no money).
    (inline_space >> (million_code >> word_end >> !(inline_space >> word_token))[set_currency_after]) |
    (inline_space >> (glued_code >> word_end >> !(inline_space >> !(scale_words >> word_end) >> word_token))[set_currency_after] >>
     -((gap >> scale_words >> word_end)[set_scale_after] | cents[set_cents])) |  // "3 UAH 4 kopiykas", "75 USD million"
    (x3::lit("割") >> x3::eps[set_wari]) |
    (gap >> duration_units[set_duration] >> word_end) |
    (gap >> language_duration_units[set_duration] >> word_end) |  // "drei Jahre", "trois ans"
    (x3::eps[no_currency] >> x3::raw[counters[set_noun_lemma]][set_noun_span]) |
    (x3::eps[no_currency] >> gap >> x3::raw[language_count_nouns[set_noun_lemma]][set_noun_span] >>
     word_end) |  // "3.500 chiếc", "ba giai đoạn"
    (x3::eps[no_currency] >> count_phrase) |
    (x3::eps[no_currency] >> x3::eps[not_a_year] >> +inline_space >>
     x3::raw[open_noun[set_noun_lemma]][set_noun_span] >> word_end) |
    (x3::eps[no_currency] >> x3::eps[spelled_one] >> +inline_space >>
     x3::raw[singular_noun[set_noun_lemma]][set_noun_span] >> word_end);  // "one runway"

// "2-3 ships", "2–3", "5 to 10 percent", "$5 million to $10 million", "between 5 and 10".
auto const range_dash = -inline_space >> (x3::lit('-') | "\xE2\x80\x93") >> -inline_space;
auto const range_to = (gap >> "to" >> word_end >> gap)[set_end_to];
auto const range_upper =
    -(currency_prefixes[set_end_currency] >> -inline_space) >> numeral[set_end_numeral] >>
    -((money_scale[set_end_money_scale] | scale[set_end_scale]) >>
      -((gap >> scale_words >> word_end)[add_end_scale])) >>
    word_end;
// "8- to 16-meter", "two- to three-year": the lower end's hyphen waits for the unit of the upper.
auto const suspended_to = x3::lit('-') >> range_to;
auto const range_end_def = x3::raw[suspended_to | range_dash | range_to][set_end_begin] >> range_upper;
auto const between_end_def =
    x3::raw[gap >> "and" >> word_end >> gap][set_end_begin] >> x3::eps[set_end_and] >> range_upper;
auto const amount = (-((currency_prefixes[set_currency_before] >> -inline_space) |
                       (glued_code[set_currency_before] >> &digit_char) |
                       (letter_symbol[set_currency_before] >> &digit_char)) >>  // "Rp5,000", "Ksh500"
                     numeral[set_numeral] >> (scale_part | -and_fraction[add_and_fraction])) |
                    // "RM42", "RM4.5 million": a symbol in capitals is as often a model's name
                    // ("MK2", "CF6"): money with two digits or more, before no hyphen.
                    (capital_symbol[set_currency_before] >> &digit_char >> numeral[set_numeral] >> -scale_part >>
                     !x3::lit('-') >> x3::eps[symbol_amount]) |
                    // "UAH 3.04", "KES 1,500", "AMD 5 million", "MEUR 2.5": an ISO code a space
                    // before an amount as money writes it; before a small whole number a word in
                    // capitals is as likely ("TOP 10", "ALL 3").
                    ((glued_code[set_currency_before] | million_code[set_currency_before]) >> word_end >> inline_space >> &digit_char >>
                     numeral[set_numeral] >> -scale_part >> x3::eps[money_like]);

// "per cent of 210", "percents of twenty": the share named first.
auto const percent_of =
    (x3::lit("percents") | "percent" | "per cent" | "Percent" | "Per cent") >> gap >> "of" >> gap >>
    numeral[set_numeral] >> x3::eps[set_percent];
// "magnitude 7.8", "magnitude-7.8", "Stärke 7,8", "マグニチュード7.8"
auto const magnitude_before = (language_magnitude_words | magnitude_words) >>
                              ((x3::lit('-') | gap) | x3::eps) >> numeral[set_numeral] >> x3::eps[set_magnitude];
// "a dollar", "an euro": one of a currency, where the clause ends or a rate or comparison follows
// ("a dollar a day", "a dollar more"); before a noun it is a word of the noun ("a dollar bond",
// "a euro zone country", "a yen for travel").
auto const article_currency =
    (x3::lit("an") | "a" | "An" | "A") >> word_end >> gap >> x3::eps[set_article_one] >>
    (currency_word >> !x3::lit('-') >>
     (clause_end | &(gap >> (x3::lit("apiece") | "each" | "per" | "more" | "less" | "or" | "than" | "an" | "a") >>
                     word_end)))[set_currency_after];
// "a gallon of beer", "a barrel of oil": one of a unit of measure, named, before "of" ("$80 a
// barrel" is a rate, "a ton" of anything else a manner of speaking).
auto const article_measure = (x3::lit("an") | "a" | "An" | "A") >> word_end >> gap >> x3::eps[set_article_one] >>
                             (measure_name >> word_end >> &(gap >> "of" >> word_end))[set_physical];
auto const quantity_def = x3::eps[reset_phrase] >>
                          ((percent_of >> word_end) | (magnitude_before >> word_end) | article_currency | article_measure |
                           (((between_word >> gap >> amount >> physical_unit[set_physical] >>
                              (between_end >> physical_unit)[set_range_with_unit]) |  // "between 44 mg and 50 mg"
                             (between_word >> gap >> amount >> between_end[set_range]) |
                             (amount >> -(range_ahead >> range_end[set_range]))) >>
                            -(gap >> (x3::lit("dozens") | "dozen" | "dzs" | "dz" | "dozs" | "doz") >>
                              word_end >> x3::eps[set_dozens]) >>
                            // "thousands of people", "hundreds of millions of dollars"
                            -(x3::eps[is_vague] >> gap >> "of" >> word_end >>
                              (noun_ahead | &(gap >> currency_word))) >>
                            -unit_part >>
                            -post_qualifiers[set_post_qualifier] >> word_end));

auto const ordinal_suffix = x3::lit("st") | "nd" | "rd" | "th";
auto const ordinal_def =
    x3::eps[reset_phrase] >> x3::eps[set_kind(ast::PhraseKind::ordinal)] >>
    (language_ordinal_words[set_ordinal] | (uint1_4[set_ordinal] >> language_ordinal_suffixes) |
     // "twenty-fifth", "twenty fifth", "twenty—fifth", "twentyfifth" (a plural is a fraction)
     (tens_words[set_ordinal] >> -(x3::lit('-') | ' ' | "\xE2\x80\x94" | "\xE2\x80\x93") >>
      digit_ordinals[add_ordinal] >> word_end) |
     ordinal_words[set_ordinal] |
     (uint1_4[set_ordinal] >> ordinal_suffix) |
     // German "dem 3. Hilfspaket": a point, then a capitalised noun (not a month: a date).
     (uint1_4[set_ordinal] >> '.' >> x3::eps[ordinal_dot_allowed] >>
      &(x3::lit(' ') >> !(month_names >> word_end) >> x3::char_('A', 'Z'))) |
     // "第3回", "第三期": 第 and a numeral, and the counter of what is counted in order.
     ("第" >> (digits[set_ordinal_numeral] | kanji_number[set_ordinal_numeral]) >>
      -(x3::lit("回目") | "回" | "期" | "次" | "位" | "号" | "弾" | "段階" | "条" | "章"))) >>
    word_end >> -(gap >> rank_words >> word_end >> !x3::lit('-'));

auto const range_separator_def =
    (-inline_space >> (x3::lit('-') | "\xE2\x80\x93" | "\xE2\x80\x94") >> -inline_space) |
    (gap >> (x3::lit("to") | "through" | "until" | "au" | "bis") >> word_end >> gap);
auto const month = month_names >> word_end >> -x3::lit('.');
auto const day = uint1_2 >> -ordinal_suffix >> word_end;
// Before a month name: "3 May", "3rd May", German "3. März", French "1er janvier".
auto const day_before_month = uint1_2 >> -(ordinal_suffix | "er" | '.') >> word_end;
auto const year_after = -x3::lit(',') >> gap >> uint4[set_year] >> word_end;
auto const and_sep = gap >> "and" >> word_end >> gap;

auto const iso_date = uint4[set_year] >> '-' >> uint2[set_iso_month] >> '-' >> uint2[set_day] >>
                      word_end >> x3::eps[set_kind(ast::PhraseKind::iso_date)];
auto const decade = uint4[set_year] >> 's' >> word_end >> x3::eps[set_kind(ast::PhraseKind::decade)];
// "15 September 2015", "15-18 September", "3 May to 9 June", "between 3 May and 9 June"
auto const day_month_first = day_before_month[set_day] >>
                             -(range_separator >> day_before_month[set_last_day]) >> gap >>
                             -(x3::lit("of") >> gap) >> month[set_month];
auto const day_month_last =
    day_before_month[set_last_day] >> gap >> -(x3::lit("of") >> gap) >> month[set_last_month];
auto const day_month = ((between_word >> gap >> day_month_first >> and_sep >> day_month_last) |
                        (day_month_first >> -(range_separator >> day_month_last))) >>
                       -year_after >> x3::eps[set_kind(ast::PhraseKind::date)];
// "September 15", "Nov. 27, 2023", "September 15 to 18", "September 28 to October 2",
// "between May 3 and June 9"
auto const month_day_last = -(month[set_last_month] >> gap) >> day[set_last_day];
auto const month_day =
    ((between_word >> gap >> month[set_month] >> gap >> day[set_day] >> and_sep >> month_day_last) |
     (month[set_month] >> gap >> day[set_day] >> -(range_separator >> month_day_last))) >>
    -year_after >> x3::eps[set_kind(ast::PhraseKind::date)];
auto const month_year = month[set_month] >> -x3::lit(',') >> gap >> uint4[set_year] >> word_end >>
                        x3::eps[set_kind(ast::PhraseKind::month_year)];
// Numeric dates, one separator throughout: "14/2/2019", "03-11-2021", "3.11.2021"; year first
// "2021/6/30", "2021.6.30".
template <char Sep>
auto numeric_date_with() {
  return (uint1_2[set_first_number] >> x3::lit(Sep) >> uint1_2[set_second_number] >> x3::lit(Sep) >>
          uint4[set_year] >> word_end >> !(x3::lit(Sep) >> digit_char) >> x3::eps[order_day_month]) |
         (x3::eps[reset_phrase] >> uint4[set_year] >> x3::lit(Sep) >> uint1_2[set_iso_month] >>
          x3::lit(Sep) >> uint1_2[set_day] >> word_end >> !(x3::lit(Sep) >> digit_char) >>
          x3::eps[set_kind(ast::PhraseKind::date)]);
}
auto const numeric_date = numeric_date_with<'/'>() | (x3::eps[reset_phrase] >> numeric_date_with<'-'>()) |
                          (x3::eps[reset_phrase] >> numeric_date_with<'.'>());
// Vietnamese: "ngày 15/8", "ngày 15/8/2021", "ngày 15 tháng 8 năm 2021", "tháng 12/2024",
// "tháng 10 năm 2025", "tháng 12" (the year from the document); "15.8" alone is a day and month.
auto const vi_sep = x3::lit('/') | '-' | '.';
auto const vi_day = (x3::lit("ngày") | "Ngày") >> gap >> uint1_2[set_day] >>
                    ((vi_sep >> uint1_2[set_iso_month] >> -(vi_sep >> uint4[set_year])) |
                     (gap >> (x3::lit("tháng") | "Tháng") >> gap >> uint1_2[set_iso_month] >>
                      -(-x3::lit(',') >> gap >> "năm" >> gap >> uint4[set_year]))) >>
                    word_end >> !(vi_sep >> digit_char) >> x3::eps[set_kind(ast::PhraseKind::date)];
auto const vi_month = (x3::lit("tháng") | "Tháng") >> gap >> uint1_2[set_iso_month] >>
                      -((vi_sep >> uint4[set_year]) | (gap >> "năm" >> gap >> uint4[set_year])) >>
                      word_end >> !(vi_sep >> digit_char) >>
                      x3::eps[set_kind(ast::PhraseKind::month_year)];
auto const vi_day_dot = x3::eps[vietnamese_day_month] >> uint1_2[set_day] >> '.' >>
                        uint1_2[set_iso_month] >> word_end >> !((x3::lit('.') | ',') >> digit_char) >>
                        x3::eps[set_kind(ast::PhraseKind::date)];
// "Sáng 19/12" is the 19th of December; a pair that reads as a fraction ("3/4": a numerator
// below a denominator of at most 10) stays one.
inline const auto not_a_fraction = [](auto& ctx) {
  const int day = _val(ctx).first.day, month = _val(ctx).first.month;
  _pass(ctx) = day >= month || month > 10;
};
auto const vi_day_slash = x3::eps[vietnamese_day_month] >> uint1_2[set_day] >> '/' >>
                          uint1_2[set_iso_month] >> word_end >> !((x3::lit('/') | '.' | ',') >> digit_char) >>
                          x3::eps[not_a_fraction] >> x3::eps[set_kind(ast::PhraseKind::date)];
// Fiscal years and spans of years: "FY2019-20", "FY 2021-22", "fiscal 2023", "2019-20",
// "2011–2015", "2019/20" — one figure of kind year, never two numbers or a range.
auto const fiscal_word = ((x3::lit("fiscal year") | "Fiscal year" | "financial year" | "Financial year" |
                           "fiscal" | "Fiscal") >> word_end >> gap);
auto const year_span_tail = (x3::lit('-') | "\xE2\x80\x93" | '/') >>
                            (uint4[set_last_year] | uint2[set_last_year]) >> word_end >>
                            !((x3::lit('-') | '/') >> digit_char);
auto const fiscal_year =
    ((x3::lit("FY") >> -inline_space >> ((uint4[set_year] >> -year_span_tail) |
                                          (uint2[set_short_year] >> word_end))) |
     (fiscal_word >> uint4[set_year] >> -year_span_tail)) >>
    word_end >> x3::eps[set_kind(ast::PhraseKind::year_span)];
auto const year_span = uint4[set_year] >> year_span_tail >> x3::eps[set_kind(ast::PhraseKind::year_span)];
// Vietnamese "từ 2020 đến 2025" (from ... to): one span of years, as "2020-2025" is.
auto const vi_year_span = (x3::lit("từ") | "Từ") >> gap >> uint4[set_year] >> gap >>
                          (x3::lit("đến") | "tới") >> gap >> uint4[set_last_year] >> word_end >>
                          x3::eps[set_kind(ast::PhraseKind::year_span)];
// Japanese: "2015年9月15日", "2015年9月", "9月15日"; eras "令和3年6月30日", "平成元年".
auto const ja_month_day = uint1_2[set_iso_month] >> "月" >>
                          ((uint1_2[set_day] >> "日" >> x3::eps[set_kind(ast::PhraseKind::date)]) |
                           x3::eps[set_kind(ast::PhraseKind::month_year)]);
auto const ja_era = japanese_eras[set_era] >> (uint1_2[add_era_year] | x3::lit("元")[add_first_era_year]) >>
                    ((x3::lit("年度") >> x3::eps[set_kind(ast::PhraseKind::year_span)]) |
                     (x3::lit("年") >> (ja_month_day | x3::eps[set_kind(ast::PhraseKind::year_span)])));
// A fiscal year "2023年度", and years with two digits as news writes them: "22年度", "22年12月".
// A day alone, "23日", takes its month from the document's date; "23日間" (for 23 days), "3日目"
// (the third day), "1日当たり" (per day) are not dates.
auto const ja_not_day = x3::lit("間") | "目" | "分" | "当" | "あたり" | "以内" | "ぶり" | "連続";
auto const ja_digit_date = (uint4[set_year] >> "年" >> ja_month_day) |
                     (x3::eps[reset_phrase] >> uint4[set_year] >> "年度" >>
                      x3::eps[set_kind(ast::PhraseKind::year_span)]) |
                     (x3::eps[reset_phrase] >> uint2[set_short_year] >>
                      ((x3::lit("年度") >> x3::eps[set_kind(ast::PhraseKind::year_span)]) |
                       (x3::lit("年") >> ja_month_day))) |
                     (x3::eps[reset_phrase] >> uint1_2[set_iso_month] >> "月" >> uint1_2[set_day] >>
                      "日" >> x3::eps[set_kind(ast::PhraseKind::date)]) |
                     (x3::eps[reset_phrase] >> uint1_2[set_day] >> "日" >> !ja_not_day >>
                      x3::eps[set_kind(ast::PhraseKind::date)]) |
                     // "4月から": a month alone ("3カ月" is a duration, "月間" monthly)
                     (x3::eps[reset_phrase] >> uint1_2[set_iso_month] >> "月" >> !(x3::lit("間") | "目") >>
                      x3::eps[set_kind(ast::PhraseKind::month_year)]);
// A month named alone: "in April", "by the end of March" (the words before it are the builder's).
auto const month_alone = (month_names >> word_end)[set_month] >> !(gap >> digit_char) >>
                         x3::eps[set_kind(ast::PhraseKind::month_name)];
// The forms are split by their first byte: a digit, or a word (a month, "between", "FY", "ngày",
// an era). Each form starts from a blank phrase, and a figure may start at every number and many
// words, so trying only the forms that can begin there saves most of the blanking and failing.
auto const date_at_digit = iso_date | decade | (x3::eps[reset_phrase] >> numeric_date) |
                           (x3::eps[reset_phrase] >> year_span) | (x3::eps[reset_phrase] >> day_month) |
                           (x3::eps[reset_phrase] >> vi_day_dot) | (x3::eps[reset_phrase] >> vi_day_slash) |
                           (x3::eps[reset_phrase] >> ja_digit_date);
auto const date_at_word = fiscal_year | (x3::eps[reset_phrase] >> day_month) |
                          (x3::eps[reset_phrase] >> month_day) | (x3::eps[reset_phrase] >> month_year) |
                          (x3::eps[reset_phrase] >> vi_day) | (x3::eps[reset_phrase] >> vi_month) |
                          (x3::eps[reset_phrase] >> vi_year_span) | (x3::eps[reset_phrase] >> ja_era) |
                          (x3::eps[reset_phrase] >> month_alone);
auto const date_def =
    x3::eps[reset_phrase] >> ((&digit_char >> date_at_digit) | (!digit_char >> date_at_word));

auto const phrase_def = date | ordinal | quantity;

auto const qualifier_prefix_def =
    (language_qualifier_words[set_qualifier] | qualifier_words[set_qualifier]) >>
    ((word_end >> gap) | &digit_char | wide_digit_ahead | &kanji_number | &x3::lit('$'));

BOOST_SPIRIT_DEFINE(gap, numeral_body, scale, money_scale, currency_word, cents, bare_cents, and_cents, and_fraction, scaled_group, and_group, numeral, kanji_group, hyphen_group, range_end,
                    between_end, quantity, ordinal, date,
                    range_separator, phrase, qualifier_prefix)

}  // namespace crosscheck::figures::parser
