#include "expr/functions.h"

#include "expr/interval_math.h"
#include "units/currency.h"

#include <fmt/format.h>

#include <array>

namespace crosscheck::expr {

namespace {

Typed ok(Type t) { return Typed{std::move(t), {}, 0}; }
Typed bad(std::size_t arg, std::string error) { return Typed{Type::of(Dim::unknown), std::move(error), arg}; }

// A whole number written as a literal, possibly negative: round(x, -3).
std::optional<int> whole_literal(const Node& node) {
  if (node.kind == Node::Kind::unary && node.op == Op::negate && node.args.size() == 1) {
    auto inner = whole_literal(node.args[0]);
    if (inner) return -*inner;
    return std::nullopt;
  }
  if (node.kind != Node::Kind::number || node.text.find('.') != std::string::npos ||
      node.text.size() > 2)
    return std::nullopt;
  return std::stoi(node.text);
}

// ---- type rules

Typed amount_type(std::span<const Node>, std::span<const Type> types, const std::string&) {
  if (types[0].dim == Dim::boolean || is_calendar(types[0]))
    return bad(0, fmt::format("expected an amount, found {}", describe(types[0])));
  return ok(types[0]);
}

Typed extremum_type(std::span<const Node>, std::span<const Type> types, const std::string& currency) {
  Type common = types[0];
  for (std::size_t i = 1; i < types.size(); ++i) {
    Rule rule = binary_rule(Op::less, common, types[i], currency);
    if (!rule.ok()) return bad(i, rule.error);
    if (rule.left != Take::as_is || rule.right != Take::as_is)
      return bad(i, fmt::format("expected {} like the first argument, found {}", describe(common),
                                describe(types[i])));
    if (rule.common.dim != Dim::unknown) common = rule.common;
    else if (common.dim == Dim::unknown) common = types[i];
  }
  if (common.dim == Dim::boolean) return bad(0, "expected amounts, found a condition");
  return ok(common);
}

Typed round_type(std::span<const Node> args, std::span<const Type> types, const std::string& c) {
  Typed amount = amount_type(args, types, c);
  if (!amount.error.empty()) return amount;
  auto digits = whole_literal(args[1]);
  if (!digits || *digits < -15 || *digits > 15)
    return bad(1, "expected the number of decimal places as a whole number (round(x, 1))");
  return amount;
}

Typed convert_type(std::span<const Node> args, std::span<const Type> types, const std::string&) {
  if (types[0].dim != Dim::money && types[0].dim != Dim::unknown)
    return bad(0, fmt::format("expected money, found {}", describe(types[0])));
  if (args[1].kind != Node::Kind::figure || !is_known_currency(args[1].text))
    return bad(1, "expected a currency code in quotes, such as 'USD'");
  if (args.size() == 3 && types[2].dim != Dim::unknown && (types[2].dim != Dim::date || types[2].range))
    return bad(2, fmt::format("expected a date (2015-09-15), found {}", describe(types[2])));
  return ok(Type::of(Dim::money, args[1].text));
}

Typed days_type(std::span<const Node>, std::span<const Type> types, const std::string&) {
  const Type& t = types[0];
  if (t.dim == Dim::unknown || (t.dim == Dim::date && t.range) ||
      (t.dim == Dim::duration && (t.unit.empty() || same_duration_family(t.unit, "day"))))
    return ok(Type::of(Dim::duration, "day"));
  return bad(0, fmt::format("expected a date range ('from September 15 to 18') or a duration in "
                            "days or weeks, found {}", describe(t)));
}

Typed months_type(std::span<const Node>, std::span<const Type> types, const std::string&) {
  const Type& t = types[0];
  if (t.dim == Dim::unknown || (t.dim == Dim::date && t.range) ||
      (t.dim == Dim::duration && (t.unit.empty() || same_duration_family(t.unit, "month"))))
    return ok(Type::of(Dim::duration, "month"));
  return bad(0, fmt::format("expected a date range ('from August 2014 to March 2015') or a "
                            "duration in months or years, found {}", describe(t)));
}

Typed years_between_type(std::span<const Node>, std::span<const Type> types, const std::string&) {
  for (std::size_t i = 0; i < 2; ++i)
    if (types[i].dim != Dim::unknown && !is_calendar(types[i]))
      return bad(i, fmt::format("expected a date or a year, found {}", describe(types[i])));
  return ok(Type::of(Dim::duration, "year"));
}

// ---- evaluators

Quantity like(const Quantity& q, const Type& type, const Interval& interval, const Number& value) {
  Quantity out = q;
  out.type = type;
  out.interval = interval;
  out.value = value;
  return out;
}

std::optional<Quantity> eval_abs(std::span<const Node>, std::span<const Quantity> v, const Type&,
                                 Environment&, std::string&) {
  return like(v[0], v[0].type, absolute(v[0].interval), boost::multiprecision::abs(v[0].value));
}

template <bool Smaller>
std::optional<Quantity> eval_extremum(std::span<const Node>, std::span<const Quantity> v,
                                      const Type& result, Environment& env, std::string& problem) {
  std::optional<Quantity> best;
  for (const Quantity& arg : v) {
    auto q = bring_to(arg, result, env, problem);
    if (!q) return std::nullopt;
    if (!best) {
      best = q;
      continue;
    }
    Interval i = Smaller ? minimum(best->interval, q->interval) : maximum(best->interval, q->interval);
    Number value = Smaller ? boost::multiprecision::min(best->value, q->value)
                           : boost::multiprecision::max(best->value, q->value);
    best = like(*best, best->type, i, value);
    best->one_sided = best->one_sided || q->one_sided;
  }
  best->type = result.dim == Dim::unknown ? best->type : result;
  return best;
}

std::optional<Quantity> eval_round(std::span<const Node> args, std::span<const Quantity> v,
                                   const Type&, Environment&, std::string&) {
  int digits = *whole_literal(args[1]);
  return like(v[0], v[0].type, rounded(v[0].interval, digits), round_to(v[0].value, digits));
}

std::optional<Quantity> eval_convert(std::span<const Node> args, std::span<const Quantity> v,
                                     const Type&, Environment& env, std::string& problem) {
  if (v[0].type.dim != Dim::money) {
    problem = fmt::format("convert() takes money, found {}", describe(v[0].type));
    return std::nullopt;
  }
  std::optional<Date> date = v[0].date;
  if (args.size() == 3) {
    if (v[2].type.dim != Dim::date || v[2].type.range || !v[2].interval.is_point()) {
      problem = fmt::format("convert() takes one day as its date, found {}", describe(v[2].type));
      return std::nullopt;
    }
    date = date_from_day_number(v[2].value.convert_to<std::int64_t>());
  }
  if (v[0].type.unit == args[1].text) return v[0];
  return env.convert(v[0], args[1].text, date, problem);
}

bool range_of_days(const Quantity& q, std::string_view function, std::string& problem) {
  if (q.type.dim == Dim::date && q.type.range && q.interval.bounded()) return true;
  problem = fmt::format("{}() counts the days of a date range ('from September 15 to 18'), "
                        "found {}", function, describe(q.type));
  return false;
}

std::optional<Quantity> eval_days(std::span<const Node>, std::span<const Quantity> v,
                                  const Type& result, Environment&, std::string& problem) {
  const Quantity& q = v[0];
  if (q.type.dim == Dim::duration && same_duration_family(q.type.unit, "day")) {
    Number f = duration_factor(q.type.unit);
    return like(q, result, scaled(q.interval, f), q.value * f);
  }
  if (!range_of_days(q, "days", problem)) return std::nullopt;
  Number days = q.interval.high - q.interval.low + 1;  // counted inclusively: 15 to 18 is 4 days
  return like(q, result, Interval::point(days), days);
}

std::optional<Quantity> eval_months(std::span<const Node>, std::span<const Quantity> v,
                                    const Type& result, Environment&, std::string& problem) {
  const Quantity& q = v[0];
  if (q.type.dim == Dim::duration && same_duration_family(q.type.unit, "month")) {
    Number f = duration_factor(q.type.unit);
    return like(q, result, scaled(q.interval, f), q.value * f);
  }
  if (!range_of_days(q, "months", problem)) return std::nullopt;
  Date first = date_from_day_number(q.interval.low.convert_to<std::int64_t>());
  Date last = date_from_day_number(q.interval.high.convert_to<std::int64_t>());
  // The calendar months the range touches, counted inclusively like days().
  Number months = (last.year * 12 + last.month) - (first.year * 12 + first.month) + 1;
  return like(q, result, Interval::point(months), months);
}

// Whole years from day `a` to day `b` (negative when b is earlier), as an age is counted.
std::int64_t completed_years(std::int64_t a, std::int64_t b) {
  if (b < a) return -completed_years(b, a);
  Date x = date_from_day_number(a), y = date_from_day_number(b);
  std::int64_t years = y.year - x.year;
  if (y.month < x.month || (y.month == x.month && y.day < x.day)) --years;
  return years;
}

Interval as_days(const Quantity& q) {
  if (q.type.dim != Dim::year) return q.interval;
  int low = q.interval.low.convert_to<int>(), high = q.interval.high.convert_to<int>();
  return Interval::closed(Number(day_number(low, 1, 1)), Number(day_number(high, 12, 31)));
}

std::optional<Quantity> eval_years_between(std::span<const Node>, std::span<const Quantity> v,
                                           const Type& result, Environment&, std::string& problem) {
  for (const Quantity& q : v)
    if ((q.type.dim != Dim::date && q.type.dim != Dim::year) || !q.interval.bounded()) {
      problem = fmt::format("years_between() takes dates or years, found {}", describe(q.type));
      return std::nullopt;
    }
  if (v[0].type.dim == Dim::year && v[1].type.dim == Dim::year) {
    Interval i = subtract(v[1].interval, v[0].interval);
    return like(v[0], result, i, v[1].value - v[0].value);
  }
  Interval a = as_days(v[0]), b = as_days(v[1]);
  auto day = [](const Number& n) { return n.convert_to<std::int64_t>(); };
  Number low = completed_years(day(a.high), day(b.low));
  Number high = completed_years(day(a.low), day(b.high));
  Number nominal = completed_years(day(a.low), day(b.low));
  return like(v[0], result, Interval::closed(low, high), nominal);
}

constexpr unsigned kNoText = 0;
constexpr unsigned kSecondIsText = 1u << 1;

constexpr std::array<Function, 8> kFunctions{{
    {"abs", 1, 1, "abs(x)", kNoText, amount_type, eval_abs},
    {"convert", 2, 3, "convert(x, 'USD') or convert(x, 'USD', 2015-09-15)", kSecondIsText,
     convert_type, eval_convert},
    {"days", 1, 1, "days(date_range)", kNoText, days_type, eval_days},
    {"max", 2, 16, "max(a, b, ...)", kNoText, extremum_type, eval_extremum<false>},
    {"min", 2, 16, "min(a, b, ...)", kNoText, extremum_type, eval_extremum<true>},
    {"months", 1, 1, "months(date_range)", kNoText, months_type, eval_months},
    {"round", 2, 2, "round(x, digits)", kNoText, round_type, eval_round},
    {"years_between", 2, 2, "years_between(a, b)", kNoText, years_between_type, eval_years_between},
}};

}  // namespace

std::span<const Function> functions() { return kFunctions; }

const Function* find_function(std::string_view name) {
  for (const Function& f : functions())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace crosscheck::expr
