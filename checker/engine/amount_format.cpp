#include "engine/amount_format.h"

#include "base/date.h"
#include "engine/finding.h"
#include "units/physical_units.h"

#include <array>
#include <utility>

namespace crosscheck {

namespace {

std::string scaled(const Number& value) {
  if (is_infinite(value)) return value < 0 ? "-inf" : "inf";
  constexpr std::array<std::pair<int, std::string_view>, 3> kScales{
      {{12, "trillion"}, {9, "billion"}, {6, "million"}}};
  Number magnitude = value < 0 ? Number(-value) : value;
  for (auto [exponent, word] : kScales) {
    Number scale = pow10(exponent);
    if (magnitude >= scale) return format_number(value / scale, 6) + " " + std::string(word);
  }
  return format_number(value, 8);
}

}  // namespace

std::string describe_amount(const Number& value, const std::string& unit) {
  std::string number = scaled(value);
  if (unit.empty()) return number;
  if (unit == "USD") return "$" + number;
  if (unit == "JPY") return number + " yen";
  if (unit == "EUR") return "€" + number;
  if (unit == "GBP") return "£" + number;
  if (unit == "%") return number + "%";
  if (unit == "pp") return number + " percentage points";
  // A unit of measure is written as its symbol: "4,946 ha", "640 km", "magnitude 7.8", "40 °C".
  if (unit == "magnitude") return "magnitude " + number;
  if (unit == "degC") return number + " °C";
  if (unit == "degF") return number + " °F";
  if (dimension_of(unit) != Dimension::none) return number + " " + (unit == "ton" ? "short tons" : unit);
  if (unit.size() == 3 && unit[0] >= 'A' && unit[0] <= 'Z') return number + " " + unit;
  return number + " " + unit + (value == 1 ? "" : "s");
}

std::string describe_normalised(const Normalised& n) {
  if (n.unit == "date") {
    auto day = [](const Number& d) {
      return to_string(date_from_day_number(d.convert_to<std::int64_t>()));
    };
    if (n.interval.low == n.interval.high) return day(n.interval.low);
    return day(n.interval.low) + " to " + day(n.interval.high);
  }
  std::string text = describe_amount(n.value, n.unit);
  if (n.interval.is_point()) return text;
  const char* open = n.interval.low_open ? "(" : "[";
  const char* close = n.interval.high_open ? ")" : "]";
  return text + " " + open + scaled(n.interval.low) + ", " + scaled(n.interval.high) + close;
}

}  // namespace crosscheck
