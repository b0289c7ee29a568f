#include "expr/evaluate.h"

#include "expr/functions.h"
#include "expr/interval_math.h"

#include "units/physical_units.h"

#include <fmt/format.h>

#include <algorithm>

namespace crosscheck::expr {

namespace {

std::string join_rates(const std::string& a, const std::string& b) {
  if (a.empty() || a == b) return b;
  if (b.empty()) return a;
  return a + "; " + b;
}

// Whether every value of `a` is below every value of `b` (strictly when `strict`).
bool all_below(const Interval& a, const Interval& b, bool strict) {
  if (strict) return a.high < b.low || (a.high == b.low && (a.high_open || b.low_open));
  return a.high <= b.low;
}

Truth order(const Interval& a, const Interval& b, bool strict) {
  // a < b holds for every pair when all of a is below b; fails for every pair when all of b is
  // at or below a.
  if (all_below(a, b, strict)) return Truth::yes;
  if (all_below(b, a, !strict)) return Truth::no;
  return Truth::maybe;
}

class Machine {
 public:
  Machine(std::string_view text, Environment& env, Evaluation& out)
      : text_(text), env_(env), out_(out) {}

  std::optional<Value> eval(const Node& node) {
    switch (node.kind) {
      case Node::Kind::number: {
        auto n = parse_number(node.text);
        if (!n) return fail(node, fmt::format("'{}' is not a number", node.text));
        return quantity(Quantity::exact(Type::of(Dim::number), *n));
      }
      case Node::Kind::figure: {
        std::string problem;
        auto q = env_.literal(node.text, problem);
        if (!q) return fail(node, problem);
        return quantity(std::move(*q));
      }
      case Node::Kind::date:
        return quantity(Quantity::exact(Type::of(Dim::date), Number(day_number(*node.date))));
      case Node::Kind::claim: {
        std::string problem;
        auto q = env_.claim(node.text, node.source, problem);
        if (!q) return fail(node, problem);
        return quantity(std::move(*q));
      }
      case Node::Kind::unary: return unary(node);
      case Node::Kind::binary: return binary(node);
      case Node::Kind::call: return call(node);
    }
    return std::nullopt;
  }

 private:
  static Value quantity(Quantity q) {
    Value v;
    v.quantity = std::move(q);
    return v;
  }
  static Value truth(Truth t) {
    Value v;
    v.is_truth = true;
    v.truth = t;
    return v;
  }
  static Type type_of_value(const Value& v) { return v.is_truth ? Type::of(Dim::boolean) : v.quantity.type; }

  std::optional<Value> fail(const Node& node, std::string problem) {
    (void)node;
    if (out_.problem.empty()) out_.problem = std::move(problem);
    return std::nullopt;
  }

  std::optional<Quantity> take(const Quantity& q, Take how, const Type& common) {
    Quantity out = q;
    if (how == Take::fraction) {
      out.interval = scaled(q.interval, Number("0.01"));
      out.value = q.value / 100;
      out.type = Type::of(Dim::number);
    } else if (how == Take::days && q.type.dim == Dim::year) {
      int low = q.interval.low.convert_to<int>(), high = q.interval.high.convert_to<int>();
      out.interval = Interval::closed(Number(day_number(low, 1, 1)), Number(day_number(high, 12, 31)));
      out.value = out.interval.low;
      out.type = Type::of(Dim::date, {}, true);
    }
    std::string problem;
    auto brought = bring_to(out, common, env_, problem);
    if (!brought) {
      if (out_.problem.empty()) out_.problem = problem;
      return std::nullopt;
    }
    return brought;
  }

  std::optional<Value> unary(const Node& node) {
    auto operand = eval(node.args[0]);
    if (!operand) return std::nullopt;
    Rule rule = unary_rule(node.op, type_of_value(*operand));
    if (!rule.ok()) return fail(node, rule.error);
    if (node.op == Op::logical_not) return truth(!operand->truth);
    Quantity q = operand->quantity;
    q.interval = negate(q.interval);
    q.value = -q.value;
    return quantity(std::move(q));
  }

