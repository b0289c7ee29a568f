#include "base/number.h"

#include <array>
#include <cmath>

namespace crosscheck {

std::optional<Number> parse_number(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  std::size_t digits = 0;
  bool point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0) return std::nullopt;
  return Number(std::string(text));
}

namespace {

Number compute_pow10(int exponent) {
  Number result = 1;
  Number ten = 10;
  bool negative = exponent < 0;
  for (int i = 0; i < (negative ? -exponent : exponent); ++i) result *= ten;
  return negative ? Number(1) / result : result;
}

// Every figure with a scale word or a rounding asks for a power of ten: a multiplication per
// digit each time (and a division for a negative one). The powers a figure can have are computed
// once, by the same operations, so that they are the same values.
constexpr int kCachedPowers = 64;

const std::array<Number, 2 * kCachedPowers + 1>& cached_powers() {
  static const auto table = [] {
    std::array<Number, 2 * kCachedPowers + 1> out;
    for (int e = -kCachedPowers; e <= kCachedPowers; ++e)
      out[static_cast<std::size_t>(e + kCachedPowers)] = compute_pow10(e);
    return out;
  }();
  return table;
}

}  // namespace

Number pow10(int exponent) {
  if (exponent < -kCachedPowers || exponent > kCachedPowers) return compute_pow10(exponent);
  return cached_powers()[static_cast<std::size_t>(exponent + kCachedPowers)];
}

bool is_infinite(const Number& value) { return boost::multiprecision::isinf(value); }

Number infinity() { return std::numeric_limits<Number>::infinity(); }

Number round_to(const Number& value, int digits) {
  Number scale = pow10(digits);
  Number scaled = value * scale;
  Number rounded = scaled < 0 ? -boost::multiprecision::floor(-scaled + Number("0.5"))
                              : boost::multiprecision::floor(scaled + Number("0.5"));
  return rounded / scale;
}

std::string format_number(const Number& value, int significant) {
  if (is_infinite(value)) return value < 0 ? "-inf" : "inf";
  if (value == 0) return "0";
  // Scientific form gives the significant digits and exponent; rebuild plain notation from them.
  std::string sci = value.str(significant - 1, std::ios_base::scientific);  // digits after the point
  bool negative = sci[0] == '-';
  if (negative) sci.erase(0, 1);
  std::size_t e = sci.find('e');
  int exponent = std::stoi(sci.substr(e + 1));
  std::string mantissa;
  for (char c : sci.substr(0, e))
    if (c != '.') mantissa += c;
  while (mantissa.size() > 1 && mantissa.back() == '0') mantissa.pop_back();
  std::string out;
  int point = exponent + 1;  // digits before the decimal point
  if (point <= 0) {
    out = "0." + std::string(static_cast<std::size_t>(-point), '0') + mantissa;
  } else if (static_cast<std::size_t>(point) >= mantissa.size()) {
    out = mantissa + std::string(static_cast<std::size_t>(point) - mantissa.size(), '0');
  } else {
    out = mantissa.substr(0, static_cast<std::size_t>(point)) + "." +
          mantissa.substr(static_cast<std::size_t>(point));
  }
  return negative ? "-" + out : out;
}

}  // namespace crosscheck
