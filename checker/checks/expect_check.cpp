// The `expect:` checks of a rule file: each expression evaluated over the claims' agreed values.
#include "checks/check_context.h"
#include "checks/claim_values.h"
#include "engine/amount_format.h"
#include "engine/compare.h"
#include "expr/evaluate.h"
#include "expr/type_check.h"
#include "figures/extractor.h"

#include <fmt/format.h>


namespace crosscheck {

namespace {

using expr::Dim;
using expr::Quantity;

bool one_sided(Qualifier q) {
  return q == Qualifier::more_than || q == Qualifier::at_least || q == Qualifier::up_to ||
         q == Qualifier::less_than;
}

Normalised normalised_of(const Quantity& q) {
  Normalised n;
  n.interval = q.interval;
  n.value = q.value;
  n.unit = expr::unit_string(q.type);
  n.rate = q.rate;
  n.one_sided = q.one_sided;
  return n;
}

// A figure brought to a unit, as the expression language types it: the unit the engine compared
// it in (currency, folded noun), and a year that met dates as the range of its days.
Quantity quantity_of(const Normalised& n, const Figure& figure, const std::optional<Date>& date) {
  Quantity q;
  q.type = expr::type_of(figure);
  if (n.unit == "date" && figure.kind == FigureKind::year) q.type = expr::Type::of(Dim::date, {}, true);
  if (q.type.dim == Dim::money || q.type.dim == Dim::count || q.type.dim == Dim::duration ||
      q.type.dim == Dim::quantity)
    q.type.unit = n.unit;
  if (q.type.dim == Dim::number && !n.unit.empty()) q.type = expr::Type::of(Dim::count, n.unit);
  q.interval = n.interval;
  q.value = n.value;
  q.one_sided = n.one_sided;
  q.rate = n.rate;
  q.date = date;
  return q;
}

// The figure that types a claim's value: a bare number took the unit of the other mentions
// ("Zehn Milliarden" beside "13 Milliarden Euro" is money), so it is typed as the first of them.
const Figure& typed_figure(const ClaimValue& value, const Figure& own) {
  if (own.kind != FigureKind::number) return own;
  for (const MentionReport& m : value.mentions)
    if (m.figure && m.figure->kind != FigureKind::number) return *m.figure;
  return own;
}

// The values of claims, as the runner resolved them once per rule file.
class ClaimEnvironment : public expr::Environment {
 public:
  ClaimEnvironment(const CheckContext& context, Tolerance tolerance)
      : context_(context), tolerance_(std::move(tolerance)) {}

  const ClaimValue* resolved(const std::string& id) const { return find_claim_value(context_, id); }

  std::optional<Quantity> claim(const std::string& id, const std::string& source,
                                std::string& problem) override {
    const ClaimValue* value = resolved(id);
    if (!value) {
      problem = fmt::format("unknown claim '{}'", id);
      return std::nullopt;
    }
    if (value->status == Status::unresolved) {
      problem = fmt::format("claim '{}' is unresolved: {}", id, value->message);
      return std::nullopt;
    }
    const ClaimDecl& decl = *value->claim;
    std::optional<Date> date = decl.as_of ? decl.as_of : value->dates[value->lead];
    if (!source.empty()) {
      for (std::size_t i = 0; i < value->mentions.size(); ++i) {
        const MentionReport& m = value->mentions[i];
        if (m.source_id == source && m.normalised && m.figure)
          return quantity_of(*m.normalised, typed_figure(*value, *m.figure), value->dates[i]);
      }
      problem = fmt::format("claim '{}' has no mention in '{}'", id, source);
      return std::nullopt;
    }
    if (value->status == Status::fail || !value->agreed) {
      problem = fmt::format("claim '{}' has no agreed value: {}", id, value->message);
      return std::nullopt;
    }
    return quantity_of(*value->agreed, typed_figure(*value, *value->mentions[value->lead].figure), date);
  }

