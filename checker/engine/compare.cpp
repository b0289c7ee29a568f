#include "engine/compare.h"

#include <boost/multiprecision/cpp_dec_float.hpp>

namespace crosscheck {

Number allowance(const Tolerance& tolerance, const Number& a, const Number& b) {
  switch (tolerance.kind) {
    case Tolerance::Kind::exact: return 0;
    case Tolerance::Kind::absolute: return tolerance.amount;
    case Tolerance::Kind::relative: {
      Number larger = boost::multiprecision::max(boost::multiprecision::abs(a),
                                                 boost::multiprecision::abs(b));
      return tolerance.amount * larger;
    }
  }
  return 0;
}

int power_of_ten_apart(const Number& a, const Number& b) {
  Number ma = boost::multiprecision::abs(a);
  Number mb = boost::multiprecision::abs(b);
  if (ma == 0 || mb == 0) return 0;
  Number ratio = ma > mb ? ma / mb : mb / ma;
  Number power = 10;
  for (int k = 1; k <= 12; ++k, power *= 10) {
    if (ratio >= power * Number("0.95") && ratio <= power * Number("1.05")) return k;
    if (ratio < power) break;
  }
  return 0;
}

bool agree(const Normalised& a, const Normalised& b, const Tolerance& tolerance) {
  // Dates and years are whole days and whole years: adjacent days never "agree" within a
  // tolerance, however small, since their numbers are large (SPEC §2).
  if ((a.unit == "date" || a.unit == "year-ad") && a.unit == b.unit) return overlaps(a.interval, b.interval);
  if ((a.one_sided || b.one_sided) && power_of_ten_apart(a.value, b.value) > 0) return false;
  if (overlaps(a.interval, b.interval)) return true;
  if (tolerance.kind == Tolerance::Kind::exact) return false;
  return gap(a.interval, b.interval) <= allowance(tolerance, a.value, b.value);
}

Delta delta(const Normalised& a, const Normalised& b) {
  Delta d;
  d.unit = a.unit;
  d.absolute = gap(a.interval, b.interval);
  Number ma = boost::multiprecision::abs(a.value);
  Number mb = boost::multiprecision::abs(b.value);
  Number larger = boost::multiprecision::max(ma, mb);
  Number smaller = boost::multiprecision::min(ma, mb);
  d.relative = larger == 0 ? Number(0) : d.absolute / larger;
  d.ratio = smaller == 0 ? infinity() : larger / smaller;
  return d;
}

}  // namespace crosscheck
