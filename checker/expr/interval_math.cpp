#include "expr/interval_math.h"

#include <array>

namespace crosscheck::expr {

namespace {

struct End {
  Number value;
  bool open = false;
};

// The smaller (or larger) end; at a tie a closed end wins, as it holds the value.
End pick(const End& a, const End& b, bool smaller) {
  if (a.value == b.value) return {a.value, a.open && b.open};
  bool a_wins = smaller ? a.value < b.value : a.value > b.value;
  return a_wins ? a : b;
}

Interval from(const End& low, const End& high) { return {low.value, high.value, low.open, high.open}; }

Number reciprocal(const Number& x) {
  if (is_infinite(x)) return 0;
  return Number(1) / x;
}

}  // namespace

Number times(const Number& a, const Number& b) {
  if (a == 0 || b == 0) return 0;
  return a * b;
}

Interval add(const Interval& a, const Interval& b) {
  return {a.low + b.low, a.high + b.high, a.low_open || b.low_open, a.high_open || b.high_open};
}

Interval negate(const Interval& a) { return {-a.high, -a.low, a.high_open, a.low_open}; }

Interval subtract(const Interval& a, const Interval& b) { return add(a, negate(b)); }

Interval multiply(const Interval& a, const Interval& b) {
  std::array<End, 4> products{{
      {times(a.low, b.low), a.low_open || b.low_open},
      {times(a.low, b.high), a.low_open || b.high_open},
      {times(a.high, b.low), a.high_open || b.low_open},
      {times(a.high, b.high), a.high_open || b.high_open},
  }};
  End low = products[0], high = products[0];
  for (const End& p : products) {
    low = pick(low, p, true);
    high = pick(high, p, false);
  }
  return from(low, high);
}

std::optional<Interval> divide(const Interval& a, const Interval& b) {
  if (b.contains(0)) return std::nullopt;
  Interval inverse{reciprocal(b.high), reciprocal(b.low), b.high_open || is_infinite(b.high),
                   b.low_open || is_infinite(b.low)};
  return multiply(a, inverse);
}

Interval absolute(const Interval& a) {
  if (a.low >= 0) return a;
  if (a.high <= 0) return negate(a);
  Interval n = negate(a);
  End high = pick({a.high, a.high_open}, {n.high, n.high_open}, false);
  return {0, high.value, false, high.open};
}

Interval minimum(const Interval& a, const Interval& b) {
  return from(pick({a.low, a.low_open}, {b.low, b.low_open}, true),
              pick({a.high, a.high_open}, {b.high, b.high_open}, true));
}

Interval maximum(const Interval& a, const Interval& b) {
  return from(pick({a.low, a.low_open}, {b.low, b.low_open}, false),
              pick({a.high, a.high_open}, {b.high, b.high_open}, false));
}

Interval rounded(const Interval& a, int digits) {
  auto r = [digits](const Number& x) { return is_infinite(x) ? x : round_to(x, digits); };
  // Rounding closes the ends: every value in between rounds to one of the rounded ends or between.
  return {r(a.low), r(a.high), a.low_open && is_infinite(a.low), a.high_open && is_infinite(a.high)};
}

std::optional<Interval> whole(const Interval& a) {
  Interval out = a;
  if (!is_infinite(a.low)) {
    Number c = boost::multiprecision::ceil(a.low);
    if (c == a.low && a.low_open) c += 1;
    out.low = c;
    out.low_open = false;
  }
  if (!is_infinite(a.high)) {
    Number f = boost::multiprecision::floor(a.high);
    if (f == a.high && a.high_open) f -= 1;
    out.high = f;
    out.high_open = false;
  }
  if (out.low > out.high) return std::nullopt;
  return out;
}

}  // namespace crosscheck::expr