  std::optional<Quantity> literal(const std::string& text, std::string& problem) override {
    auto figure = parse_figure_literal(text);
    if (!figure) {
      problem = fmt::format("'{}' is not a figure", text);
      return std::nullopt;
    }
    Normalised n;
    n.interval = figure->interval;
    n.value = figure->value;
    n.unit = comparable_unit(*figure);
    n.one_sided = one_sided(figure->qualifier);
    return quantity_of(n, *figure, context_.as_of);
  }

  std::optional<Quantity> convert(const Quantity& money, const std::string& currency,
                                  const std::optional<Date>& date, std::string& problem) override {
    Figure figure;
    figure.kind = FigureKind::money;
    figure.unit = money.type.unit;
    figure.value = money.value;
    figure.interval = money.interval;
    figure.text = describe_amount(money.value, money.type.unit);
    auto n = context_.normaliser.to_unit(figure, currency, date ? date : context_.as_of, problem);
    if (!n) return std::nullopt;
    Quantity out = money;
    out.type = expr::Type::of(Dim::money, currency);
    out.interval = n->interval;
    out.value = n->value;
    out.rate = money.rate.empty() ? n->rate : money.rate + "; " + n->rate;
    return out;
  }

  bool agree(const Quantity& a, const Quantity& b) override {
    return crosscheck::agree(normalised_of(a), normalised_of(b), tolerance_);
  }

  const std::string& currency() const override { return context_.rules.defaults.currency; }

 private:
  const CheckContext& context_;
  Tolerance tolerance_;
};

std::string describe(const Quantity& q) { return describe_normalised(normalised_of(q)); }

Finding check_expect(const CheckDecl& check, const CheckContext& context) {
  Finding finding;
  finding.check = check.id;
  finding.kind = "expect";
  finding.about = check.about;
  finding.rule = check.where;
  finding.severity = check.severity.value_or(context.rules.defaults.severity);

  expr::Parsed parsed = expr::parse_expression(check.expect);
  if (parsed.error) {
    finding.status = Status::unresolved;
    finding.message = fmt::format("'{}' cannot be read: {}", check.expect, parsed.error->message);
    return finding;
  }
  ClaimEnvironment env(context, check.tolerance.value_or(context.rules.defaults.tolerance));
  expr::Evaluation result = expr::evaluate(*parsed.root, check.expect, env);
  // The mentions of every claim it uses, so that reports show where each figure is.
  for (const std::string& id : result.claims)
    if (const ClaimValue* value = env.resolved(id))
      for (const MentionReport& m : value->mentions) finding.mentions.push_back(m);

  if (!result.truth) {
    finding.status = Status::unresolved;
    finding.message = fmt::format("{}: cannot be evaluated: {}", check.expect, result.problem);
    return finding;
  }
  bool holds = *result.truth != expr::Truth::no;
  finding.status = holds ? Status::pass : Status::fail;
  std::vector<std::string> sides;
  for (const expr::Comparison& c : result.comparisons) {
    if (!holds && c.truth != expr::Truth::no) continue;
    sides.push_back(fmt::format("{} is {}, {} is {}", c.left_text, describe(c.left), c.right_text,
                                describe(c.right)));
    if (!holds && !finding.delta) {
      Normalised a = normalised_of(c.left), b = normalised_of(c.right);
      finding.delta = delta(a, b);
    }
  }
  std::string values;
  for (const std::string& s : sides) values += (values.empty() ? "" : "; ") + s;
  if (holds) {
    finding.message = fmt::format("{} holds{}: {}", check.expect,
                                  *result.truth == expr::Truth::maybe ? " within the figures' precision" : "",
                                  values);
  } else {
    finding.message = fmt::format("{} does not hold: {}", check.expect, values);
  }
  return finding;
}

}  // namespace

void run_expect_checks(const CheckContext& context, std::vector<Finding>& out) {
  for (const CheckDecl& check : context.rules.checks) out.push_back(check_expect(check, context));
}

}  // namespace crosscheck
