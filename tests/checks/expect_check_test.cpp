// `expect:` checks end to end: rule files and tiny sources under fixtures/expr/, loaded, type
// checked and evaluated, with the findings asserted.
#include "checks/runner.h"
#include "expr/type_check.h"
#include "load/rule_loader.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace crosscheck {
namespace {

const std::string kDir = std::string(CROSSCHECK_SOURCE_DIR) + "/fixtures/expr/";

std::map<std::string, Finding> expect_findings(const std::string& file) {
  DiagnosticSink sink;
  std::vector<RuleFile> rules = load_rule_paths({kDir + file}, sink);
  EXPECT_FALSE(sink.has_errors());
  check_expressions(rules, sink);
  for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << to_string(d);
  RunOptions options;
  options.today = {2025, 1, 1};
  auto report = run_checks(rules, options, sink);
  std::map<std::string, Finding> out;
  if (!report) return out;
  for (Finding& f : report->findings)
    if (f.kind == "expect") out.emplace(f.check, std::move(f));
  return out;
}

TEST(ExpectCheck, FindingsOverTinySources) {
  auto findings = expect_findings("checks.yaml");
  ASSERT_EQ(findings.size(), 8u);

  const Finding& off = findings.at("count_off_by_one");
  EXPECT_EQ(off.status, Status::fail);
  EXPECT_EQ(off.severity, Severity::error);
  EXPECT_EQ(off.message,
            "delivered_2014 + delivered_2015 == delivered_total does not hold: delivered_2014 + "
            "delivered_2015 is 8 vessels, delivered_total is 9 vessels");
  ASSERT_TRUE(off.delta);
  EXPECT_EQ(off.delta->absolute, 1);
  EXPECT_EQ(off.delta->unit, "vessel");
  // The mentions of the claims it uses, so that a report can show where each figure is.
  ASSERT_EQ(off.mentions.size(), 3u);
  EXPECT_EQ(off.mentions[0].source_id, "ministry");
  EXPECT_EQ(off.mentions[0].start.line, 3u);
  EXPECT_EQ(off.mentions[0].start.column, 19u);
  EXPECT_EQ(off.mentions[2].figure->text, "9 vessels");
  EXPECT_EQ(off.rule.line, 39u);

  const Finding& adds_up = findings.at("count_adds_up");
  EXPECT_EQ(adds_up.status, Status::pass);
  EXPECT_EQ(adds_up.severity, Severity::warning);
  EXPECT_EQ(adds_up.message,
            "delivered_2014 + delivered_2015 == planned_total holds: delivered_2014 + "
            "delivered_2015 is 8 vessels, planned_total is 8 vessels");

  const Finding& budget = findings.at("budget_adds_up");
  EXPECT_EQ(budget.status, Status::fail);
  EXPECT_EQ(budget.message,
            "budget_ships + budget_training == budget does not hold: budget_ships + budget_training "
            "is $55 million [54 million, 56 million], budget is $50 million [49.5 million, 50.5 "
            "million]");
  ASSERT_TRUE(budget.delta);
  EXPECT_EQ(budget.delta->absolute, Number("3500000"));  // [54, 56] M against [49.5, 50.5] M

  // A claim whose mentions disagree has no value: the check is unresolved and names it.
  const Finding& disputed = findings.at("uses_disputed_claim");
  EXPECT_EQ(disputed.status, Status::unresolved);
  EXPECT_EQ(disputed.message,
            "delivered_2014 + vessels_2015 == planned_total: cannot be evaluated: claim "
            "'vessels_2015' has no agreed value: mentions disagree: '2 additional vessels' (ministry) "
            "is 2 vessels but 'three additional vessels' (paper) is 3 vessels");
  EXPECT_EQ(disputed.mentions.size(), 4u);
  // One mention of it can still be used by name.
  EXPECT_EQ(findings.at("uses_one_mention").status, Status::pass);

  // "from March 3 to 6" is four days counted inclusively: the four-day visit.
  const Finding& visit = findings.at("visit_days");
  EXPECT_EQ(visit.status, Status::pass);
  EXPECT_EQ(visit.message,
            "days(visit) == visit_length holds: days(visit) is 4 days, visit_length is 4 days");

  EXPECT_EQ(findings.at("share_points").status, Status::pass) << findings.at("share_points").message;
  EXPECT_EQ(findings.at("share_growth").status, Status::pass) << findings.at("share_growth").message;
}

TEST(ExpectCheck, LoadErrorsInsideTheExpression) {
  DiagnosticSink sink;
  std::vector<RuleFile> rules = load_rule_paths({kDir + "bad-units.yaml"}, sink);
  ASSERT_FALSE(sink.has_errors());
  check_expressions(rules, sink);
  std::vector<std::string> got;
  for (const Diagnostic& d : sink.diagnostics()) {
    std::string s = to_string(d);
    got.push_back(s.substr(s.find("bad-units.yaml:") + 15));
  }
  std::vector<std::string> expected{
      // plain scalar: the '+'
      "15:29: error: check 'plain': cannot add a count and money (JPY): expected counts of one "
      "thing on both sides of '+'",
      // double-quoted: the column counts from after the opening quote
      "17:50: error: check 'double_quoted': cannot compare percentage points with a percentage: a "
      "change in percentage points is not a percentage change (from 10% to 12% is 2 percentage "
      "points, or 20%)",
      // single-quoted: each '' in the file is one ' in the expression
      "19:52: error: check 'single_quoted': cannot compare percentage points with a percentage: a "
      "change in percentage points is not a percentage change (from 10% to 12% is 2 percentage "
      "points, or 20%)",
      // folded block scalar: the '==' on the line after the start
      "23:23: error: check 'folded': cannot compare a count with a percentage",
      // a plain scalar over two lines
      "27:12: error: check 'plain_two_lines': cannot compare percentage points with a percentage: "
      "a change in percentage points is not a percentage change (from 10% to 12% is 2 percentage "
      "points, or 20%)",
      "29:13: error: check 'misspelt': unknown claim 'delivered_totl'; did you mean 'delivered_total'?",
      "31:23: error: check 'syntax': expected ')', found the end of the expression",
  };
  EXPECT_EQ(got, expected);
}


// A claim groups what texts name differently ("three stages", "three-phase"), and a sum of counts
// of people, deaths and victims is the sum the rule file states; a bare number beside money in
// another text ("Ten billion") is money when used in a sum.
TEST(ExpectCheck, CountsOfDifferentlyNamedThingsAndBareNumbers) {
  DiagnosticSink sink;
  std::vector<RuleFile> rules = load_rule_paths({kDir + "counts.yaml"}, sink);
  ASSERT_FALSE(sink.has_errors());
  check_expressions(rules, sink);
  for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << to_string(d);
  RunOptions options;
  options.today = {2025, 1, 1};
  auto report = run_checks(rules, options, sink);
  ASSERT_TRUE(report);
  std::map<std::string, const Finding*> by_check;
  for (const Finding& f : report->findings) by_check[f.check] = &f;
  for (const char* id : {"phases", "parts", "dead_add_up", "desk_parts_add_up"}) {
    ASSERT_TRUE(by_check.count(id)) << id;
    EXPECT_EQ(by_check[id]->status, Status::pass) << id << ": " << by_check[id]->message;
  }
}

}  // namespace
}  // namespace crosscheck
