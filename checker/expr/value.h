// Values of the `expect` language: quantities as intervals of exact decimals, and three-valued
// truth (a comparison of intervals may hold for some of their values and not for others).
#pragma once

#include "base/date.h"
#include "base/interval.h"
#include "expr/types.h"

#include <optional>
#include <string>

namespace crosscheck::expr {

// no: fails for every value of the intervals; yes: holds for every value; maybe: for some.
enum class Truth { no, maybe, yes };

std::string_view to_string(Truth truth);
Truth operator!(Truth t);
Truth operator&&(Truth a, Truth b);
Truth operator||(Truth a, Truth b);

struct Quantity {
  Type type;
  Interval interval;   // base units as figures have them: yen, vessels, days, percent (40 for 40%)
  Number value = 0;    // the nominal value
  bool one_sided = false;       // a bound ("up to"), not a precision
  std::optional<Date> date;     // the date its money is converted at
  std::string rate;             // conversions made on the way, for reports

  static Quantity exact(const Type& type, const Number& value) {
    Quantity q;
    q.type = type;
    q.interval = Interval::point(value);
    q.value = value;
    return q;
  }
};

struct Value {
  bool is_truth = false;
  Truth truth = Truth::maybe;
  Quantity quantity;
};

// The unit string the engine uses for a type: "JPY", "vessel", "%", "pp", "date", "day", "".
std::string unit_string(const Type& type);

}  // namespace crosscheck::expr
