#include "base/interval.h"

#include <algorithm>

namespace crosscheck {

bool Interval::contains(const Number& value) const {
  bool above = low_open ? value > low : value >= low;
  bool below = high_open ? value < high : value <= high;
  return above && below;
}

bool operator==(const Interval& a, const Interval& b) {
  return a.low == b.low && a.high == b.high && a.low_open == b.low_open &&
         a.high_open == b.high_open;
}

bool overlaps(const Interval& a, const Interval& b) {
  // a lies wholly below b, or wholly above it.
  auto below = [](const Interval& x, const Interval& y) {
    return x.high < y.low || (x.high == y.low && (x.high_open || y.low_open));
  };
  return !below(a, b) && !below(b, a);
}

Number gap(const Interval& a, const Interval& b) {
  if (overlaps(a, b)) return 0;
  if (a.high <= b.low) return b.low - a.high;
  return a.low - b.high;
}

Interval hull(const Interval& a, const Interval& b) {
  Interval out;
  if (a.low < b.low || (a.low == b.low && !a.low_open)) {
    out.low = a.low;
    out.low_open = a.low_open;
  } else {
    out.low = b.low;
    out.low_open = b.low_open;
  }
  if (a.high > b.high || (a.high == b.high && !a.high_open)) {
    out.high = a.high;
    out.high_open = a.high_open;
  } else {
    out.high = b.high;
    out.high_open = b.high_open;
  }
  return out;
}

Interval intersection(const Interval& a, const Interval& b) {
  Interval out;
  if (a.low > b.low || (a.low == b.low && a.low_open)) {
    out.low = a.low;
    out.low_open = a.low_open;
  } else {
    out.low = b.low;
    out.low_open = b.low_open;
  }
  if (a.high < b.high || (a.high == b.high && a.high_open)) {
    out.high = a.high;
    out.high_open = a.high_open;
  } else {
    out.high = b.high;
    out.high_open = b.high_open;
  }
  return out;
}

Interval scaled(const Interval& a, const Number& factor) {
  return {a.low * factor, a.high * factor, a.low_open, a.high_open};
}

std::string to_string(const Interval& interval) {
  return std::string(interval.low_open ? "(" : "[") + format_number(interval.low) + ", " +
         format_number(interval.high) + (interval.high_open ? ")" : "]");
}

}  // namespace crosscheck
