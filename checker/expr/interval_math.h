// Arithmetic on intervals of exact decimals, open ends and infinite bounds included.
#pragma once

#include "base/interval.h"

#include <optional>

namespace crosscheck::expr {

Interval add(const Interval& a, const Interval& b);
Interval subtract(const Interval& a, const Interval& b);
Interval multiply(const Interval& a, const Interval& b);
// nullopt when `b` holds 0: the quotient is unbounded, so nothing can be concluded.
std::optional<Interval> divide(const Interval& a, const Interval& b);
Interval negate(const Interval& a);
Interval absolute(const Interval& a);
Interval minimum(const Interval& a, const Interval& b);
Interval maximum(const Interval& a, const Interval& b);
Interval rounded(const Interval& a, int digits);
// The whole numbers inside (counts of things are whole); nullopt when there are none.
std::optional<Interval> whole(const Interval& a);

// Products and quotients of nominal values, with 0 · ∞ taken as 0.
Number times(const Number& a, const Number& b);

}  // namespace crosscheck::expr