  std::optional<Value> binary(const Node& node) {
    auto left = eval(node.args[0]);
    auto right = eval(node.args[1]);
    if (!left || !right) return std::nullopt;
    Rule rule = binary_rule(node.op, type_of_value(*left), type_of_value(*right), env_.currency());
    if (!rule.ok()) return fail(node, rule.error);
    if (node.op == Op::logical_and) return truth(left->truth && right->truth);
    if (node.op == Op::logical_or) return truth(left->truth || right->truth);
    auto a = take(left->quantity, rule.left, rule.common);
    auto b = take(right->quantity, rule.right, rule.common);
    if (!a || !b) return std::nullopt;
    if (is_comparison(node.op)) return compare(node, *a, *b);

    Quantity out;
    out.type = rule.result;
    out.one_sided = a->one_sided || b->one_sided;
    out.date = a->date ? a->date : b->date;
    out.rate = join_rates(a->rate, b->rate);
    switch (node.op) {
      case Op::plus:
        out.interval = add(a->interval, b->interval);
        out.value = a->value + b->value;
        break;
      case Op::minus:
        out.interval = subtract(a->interval, b->interval);
        out.value = a->value - b->value;
        break;
      case Op::times:
        out.interval = multiply(a->interval, b->interval);
        out.value = times(a->value, b->value);
        break;
      case Op::divide: {
        auto q = divide(a->interval, b->interval);
        if (!q)
          return fail(node, fmt::format("'{}' divides by {}, which may be zero",
                                        text_of(text_, node), to_string(b->interval)));
        out.interval = *q;
        out.value = b->value == 0 ? a->value : a->value / b->value;
        break;
      }
      default: return fail(node, "not an arithmetic operator");
    }
    // Dates in days stay dates; durations and counts keep their unit.
    if (out.type.dim == Dim::count) {
      auto w = whole(out.interval);
      if (!w)
        return fail(node, fmt::format("'{}' is {}, not a whole number of {}", text_of(text_, node),
                                      to_string(out.interval), out.type.unit.empty() ? "things" : out.type.unit));
      out.interval = *w;
      out.value = boost::multiprecision::round(out.value);
      if (!out.interval.contains(out.value)) out.value = out.interval.low;
    }
    return quantity(std::move(out));
  }

  std::optional<Value> compare(const Node& node, const Quantity& a, const Quantity& b) {
    Truth t = Truth::maybe;
    switch (node.op) {
      case Op::equal:
      case Op::not_equal: {
        bool agrees = env_.agree(a, b);
        t = !agrees ? Truth::no : (a.interval.is_point() && b.interval.is_point()) ? Truth::yes : Truth::maybe;
        if (node.op == Op::not_equal) t = !t;
        break;
      }
      case Op::less: t = order(a.interval, b.interval, true); break;
      case Op::less_equal: t = order(a.interval, b.interval, false); break;
      case Op::greater: t = order(b.interval, a.interval, true); break;
      case Op::greater_equal: t = order(b.interval, a.interval, false); break;
      default: break;
    }
    out_.comparisons.push_back(Comparison{node.op, node.begin, node.end,
                                          std::string(text_of(text_, node.args[0])),
                                          std::string(text_of(text_, node.args[1])), a, b, t});
    return truth(t);
  }

  std::optional<Value> call(const Node& node) {
    const Function* f = find_function(node.text);
    if (!f) return fail(node, fmt::format("unknown function '{}'", node.text));
    std::vector<Quantity> values;
    std::vector<Type> types;
    for (std::size_t i = 0; i < node.args.size(); ++i) {
      if (f->text_args & (1u << i)) {
        values.emplace_back();
        types.push_back(Type::of(Dim::unknown));
        continue;
      }
      auto v = eval(node.args[i]);
      if (!v) return std::nullopt;
      if (v->is_truth) return fail(node, fmt::format("{} takes amounts, not conditions", f->signature));
      types.push_back(v->quantity.type);
      values.push_back(std::move(v->quantity));
    }
    Typed typed = f->type(node.args, types, env_.currency());
    if (!typed.error.empty()) return fail(node, fmt::format("{}: {}", f->signature, typed.error));
    std::string problem;
    auto q = f->evaluate(node.args, values, typed.result, env_, problem);
    if (!q) return fail(node, problem);
    return quantity(std::move(*q));
  }

