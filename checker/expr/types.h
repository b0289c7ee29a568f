// The units of the `expect` language and the rules that combine them: what `+` of yen and
// vessels is (an error), what `%` minus `%` is (percentage points), and so on.
#pragma once

#include "expr/expression.h"
#include "figures/figure.h"

#include <string>

namespace crosscheck::expr {

// quantity: a physical quantity; its unit is a unit id ("km", "ha") whose dimension decides what
// it meets (units/physical_units.h).
enum class Dim { unknown, boolean, number, money, count, percent, points, date, year, duration, quantity };

struct Type {
  Dim dim = Dim::unknown;
  // money: ISO code; count: the counted thing (empty when not known before evaluation);
  // duration: day, week, month, year or decade.
  std::string unit;
  bool range = false;  // a date that is a range of days ("from September 15 to 18")

  static Type of(Dim dim, std::string unit = {}, bool range = false) {
    return Type{dim, std::move(unit), range};
  }
  friend bool operator==(const Type&, const Type&) = default;
};

// "money (JPY)", "a count of vessels", "percentage points", "a date range"...
std::string describe(const Type& type);

// The type of a figure: its kind and unit. `count_unit` overrides the counted thing (the engine
// folds synonyms such as ship and vessel).
Type type_of(const Figure& figure);

// How an operand enters an operation before the arithmetic.
enum class Take {
  as_is,
  fraction,  // a percentage (or percentage points) as a ratio: 40% → 0.4
  days,      // a year as the range of its days, to meet a date
};

struct Rule {
  Type result;
  // What both sides are brought to first: money to one currency, durations to one unit. Dim
  // unknown when nothing needs converting.
  Type common;
  Take left = Take::as_is;
  Take right = Take::as_is;
  std::string error;  // the operation is not allowed: says what was expected
  bool ok() const { return error.empty(); }
};

// `currency` is the rule file's currency: money in two currencies meets there.
Rule binary_rule(Op op, const Type& left, const Type& right, const std::string& currency);
Rule unary_rule(Op op, const Type& operand);

// A date or a year: a point in time, which adds to a duration but not to another point.
bool is_calendar(const Type& t);
bool is_comparison(Op op);
bool is_logical(Op op);

// Durations in one family convert exactly: days and weeks; months, years and decades.
// Returns the number of base units (days or months) in one `unit`, 0 when it is not a duration.
int duration_factor(const std::string& unit);
bool same_duration_family(const std::string& a, const std::string& b);

}  // namespace crosscheck::expr
