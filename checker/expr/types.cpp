#include "expr/types.h"

#include "units/physical_units.h"

#include <fmt/format.h>

namespace crosscheck::expr {

namespace {

bool quantity(const Type& t) { return t.dim != Dim::boolean; }
bool share(const Type& t) { return t.dim == Dim::percent || t.dim == Dim::points; }

Rule fail(std::string error) {
  Rule r;
  r.error = std::move(error);
  return r;
}

Rule gives(Type result, Take left = Take::as_is, Take right = Take::as_is, Type common = {}) {
  Rule r;
  r.result = std::move(result);
  r.common = std::move(common);
  r.left = left;
  r.right = right;
  return r;
}

std::string plural(const std::string& unit) {
  if (unit.empty()) return unit;
  if (unit.back() == 's' || unit.back() == 'x') return unit + "es";
  if (unit.back() == 'y' && unit.size() > 1 && std::string_view("aeiou").find(unit[unit.size() - 2]) == std::string_view::npos)
    return unit.substr(0, unit.size() - 1) + "ies";
  if (unit == "people" || unit == "aircraft") return unit;
  return unit + "s";
}

// The currency two amounts of money meet in.
std::string meeting_currency(const Type& a, const Type& b, const std::string& currency) {
  if (a.unit.empty() || b.unit.empty()) return currency;
  return a.unit == b.unit ? a.unit : currency;
}

// The finer unit of two durations of one family ("week" and "day" meet in days).
std::string finer_duration(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return duration_factor(a) <= duration_factor(b) ? a : b;
}

// Two physical quantities meet in the unit of the first when their dimensions agree ("640 km" and
// "398 miles" in km); a length never meets a mass.
std::optional<Type> meet_physical(const Type& a, const Type& b) {
  if (a.unit.empty()) return b;
  if (b.unit.empty()) return a;
  if (dimension_of(a.unit) != dimension_of(b.unit)) return std::nullopt;
  return a;
}

// Two quantities that can be added, subtracted or compared: the type they meet in, or an error.
std::optional<Type> meet(const Type& a, const Type& b, const std::string& currency) {
  if (a.dim == Dim::unknown) return b.dim == Dim::number ? a : b;
  if (b.dim == Dim::unknown) return a.dim == Dim::number ? b : a;
  auto unit_kind = [](const Type& t) {
    return t.dim == Dim::count || t.dim == Dim::money || t.dim == Dim::duration || t.dim == Dim::quantity;
  };
  if (a.dim == Dim::number && unit_kind(b)) return b;  // a bare number takes the unit it meets ("6 + 2 vessels")
  if (b.dim == Dim::number && unit_kind(a)) return a;
  if (a.dim != b.dim) {
    if (is_calendar(a) && is_calendar(b)) return Type::of(Dim::date);
    return std::nullopt;
  }
  switch (a.dim) {
    case Dim::money: return Type::of(Dim::money, meeting_currency(a, b, currency));
    case Dim::count:
      // Counts of differently named things ("people", "deaths", "victims") add up as the rule
      // file says they do: the sum counts no one thing. Counts never meet money or a share.
      if (!a.unit.empty() && !b.unit.empty() && a.unit != b.unit) return Type::of(Dim::count);
      return a.unit.empty() ? b : a;
    case Dim::duration:
      if (!a.unit.empty() && !b.unit.empty() && !same_duration_family(a.unit, b.unit)) return std::nullopt;
      return Type::of(Dim::duration, finer_duration(a.unit, b.unit));
    case Dim::quantity: return meet_physical(a, b);
    default: return a;
  }
}

// What the other side of `+` should have been, for messages.
std::string same_kind(const Type& t) {
  switch (t.dim) {
    case Dim::money: return "money";
    case Dim::count: return t.unit.empty() ? "counts of one thing" : fmt::format("counts of {}", plural(t.unit));
    case Dim::duration: return "durations";
    case Dim::quantity:
      return t.unit.empty() ? "quantities of one dimension"
                            : fmt::format("quantities of one dimension ({})", to_string(dimension_of(t.unit)));
    default: return describe(t);
  }
}

std::string cannot(std::string_view verb, const Type& a, std::string_view joint, const Type& b) {
  return fmt::format("cannot {} {} {} {}", verb, describe(a), joint, describe(b));
}

Rule additive_rule(Op op, const Type& a, const Type& b, const std::string& currency) {
  bool plus = op == Op::plus;
  auto error = [&] {
    return plus ? cannot("add", a, "and", b) : cannot("subtract", b, "from", a);
  };
  if (a.dim == Dim::unknown || b.dim == Dim::unknown) {
    const Type& known = a.dim == Dim::unknown ? b : a;
    if (known.dim == Dim::date || known.dim == Dim::year || known.dim == Dim::percent)
      return gives(Type::of(Dim::unknown));  // the result depends on the other side
    return gives(known.dim == Dim::number ? Type::of(Dim::unknown) : known);
  }
  // Shares (SPEC §3): % + % is a share, % - % is a change in percentage points; percentage points
  // move a share.
  if (share(a) || share(b)) {
    if (a.dim == Dim::percent && b.dim == Dim::percent)
      return gives(Type::of(plus ? Dim::percent : Dim::points));
    if (a.dim == Dim::points && b.dim == Dim::points) return gives(Type::of(Dim::points));
    if (a.dim == Dim::percent && b.dim == Dim::points) return gives(Type::of(Dim::percent));
    if (plus && a.dim == Dim::points && b.dim == Dim::percent) return gives(Type::of(Dim::percent));
    if (a.dim == Dim::number || b.dim == Dim::number)
      return fail(error() + ": write the number as a percentage ('5%') or in percentage points ('5 percentage points')");
    return fail(error());
  }
  // Calendar arithmetic: a date moves by days; two dates are days apart; two years, years apart.
  if (is_calendar(a) || is_calendar(b)) {
    auto day_duration = [](const Type& t) {
      return t.dim == Dim::duration && (t.unit.empty() || duration_factor(t.unit) > 0) &&
             (t.unit.empty() || same_duration_family(t.unit, "day"));
    };
    auto year_duration = [](const Type& t) {
      return t.dim == Dim::duration && (t.unit.empty() || same_duration_family(t.unit, "year"));
    };
    if (a.dim == Dim::date && day_duration(b)) return gives(Type::of(Dim::date), Take::as_is, Take::as_is, Type::of(Dim::duration, "day"));
    if (plus && day_duration(a) && b.dim == Dim::date) return gives(Type::of(Dim::date), Take::as_is, Take::as_is, Type::of(Dim::duration, "day"));
    if (a.dim == Dim::year && year_duration(b)) return gives(Type::of(Dim::year), Take::as_is, Take::as_is, Type::of(Dim::duration, "year"));
    if (plus && year_duration(a) && b.dim == Dim::year) return gives(Type::of(Dim::year), Take::as_is, Take::as_is, Type::of(Dim::duration, "year"));
    if (!plus && a.dim == Dim::date && b.dim == Dim::date) return gives(Type::of(Dim::duration, "day"));
    if (!plus && a.dim == Dim::year && b.dim == Dim::year) return gives(Type::of(Dim::duration, "year"));
    if (!plus && is_calendar(a) && is_calendar(b))
      return gives(Type::of(Dim::duration, "day"), a.dim == Dim::year ? Take::days : Take::as_is,
                   b.dim == Dim::year ? Take::days : Take::as_is);
    if (a.dim == Dim::date || b.dim == Dim::date)
      return fail(error() + ": a date moves by a duration in days or weeks ('4 days')");
    return fail(error() + ": a year moves by a duration in years ('5 years')");
  }
  auto met = meet(a, b, currency);
  if (!met || a.dim == Dim::boolean || b.dim == Dim::boolean) {
    std::string out = error();
    if (a.dim == Dim::duration && b.dim == Dim::duration)
      out += ": days and weeks do not convert exactly to months and years";
    else
      out += fmt::format(": expected {} on both sides of '{}'", same_kind(a), to_string(op));
    return fail(out);
  }
  Rule r = gives(*met);
  r.common = *met;
  return r;
}

Rule multiplicative_rule(Op op, const Type& a, const Type& b, const std::string& currency) {
  bool times = op == Op::times;
  auto error = [&](std::string_view why = {}) {
    std::string out = times ? cannot("multiply", a, "by", b) : cannot("divide", a, "by", b);
    if (!why.empty()) out += fmt::format(": {}", why);
    return fail(out);
  };
  if (is_calendar(a) || is_calendar(b) || a.dim == Dim::boolean || b.dim == Dim::boolean)
    return error();
  if (a.dim == Dim::unknown || b.dim == Dim::unknown) {
    const Type& known = a.dim == Dim::unknown ? b : a;
    if (times && known.dim == Dim::number) return gives(Type::of(Dim::unknown));
    return gives(Type::of(Dim::unknown));
  }
  if (times) {
    if (a.dim == Dim::number) return gives(b);
    if (b.dim == Dim::number) return gives(a);
    // A share of something is that fraction of it (SPEC §3): 40% * 20 vessels = 8 vessels.
    if (a.dim == Dim::percent && b.dim == Dim::percent) return gives(a, Take::as_is, Take::fraction);
    if (a.dim == Dim::percent && !share(b)) return gives(b, Take::fraction, Take::as_is);
    if (b.dim == Dim::percent && !share(a)) return gives(a, Take::as_is, Take::fraction);
    // So many of each: 6,000 structures * 4 floors * 2 flats (per floor) counts flats; money per
    // thing times things is money. Money times money, or a date times anything, means nothing.
    if (a.dim == Dim::count && b.dim == Dim::count) return gives(Type::of(Dim::count));
    if (a.dim == Dim::money && b.dim == Dim::count) return gives(a);
    if (a.dim == Dim::count && b.dim == Dim::money) return gives(b);
    return error("one side must be a plain number or a percentage");
  }
  // Division.
  if (b.dim == Dim::number) return gives(a);
  if (a.dim == b.dim) {
    if (a.dim == Dim::money) {
      Rule r = gives(Type::of(Dim::number));
      r.common = Type::of(Dim::money, meeting_currency(a, b, currency));
      return r;
    }
    if (a.dim == Dim::duration) {
      if (!a.unit.empty() && !b.unit.empty() && !same_duration_family(a.unit, b.unit))
        return error("days and weeks do not convert exactly to months and years");
      Rule r = gives(Type::of(Dim::number));
      r.common = Type::of(Dim::duration, finer_duration(a.unit, b.unit));
      return r;
    }
    if (a.dim == Dim::quantity) {
      auto met = meet_physical(a, b);
      if (!met) return error("a ratio of quantities needs one dimension on both sides");
      Rule r = gives(Type::of(Dim::number));
      r.common = *met;
      return r;
    }
    return gives(Type::of(Dim::number));  // a ratio: counts of anything, % by %, pp by pp
  }
  if (share(a) && share(b)) return gives(Type::of(Dim::number));  // a change of a share relative to it
  if (b.dim == Dim::percent) {
    if (a.dim == Dim::points) return error();
    return gives(a, Take::as_is, Take::fraction);  // 8 vessels / 40% = 20 vessels
  }
  if (a.dim == Dim::money && b.dim == Dim::count) return gives(a);  // money per thing
  if (a.dim == Dim::number && (b.dim == Dim::count || b.dim == Dim::quantity))
    return gives(Type::of(Dim::number));  // a bare number takes the unit it meets: 3,801 / 5,000 ha
  return error();
}

Rule comparison_rule(Op op, const Type& a, const Type& b, const std::string& currency) {
  auto error = [&](std::string_view why = {}) {
    std::string out = fmt::format("cannot compare {} with {}", describe(a), describe(b));
    if (!why.empty()) out += fmt::format(": {}", why);
    return fail(out);
  };
  (void)op;
  if (a.dim == Dim::boolean || b.dim == Dim::boolean)
    return error("compare amounts; join conditions with 'and' or 'or'");
  Type boolean = Type::of(Dim::boolean);
  if ((a.dim == Dim::percent && b.dim == Dim::points) || (a.dim == Dim::points && b.dim == Dim::percent))
    return error(
        "a change in percentage points is not a percentage change (from 10% to 12% is 2 "
        "percentage points, or 20%)");
  // A share against a plain ratio counts as its fraction (SPEC §3): 32.5% == 0.325.
  if (share(a) && b.dim == Dim::number) return gives(boolean, Take::fraction, Take::as_is, Type::of(Dim::number));
  if (a.dim == Dim::number && share(b)) return gives(boolean, Take::as_is, Take::fraction, Type::of(Dim::number));
  if (is_calendar(a) && is_calendar(b) && a.dim != b.dim)
    return gives(boolean, a.dim == Dim::year ? Take::days : Take::as_is,
                 b.dim == Dim::year ? Take::days : Take::as_is, Type::of(Dim::date));
  auto met = meet(a, b, currency);
  if (!met) {
    if (a.dim == Dim::duration && b.dim == Dim::duration)
      return error("days and weeks do not convert exactly to months and years; use days() or months()");
    if (a.dim == Dim::quantity && b.dim == Dim::quantity) return error("they measure different dimensions");
    return error();
  }
  return gives(boolean, Take::as_is, Take::as_is, *met);
}

}  // namespace

std::string describe(const Type& type) {
  switch (type.dim) {
    case Dim::unknown: return "a value";
    case Dim::boolean: return "a condition";
    case Dim::number: return "a plain number";
    case Dim::money: return type.unit.empty() ? "money" : fmt::format("money ({})", type.unit);
    case Dim::count: return type.unit.empty() ? "a count" : fmt::format("a count of {}", plural(type.unit));
    case Dim::percent: return "a percentage";
    case Dim::points: return "percentage points";
    case Dim::date: return type.range ? "a date range" : "a date";
    case Dim::year: return "a year";
    case Dim::duration: return type.unit.empty() ? "a duration" : fmt::format("a duration in {}", plural(type.unit));
    case Dim::quantity:
      if (type.unit.empty()) return "a quantity";
      {
        const std::string_view d = to_string(dimension_of(type.unit));
        return fmt::format("{} {} ({})", d.starts_with('a') || d.starts_with('e') ? "an" : "a", d, type.unit);
      }
  }
  return "a value";
}

Type type_of(const Figure& figure) {
  switch (figure.kind) {
    case FigureKind::number: return Type::of(Dim::number);
    case FigureKind::money: return Type::of(Dim::money, figure.unit);
    case FigureKind::percent: return Type::of(Dim::percent);
    case FigureKind::percentage_points: return Type::of(Dim::points);
    case FigureKind::count: return Type::of(Dim::count, figure.unit);
    case FigureKind::ordinal: return Type::of(Dim::number);
    case FigureKind::date: return Type::of(Dim::date);
    case FigureKind::date_range: return Type::of(Dim::date, {}, true);
    case FigureKind::year: return Type::of(Dim::year);
    case FigureKind::duration: return Type::of(Dim::duration, figure.unit);
    case FigureKind::quantity: return Type::of(Dim::quantity, figure.unit);
  }
  return Type::of(Dim::number);
}

bool is_calendar(const Type& t) { return t.dim == Dim::date || t.dim == Dim::year; }

bool is_comparison(Op op) {
  return op == Op::equal || op == Op::not_equal || op == Op::less || op == Op::less_equal ||
         op == Op::greater || op == Op::greater_equal;
}

bool is_logical(Op op) {
  return op == Op::logical_and || op == Op::logical_or || op == Op::logical_not;
}

int duration_factor(const std::string& unit) {
  if (unit == "day") return 1;
  if (unit == "week") return 7;
  if (unit == "month") return 1;
  if (unit == "year") return 12;
  if (unit == "decade") return 120;
  return 0;
}

bool same_duration_family(const std::string& a, const std::string& b) {
  auto days = [](const std::string& u) { return u == "day" || u == "week"; };
  auto months = [](const std::string& u) { return u == "month" || u == "year" || u == "decade"; };
  return (days(a) && days(b)) || (months(a) && months(b));
}

Rule binary_rule(Op op, const Type& left, const Type& right, const std::string& currency) {
  if (is_logical(op)) {
    auto condition = [](const Type& t) { return t.dim == Dim::boolean; };
    if (!condition(left) || !condition(right))
      return fail(fmt::format("'{}' joins conditions (comparisons), found {}", to_string(op),
                              describe(condition(left) ? right : left)));
    return gives(Type::of(Dim::boolean));
  }
  if (left.dim == Dim::boolean || right.dim == Dim::boolean)
    return fail(fmt::format("expected an amount on each side of '{}', found {}", to_string(op),
                            describe(Type::of(Dim::boolean))));
  if (is_comparison(op)) return comparison_rule(op, left, right, currency);
  if (op == Op::plus || op == Op::minus) return additive_rule(op, left, right, currency);
  return multiplicative_rule(op, left, right, currency);
}

Rule unary_rule(Op op, const Type& operand) {
  if (op == Op::logical_not) {
    if (operand.dim != Dim::boolean) return fail(fmt::format("'not' takes a condition, found {}", describe(operand)));
    return gives(operand);
  }
  if (!quantity(operand) || is_calendar(operand))
    return fail(fmt::format("cannot negate {}", describe(operand)));
  return gives(operand);
}

}  // namespace crosscheck::expr