  std::string_view text_;
  Environment& env_;
  Evaluation& out_;
};

void collect_claims(const Node& node, std::vector<std::string>& out) {
  if (node.kind == Node::Kind::claim && std::find(out.begin(), out.end(), node.text) == out.end())
    out.push_back(node.text);
  for (const Node& arg : node.args) collect_claims(arg, out);
}

}  // namespace

std::optional<Quantity> bring_to(const Quantity& q, const Type& common, Environment& env,
                                 std::string& problem) {
  if (common.dim == Dim::money && q.type.dim == Dim::money && !common.unit.empty() &&
      q.type.unit != common.unit)
    return env.convert(q, common.unit, q.date, problem);
  if (common.dim == Dim::duration && q.type.dim == Dim::duration && !common.unit.empty() &&
      q.type.unit != common.unit) {
    if (!same_duration_family(q.type.unit, common.unit)) {
      problem = fmt::format("cannot bring {} to {}", describe(q.type), describe(common));
      return std::nullopt;
    }
    Number factor = Number(duration_factor(q.type.unit)) / duration_factor(common.unit);
    Quantity out = q;
    out.interval = scaled(q.interval, factor);
    out.value = q.value * factor;
    out.type = common;
    return out;
  }
  if (common.dim == Dim::quantity && q.type.dim == Dim::quantity && !common.unit.empty() &&
      q.type.unit != common.unit) {
    auto converted = convert_units(q.interval, q.value, q.type.unit, common.unit);
    if (!converted) {
      problem = fmt::format("cannot bring {} to {}", describe(q.type), describe(common));
      return std::nullopt;
    }
    Quantity out = q;
    out.interval = converted->interval;
    out.value = converted->value;
    out.type = common;
    return out;
  }
  return q;
}

std::vector<std::string> claims_used(const Node& root) {
  std::vector<std::string> out;
  collect_claims(root, out);
  return out;
}

Evaluation evaluate(const Node& root, std::string_view text, Environment& env) {
  Evaluation out;
  out.claims = claims_used(root);
  Machine evaluator(text, env, out);
  auto value = evaluator.eval(root);
  if (!value) {
    if (out.problem.empty()) out.problem = "could not be evaluated";
    return out;
  }
  if (!value->is_truth) {
    out.problem = fmt::format("expected a condition (a comparison such as a == b), found {}",
                              describe(value->quantity.type));
    return out;
  }
  out.truth = value->truth;
  return out;
}

std::string_view to_string(Truth truth) {
  switch (truth) {
    case Truth::no: return "false";
    case Truth::maybe: return "possibly true";
    case Truth::yes: return "true";
  }
  return "?";
}

Truth operator!(Truth t) {
  if (t == Truth::yes) return Truth::no;
  if (t == Truth::no) return Truth::yes;
  return Truth::maybe;
}

Truth operator&&(Truth a, Truth b) {
  if (a == Truth::no || b == Truth::no) return Truth::no;
  if (a == Truth::yes && b == Truth::yes) return Truth::yes;
  return Truth::maybe;
}

Truth operator||(Truth a, Truth b) {
  if (a == Truth::yes || b == Truth::yes) return Truth::yes;
  if (a == Truth::no && b == Truth::no) return Truth::no;
  return Truth::maybe;
}

std::string unit_string(const Type& type) {
  switch (type.dim) {
    case Dim::money: return type.unit;
    case Dim::count: return type.unit;
    case Dim::percent: return "%";
    case Dim::points: return "pp";
    case Dim::date: return "date";
    case Dim::year: return "year-ad";
    case Dim::duration: return type.unit;
    case Dim::quantity: return type.unit;
    default: return "";
  }
}

}  // namespace crosscheck::expr
