// Evaluation over intervals: three-valued comparisons, percent rules, functions, whole counts.
#include "expr/evaluate.h"
#include "expr/interval_math.h"
#include "figures/extractor.h"

#include <gtest/gtest.h>

#include <map>

namespace crosscheck::expr {
namespace {

// Claims with fixed values, 120 yen to the dollar, and `==` within 1% as the engine does it.
class FakeEnvironment : public Environment {
 public:
  std::map<std::string, Quantity> claims;
  std::map<std::string, std::string> broken;  // claim → why it has no value
  std::string currency_ = "USD";

  void set(const std::string& id, const std::string& literal_text) {
    std::string problem;
    auto q = literal(literal_text, problem);
    ASSERT_TRUE(q) << literal_text;
    claims[id] = *q;
  }

  void set_range(const std::string& id, const Date& first, const Date& last) {
    Quantity q;
    q.type = Type::of(Dim::date, {}, true);
    q.interval = Interval::closed(Number(day_number(first)), Number(day_number(last)));
    q.value = q.interval.low;
    claims[id] = q;
  }

  std::optional<Quantity> claim(const std::string& id, const std::string&, std::string& problem) override {
    if (broken.count(id)) {
      problem = broken[id];
      return std::nullopt;
    }
    return claims.at(id);
  }
  std::optional<Quantity> literal(const std::string& text, std::string& problem) override {
    auto f = parse_figure_literal(text);
    if (!f) {
      problem = "not a figure";
      return std::nullopt;
    }
    Quantity q;
    q.type = type_of(*f);
    q.interval = f->interval;
    q.value = f->value;
    return q;
  }
  std::optional<Quantity> convert(const Quantity& q, const std::string& to, const std::optional<Date>&,
                                  std::string& problem) override {
    Number rate;
    if (q.type.unit == "JPY" && to == "USD") rate = Number(1) / 120;
    else if (q.type.unit == "USD" && to == "JPY") rate = 120;
    else {
      problem = "no rate";
      return std::nullopt;
    }
    Quantity out = q;
    out.type.unit = to;
    out.interval = scaled(q.interval, rate);
    out.value = q.value * rate;
    out.rate = "120 JPY/USD";
    return out;
  }
  bool agree(const Quantity& a, const Quantity& b) override {
    if (overlaps(a.interval, b.interval)) return true;
    Number larger = boost::multiprecision::max(boost::multiprecision::abs(a.value), boost::multiprecision::abs(b.value));
    return gap(a.interval, b.interval) <= Number("0.01") * larger;
  }
  const std::string& currency() const override { return currency_; }
};

struct Outcome {
  std::string truth;  // "true", "possibly true", "false" or "unresolved: why"
  std::vector<Comparison> comparisons;
};

Outcome run(FakeEnvironment& env, const std::string& text) {
  Parsed p = parse_expression(text);
  if (p.error) return {"parse error: " + p.error->message, {}};
  Evaluation e = evaluate(*p.root, text, env);
  if (!e.truth) return {"unresolved: " + e.problem, e.comparisons};
  return {std::string(to_string(*e.truth)), e.comparisons};
}

std::string truth(FakeEnvironment& env, const std::string& text) { return run(env, text).truth; }

TEST(ExprEvaluate, SumsOfCounts) {
  FakeEnvironment env;
  env.set("pledged", "six vessels");
  env.set("added", "two vessels");
  env.set("total", "8 vessels");
  env.set("wrong_total", "9 vessels");
  EXPECT_EQ(truth(env, "pledged + added == total"), "true");
  // Off by one: whole counts leave no room for rounding.
  EXPECT_EQ(truth(env, "pledged + added == wrong_total"), "false");
  EXPECT_EQ(truth(env, "pledged + added != wrong_total"), "true");
  EXPECT_EQ(truth(env, "pledged + 2 == total"), "true");
  Outcome o = run(env, "pledged + added == wrong_total");
  ASSERT_EQ(o.comparisons.size(), 1u);
  EXPECT_EQ(o.comparisons[0].left_text, "pledged + added");
  EXPECT_EQ(o.comparisons[0].right_text, "wrong_total");
  EXPECT_EQ(o.comparisons[0].left.value, 8);
  EXPECT_EQ(o.comparisons[0].left.type, Type::of(Dim::count, "vessel"));
  // A count stays whole: a third of eight vessels is no count at all.
  EXPECT_EQ(truth(env, "total / 3 == 2"), "unresolved: 'total / 3' is [2.66666666666667, 2.66666666666667], not a whole number of vessel");
  EXPECT_EQ(truth(env, "total / 4 == 2"), "true");
}

TEST(ExprEvaluate, SumThatDoesNotAddUp) {
  FakeEnvironment env;
  env.set("a", "$239 million");
  env.set("b", "$100 million");
  env.set("sum", "$400 million");
  EXPECT_EQ(truth(env, "a + b == sum"), "false");
  EXPECT_EQ(truth(env, "a + b < sum"), "true");
  // Within the 1% tolerance and the figures' precision: [338, 340] against [399.5, 400.5] fails,
  // but 339 million against 340 million agrees.
  EXPECT_EQ(truth(env, "a + b == '340 million dollars'"), "possibly true");
}

TEST(ExprEvaluate, IntervalSemantics) {
  FakeEnvironment env;
  env.set("about_40", "about 40");   // [38, 42]
  env.set("nearly_40", "nearly 40"); // [36, 40]
  // Holds for some values: passes; fails for every value: fails; holds for all: true.
  EXPECT_EQ(truth(env, "about_40 < 41"), "possibly true");
  EXPECT_EQ(truth(env, "about_40 < 38"), "false");
  EXPECT_EQ(truth(env, "about_40 <= 38"), "possibly true");
  EXPECT_EQ(truth(env, "about_40 > 37"), "true");
  EXPECT_EQ(truth(env, "about_40 >= 42"), "possibly true");
  EXPECT_EQ(truth(env, "about_40 > 42"), "false");
  EXPECT_EQ(truth(env, "nearly_40 <= about_40"), "possibly true");
  EXPECT_EQ(truth(env, "not about_40 < 41"), "possibly true");
  EXPECT_EQ(truth(env, "not about_40 > 37"), "false");
  EXPECT_EQ(truth(env, "about_40 > 37 and about_40 < 38"), "false");
  EXPECT_EQ(truth(env, "about_40 > 37 or about_40 < 38"), "true");
  EXPECT_EQ(truth(env, "about_40 - nearly_40 == 0"), "possibly true");  // [-2, 6] holds 0
  EXPECT_EQ(truth(env, "-about_40 < -37"), "true");
}

TEST(ExprEvaluate, DivisionByAnIntervalHoldingZero) {
  FakeEnvironment env;
  env.set("change", "about 0");
  env.set("x", "12");
  EXPECT_EQ(truth(env, "x / change > 1"), "unresolved: 'x / change' divides by [0, 0], which may be zero");
  EXPECT_EQ(truth(env, "x / (x - 12) > 1"), "unresolved: 'x / (x - 12)' divides by [0, 0], which may be zero");
  env.set("spread", "-1");
  EXPECT_EQ(truth(env, "x / '1' > 1"), "true");
  Interval i = Interval::closed(-1, 2);
  EXPECT_FALSE(divide(Interval::point(1), i));
  auto q = divide(Interval::point(1), Interval::closed(2, 4));
  ASSERT_TRUE(q);
  EXPECT_EQ(to_string(*q), "[0.25, 0.5]");
}

TEST(ExprEvaluate, PercentRules) {
  FakeEnvironment env;
  env.set("share_2019", "30%");
  env.set("share_2024", "40%");
  env.set("rise", "10 percentage points");
  env.set("growth", "32.5%");
  env.set("before", "$800 million");
  env.set("after", "$1,060 million");
  env.set("fleet", "20 vessels");
  // % - % is percentage points; % + pp is a share again.
  EXPECT_EQ(truth(env, "share_2024 - share_2019 == rise"), "possibly true");
  EXPECT_EQ(truth(env, "share_2019 + rise == share_2024"), "possibly true");
  EXPECT_EQ(truth(env, "share_2019 + share_2024 == '70%'"), "possibly true");
  // A plain ratio against a share: the share counts as its fraction.
  EXPECT_EQ(truth(env, "(after - before) / before == growth"), "possibly true");
  EXPECT_EQ(truth(env, "(after - before) / before == '3.25%'"), "false");
  EXPECT_EQ(truth(env, "growth == 0.325"), "possibly true");
  // A share of something is that fraction of it.
  EXPECT_EQ(truth(env, "share_2024 * fleet == '8 vessels'"), "true");
  EXPECT_EQ(truth(env, "fleet * share_2024 == 8"), "true");
  EXPECT_EQ(truth(env, "share_2024 * share_2024 == '16%'"), "possibly true");
  // The classic confusion is refused even when only values tell.
  EXPECT_EQ(truth(env, "share_2024 - share_2019 == growth"),
            "unresolved: cannot compare percentage points with a percentage: a change in percentage "
            "points is not a percentage change (from 10% to 12% is 2 percentage points, or 20%)");
}

TEST(ExprEvaluate, MoneyInTwoCurrencies) {
  FakeEnvironment env;
  env.set("yen_loan", "100 billion yen");
  env.set("dollar_loan", "$835 million");
  EXPECT_EQ(truth(env, "yen_loan == dollar_loan"), "possibly true");
  Outcome o = run(env, "yen_loan + dollar_loan > '1 billion dollars'");
  EXPECT_EQ(o.truth, "true");
  EXPECT_EQ(o.comparisons[0].left.type, Type::of(Dim::money, "USD"));
  EXPECT_EQ(o.comparisons[0].left.rate, "120 JPY/USD");
  EXPECT_EQ(truth(env, "convert(dollar_loan, 'JPY') == yen_loan"), "possibly true");
  EXPECT_EQ(truth(env, "convert(dollar_loan, 'EUR') > 0"), "unresolved: no rate");
}

TEST(ExprEvaluate, Functions) {
  FakeEnvironment env;
  env.set_range("visit", {2015, 9, 15}, {2015, 9, 18});
  env.set("trip", "four-day");
  env.set("stay", "two weeks");
  env.set_range("campaign", {2014, 8, 1}, {2015, 3, 31});
  env.set("signed", "September 15, 2015");
  env.set("upgraded", "March 18, 2014");
  env.set("a", "6 vessels");
  env.set("b", "-8");
  env.set("ratio", "0.4567");
  EXPECT_EQ(truth(env, "days(visit) == trip"), "true");
  EXPECT_EQ(truth(env, "days(visit) == 3"), "false");
  EXPECT_EQ(truth(env, "days(stay) == 14"), "true");
  EXPECT_EQ(truth(env, "months(campaign) == 8"), "true");
  EXPECT_EQ(truth(env, "months(visit) == 1"), "true");
  EXPECT_EQ(truth(env, "years_between(upgraded, signed) == 1"), "true");
  EXPECT_EQ(truth(env, "years_between(signed, upgraded) == -1"), "true");
  EXPECT_EQ(truth(env, "signed - upgraded == '546 days'"), "true");
  EXPECT_EQ(truth(env, "upgraded + trip < signed"), "true");
  EXPECT_EQ(truth(env, "abs(b) == 8 and abs(-a) == a"), "true");
  EXPECT_EQ(truth(env, "min(a, '7 vessels') == a and max(a, 7) == 7"), "true");
  EXPECT_EQ(truth(env, "round(ratio, 2) == 0.46 and round(ratio, 1) == 0.5"), "true");
  EXPECT_EQ(truth(env, "round(1234, -2) == 1200"), "true");
  EXPECT_EQ(truth(env, "days(signed) == 1"),
            "unresolved: days(date_range): expected a date range ('from September 15 to 18') or a "
            "duration in days or weeks, found a date");
}

TEST(ExprEvaluate, UnresolvedClaimsAreNamed) {
  FakeEnvironment env;
  env.set("total", "8 vessels");
  env.broken["vessels_2015"] = "claim 'vessels_2015' has no agreed value: mentions disagree";
  EXPECT_EQ(truth(env, "vessels_2015 + 2 == total"),
            "unresolved: claim 'vessels_2015' has no agreed value: mentions disagree");
}

// The longest chain the parser lets through is a tree as deep as it is long: it evaluates (under
// the sanitizers too, whose stack frames are largest), unary minus in every link.
TEST(ExprEvaluate, LongestChainOfOperatorsEvaluates) {
  std::string text = "1";
  for (int i = 1; i < kMaxExpressionOperators; ++i) text += " - -1";
  text += " == " + std::to_string(kMaxExpressionOperators);
  FakeEnvironment env;
  EXPECT_EQ(truth(env, text), "true");
}

}  // namespace
}  // namespace crosscheck::expr
