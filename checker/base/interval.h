// Closed, half-open or open intervals of exact decimals: every figure compares as one.
#pragma once

#include "base/number.h"

#include <string>

namespace crosscheck {

struct Interval {
  Number low = 0;
  Number high = 0;
  bool low_open = false;
  bool high_open = false;

  static Interval point(const Number& value) { return {value, value, false, false}; }
  static Interval closed(const Number& low, const Number& high) { return {low, high, false, false}; }

  bool is_point() const { return low == high && !low_open && !high_open; }
  bool contains(const Number& value) const;
  bool bounded() const { return !is_infinite(low) && !is_infinite(high); }
};

bool operator==(const Interval& a, const Interval& b);

// True when the two intervals share at least one value.
bool overlaps(const Interval& a, const Interval& b);

// Distance between the intervals: 0 when they overlap, else the gap between the nearer ends.
Number gap(const Interval& a, const Interval& b);

// The smallest interval holding both; the common part (only meaningful when they overlap).
Interval hull(const Interval& a, const Interval& b);
Interval intersection(const Interval& a, const Interval& b);

// Scales both ends by a positive factor.
Interval scaled(const Interval& a, const Number& factor);

// "[834.5, 835.5]", "(100, inf)".
std::string to_string(const Interval& interval);

}  // namespace crosscheck
