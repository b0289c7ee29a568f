// Exact decimal numbers: every value that is compared or printed is a decimal, never a binary double.
#pragma once

#include <boost/multiprecision/cpp_dec_float.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

// 50 significant decimal digits: figures in news text are exact in it, and division (currency
// conversion) rounds far below any stated precision.
using Number = boost::multiprecision::cpp_dec_float_50;

// Parses plain decimal notation: optional '-', digits, optional '.' and digits. No exponents, no
// separators, no "inf"/"nan" — the figure grammar has already removed separators.
std::optional<Number> parse_number(std::string_view text);

// 10^exponent, exactly.
Number pow10(int exponent);

// Shortest plain decimal that round-trips at `significant` digits: "835", "0.5", "1.055", "-3",
// "1e+21" never appears (plain notation always). Infinity prints as "inf" / "-inf".
std::string format_number(const Number& value, int significant = 15);

// Rounds to `digits` places after the decimal point (half away from zero).
Number round_to(const Number& value, int digits);

bool is_infinite(const Number& value);
Number infinity();

}  // namespace crosscheck
