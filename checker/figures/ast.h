// Plain structs the figure grammar fills: what was written, before any interpretation.
#pragma once

#include "base/number.h"

#include <cstdint>
#include <string>

namespace crosscheck::figures::ast {

// A number as written: its exact value and the power of ten of its last written digit.
struct Numeral {
  Number value = 0;
  int exponent = 0;       // "835" → 0, "1.05" → -2, "half" → -1
  bool words = false;     // spelled out ("six", "a dozen")
  bool capitalised = false;  // a spelled-out number starting with a capital ("Four Nos")
  bool grouped = false;   // written with thousands separators ("1,234")
  int int_digits = 0;     // digits before the decimal point (years have four)
  bool fraction = false;  // a decimal point was written
  // "hundreds", "tens of thousands": from twice the power of ten (`value`, 10^exponent) up to,
  // not including, the next one; "dozens": from 24 up to 100.
  enum class Vague : std::uint8_t { no, powers, dozens } vague = Vague::no;
};

// Four digits, no separators, 1800..2100: a year more likely than a quantity.
inline bool year_like(const Numeral& n) {
  return !n.words && n.int_digits == 4 && !n.grouped && !n.fraction && n.value >= 1800 &&
         n.value <= 2100;
}

// A currency as named by a symbol, code or word.
struct Currency {
  std::string code;       // ISO 4217
  bool assumed = false;   // an ambiguous symbol read by default ("$", "¥")
  int scale = 0;          // a minor unit: "50 cents" is 0.50 of the currency (-2)
};

// The parts of a date as written; 0 = not written.
struct MonthDay {
  int month = 0;
  int day = 0;
};

// A further group of a Japanese compound figure: "9,100万" after "286億".
struct KanjiGroup {
  Numeral numeral;
  int scale = 0;
};

// The upper end of a range as the grammar read it ("-10", " to $10 million", " and 10").
struct RangeEnd {
  Numeral numeral;
  int scale = 0;
  bool has_scale = false;
  bool money_suffix = false;  // "10m": a scale suffix that needs a currency
  bool to = false;            // written "X to Y"
  bool and_word = false;      // written "between X and Y"
  std::string currency;       // a currency written again before the upper end ("$5-$10")
  const char* begin = nullptr;  // the separator: where the lower end's text stops
};

// month_name: a month named alone ("by March", "im April"), a date only after the words the
// language puts before one.
enum class PhraseKind { quantity, ordinal, date, month_year, month_name, iso_date, decade, year_span };

// physical: a unit of measure ("km", "ha", "MW"; unit = its id), or an earthquake's magnitude.
enum class UnitKind { none, currency, percent, percentage_points, noun, duration, physical };

// A unit of measure as the word tables hold it: its id, and whether it is read only glued to the
// digits (one-letter symbols: "48m", "500g", "40C").
struct UnitWord {
  std::string id;
  bool glued_only = false;
};

// One figure as the grammar read it. (grammar_def.h's reset() blanks it field by field: a new field
// goes there too.)
struct Phrase {
  PhraseKind kind = PhraseKind::quantity;
  // quantity
  Currency currency;            // from a symbol or code before the number, or a word after it
  bool currency_before = false;
  Numeral numeral;
  int scale = 0;                // power of ten of a scale word or suffix ("million" → 6)
  bool has_scale = false;
  UnitKind unit_kind = UnitKind::none;
  std::string unit;             // lemma: "vessel", "day", "%"
  const char* noun_begin = nullptr;  // head noun phrase as written, for counts
  const char* noun_end = nullptr;
  bool hyphenated = false;      // "four-day", "12-nation": the unit is glued by a hyphen
  bool dozens = false;          // "3 dozens": twelve times the number
  Number cents = 0;             // "3 dollars 50 cents": the minor units after the major ones
  // a range ("2-3 ships", "5 to 10 percent", "between 5 and 10"): `numeral` is its lower end
  bool range = false;
  RangeEnd high;
  // dates
  MonthDay first;
  int last_day = 0;             // end of a range ("15 to 18"), 0 when none
  int last_month = 0;
  int year = 0;
  int last_year = 0;            // "2019-20", "2011–2015": the span's last year; 0 for one year
  // ordinals
  int ordinal = 0;
  // a Japanese or Vietnamese qualifier written after the number (以上, 未満...)
  int post_qualifier = 0;
};

}  // namespace crosscheck::figures::ast
