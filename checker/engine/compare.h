// Whether two figures in one unit agree, under a tolerance applied once to the gap between them.
#pragma once

#include "engine/finding.h"
#include "model/rule_file.h"

namespace crosscheck {

// What the tolerance allows between figures whose nominal values are `a` and `b`: for a relative
// tolerance, that fraction of the larger magnitude (SPEC §3).
Number allowance(const Tolerance& tolerance, const Number& a, const Number& b);

// The figures agree when the gap between their intervals is at most the allowance (`exact`: the
// intervals overlap). A one-sided bound never hides a power-of-ten slip: "up to 4.2 billion" does
// not agree with "42 million".
bool agree(const Normalised& a, const Normalised& b, const Tolerance& tolerance);

// Nominal values about a power of ten apart (×10, ×100, ×1000 ... within 5%): the mark of a scale
// slip. Returns the power (2 for ×100), or 0.
int power_of_ten_apart(const Number& a, const Number& b);

Delta delta(const Normalised& a, const Normalised& b);

}  // namespace crosscheck
