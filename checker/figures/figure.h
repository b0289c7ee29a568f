// One quantity found in text, with the interval its wording allows.
#pragma once

#include "base/date.h"
#include "base/interval.h"
#include "base/number.h"
#include "base/span.h"

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

enum class FigureKind {
  number,             // a bare quantity: "12", "1.6 million", "a dozen"
  money,              // unit = ISO 4217 code: "USD", "JPY", "VND"
  percent,            // unit = "%"; value in percent (40 for "40%")
  percentage_points,  // unit = "pp"
  count,              // a count of things; unit = noun lemma ("vessel"), noun = as written
  ordinal,            // "sixth", "12th", "third biggest"; never a count
  date,               // value/interval in day numbers (days since 1970-01-01), unit = "date"
  date_range,         // interval = first .. last day, unit = "date"
  year,               // "in 2015": value = the year, interval = the year; unit = "year-ad"
  duration,           // unit = "day", "week", "month", "year", "decade"
  quantity,           // a physical quantity; unit = a unit id of units/physical_units.h ("km",
                      // "ha", "t", "kn", "MW", "degC") or "magnitude"; value in that unit
};

// The approximation word in front of a figure (SPEC §2 table).
enum class Qualifier { none, about, nearly, more_than, at_least, up_to, less_than };

struct Figure {
  Span span;               // bytes of the text the extractor was given
  std::string text;        // the figure as written
  FigureKind kind = FigureKind::number;
  Number value = 0;        // nominal value in base units: "100 billion yen" → 100000000000
  Interval interval;       // stated precision, widened by the qualifier
  std::string unit;        // see FigureKind
  std::string noun;        // counts: the head noun as written ("patrol ships")
  Qualifier qualifier = Qualifier::none;
  std::string qualifier_text;  // the approximation words as written ("nearly")
  int exponent = 0;        // power of ten of the last written digit at scale ("$835 million" → 6)
  std::optional<std::size_t> pair;  // index (in the same list) of a parenthetical partner
  // Ambiguous symbols resolved by default ("$ read as USD"), for verbose output.
  std::string assumption;
  Span qualifier_span;     // the approximation words, when there are any
  // Dates as written (kinds date and date_range); a missing year is filled from the document date.
  std::optional<Date> date;
  std::optional<Date> date_end;
};

std::string_view to_string(FigureKind kind);
std::string_view to_string(Qualifier qualifier);

}  // namespace crosscheck
