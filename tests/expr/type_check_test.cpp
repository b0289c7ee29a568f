// Load-time checking of `expect`: names, units, percentages, functions, each error at its column.
#include "expr/type_check.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck {
namespace {

struct Fixture {
  RuleFile rules;

  Fixture() {
    rules.path = "r.yaml";
    literal("vessels_total", "8 vessels");
    literal("yen_loan", "100 billion yen");
    literal("dollar_loan", "$835 million");
    literal("share_2019", "30%");
    literal("share_2024", "40%");
    literal("rise", "10 percentage points");
    literal("growth", "32.5%");
    literal("trip", "four-day");
    literal("visit", "September 15 to 18, 2015");
    literal("signed", "2015-09-15");
    literal("founded", "August 2014");
    mentioned("vessels_2015", {"csis", "thayer", "diplomat"});
    mentioned("countries", {"thayer", "thayer"});
  }
  void literal(const std::string& id, const std::string& value) {
    ClaimDecl c;
    c.id = id;
    c.value = value;
    rules.claims.push_back(c);
  }
  void mentioned(const std::string& id, const std::vector<std::string>& sources) {
    ClaimDecl c;
    c.id = id;
    for (const std::string& s : sources) {
      MentionDecl m;
      m.source = s;
      m.quote = "...";
      c.mentions.push_back(m);
    }
    rules.claims.push_back(c);
  }

  // The diagnostics of one expression written at line 7, column 13 of r.yaml.
  std::string check(const std::string& expression) {
    RuleFile r = rules;
    CheckDecl c;
    c.id = "c";
    c.expect = expression;
    c.expect_where = {"r.yaml", 7, 13};
    r.checks.push_back(c);
    DiagnosticSink sink;
    check_expressions(r, sink);
    std::string out;
    for (const Diagnostic& d : sink.diagnostics()) out += (out.empty() ? "" : "\n") + to_string(d);
    return out;
  }
};

TEST(ExprTypeCheck, WellTypedExpressionsPass) {
  Fixture f;
  for (const char* ok : {
           "vessels_total == 8",
           "vessels_total == '6 vessels' + '2 ships'",  // synonyms are folded at evaluation
           "vessels_2015 + 2 == vessels_total",
           "yen_loan == dollar_loan",
           "yen_loan + dollar_loan > '1 billion yen'",
           "convert(yen_loan, 'USD', 2015-09-15) == dollar_loan",
           "convert(yen_loan, 'EUR') < dollar_loan",
           "share_2024 - share_2019 == rise",
           "share_2019 + rise == share_2024",
           "(dollar_loan - '600 million dollars') / '600 million dollars' == growth",
           "share_2024 * vessels_total == '3.2 vessels' or true_enough == 1",
       }) {
    std::string out = f.check(ok);
    if (std::string(ok).find("true_enough") != std::string::npos) {
      EXPECT_EQ(out, "r.yaml:7:60: error: check 'c': unknown claim 'true_enough'");
    } else {
      EXPECT_EQ(out, "") << ok;
    }
  }
  EXPECT_EQ(f.check("days(visit) == trip"), "");
  EXPECT_EQ(f.check("months(visit) == 1 and years_between(founded, signed) >= 1"), "");
  EXPECT_EQ(f.check("abs(vessels_2015 - vessels_total) <= 1"), "");
  EXPECT_EQ(f.check("max(yen_loan, dollar_loan, '1 yen') >= min(dollar_loan, yen_loan)"), "");
  EXPECT_EQ(f.check("round(share_2024 / 3, 1) == '13.3%'"), "");
  EXPECT_EQ(f.check("signed - '4 days' < signed and not signed + trip < signed"), "");
  EXPECT_EQ(f.check("vessels_2015.csis != vessels_2015.thayer"), "");
  // So many of each: counts multiply into a count, money per thing times things is money.
  EXPECT_EQ(f.check("'40 structures' * '4 floors' * '2 flats' == '320 flats'"), "");
  EXPECT_EQ(f.check("'$50 million' * vessels_total > dollar_loan"), "");
}

TEST(ExprTypeCheck, UnitErrorsAtTheOperator) {
  Fixture f;
  // Column 13 is the expression's first character; '+' is 14 bytes further on.
  EXPECT_EQ(f.check("vessels_total + yen_loan == 9"),
            "r.yaml:7:27: error: check 'c': cannot add a count and money (JPY): expected counts of "
            "one thing on both sides of '+'");
  EXPECT_EQ(f.check("yen_loan - vessels_total == 9"),
            "r.yaml:7:22: error: check 'c': cannot subtract a count from money (JPY): expected money "
            "on both sides of '-'");
  // The classic confusion: a change in percentage points compared with a percentage.
  EXPECT_EQ(f.check("share_2024 - share_2019 == growth"),
            "r.yaml:7:37: error: check 'c': cannot compare percentage points with a percentage: a "
            "change in percentage points is not a percentage change (from 10% to 12% is 2 "
            "percentage points, or 20%)");
  EXPECT_EQ(f.check("rise == '10%'"),
            "r.yaml:7:18: error: check 'c': cannot compare percentage points with a percentage: a "
            "change in percentage points is not a percentage change (from 10% to 12% is 2 "
            "percentage points, or 20%)");
  EXPECT_EQ(f.check("share_2024 + 5 == share_2019"),
            "r.yaml:7:24: error: check 'c': cannot add a percentage and a plain number: write the "
            "number as a percentage ('5%') or in percentage points ('5 percentage points')");
  EXPECT_EQ(f.check("yen_loan * dollar_loan > 0"),
            "r.yaml:7:22: error: check 'c': cannot multiply money (JPY) by money (USD): one side "
            "must be a plain number or a percentage");
  EXPECT_EQ(f.check("trip == 'two months'"),
            "r.yaml:7:18: error: check 'c': cannot compare a duration in days with a duration in "
            "months: days and weeks do not convert exactly to months and years; use days() or "
            "months()");
  EXPECT_EQ(f.check("signed + '2 years' > signed"),
            "r.yaml:7:20: error: check 'c': cannot add a date and a duration in years: a date moves "
            "by a duration in days or weeks ('4 days')");
  EXPECT_EQ(f.check("vessels_total + yen_loan"),
            "r.yaml:7:27: error: check 'c': cannot add a count and money (JPY): expected counts of "
            "one thing on both sides of '+'");
  EXPECT_EQ(f.check("vessels_total + 1"),
            "r.yaml:7:13: error: check 'c': expected a condition (a comparison such as a == b), "
            "found a count");
  EXPECT_EQ(f.check("vessels_total and 1 == 1"),
            "r.yaml:7:27: error: check 'c': 'and' joins conditions (comparisons), found a count");
  EXPECT_EQ(f.check("(1 == 1) + 1 == 2"),
            "r.yaml:7:22: error: check 'c': expected an amount on each side of '+', found a condition");
}

// Physical quantities meet across units of one dimension; a length never meets a mass.
TEST(ExprTypeCheck, QuantitiesOfOneDimension) {
  Fixture f;
  f.literal("route_km", "640 km");
  f.literal("route_mi", "398 miles");
  f.literal("cargo", "1,200 tonnes");
  f.literal("site", "5,000 ha");
  EXPECT_EQ(f.check("route_km == route_mi"), "");
  EXPECT_EQ(f.check("route_km + '2 km' > route_mi"), "");
  EXPECT_EQ(f.check("cargo == '2.65 million lb'"), "");
  EXPECT_EQ(f.check("site == '50 sq km' and 3801 + '1,199 ha' == site"), "");
  EXPECT_EQ(f.check("route_km / route_mi == 1"), "");
  EXPECT_EQ(f.check("route_km + cargo > 0"),
            "r.yaml:7:22: error: check 'c': cannot add a length (km) and a mass (t): expected "
            "quantities of one dimension (length) on both sides of '+'");
  EXPECT_EQ(f.check("site == route_km"),
            "r.yaml:7:18: error: check 'c': cannot compare an area (ha) with a length (km): they "
            "measure different dimensions");
}

TEST(ExprTypeCheck, NamesAndFunctions) {
  Fixture f;
  EXPECT_EQ(f.check("vessel_total == 8"),
            "r.yaml:7:13: error: check 'c': unknown claim 'vessel_total'; did you mean 'vessels_total'?");
  EXPECT_EQ(f.check("8 == xyzzy"), "r.yaml:7:18: error: check 'c': unknown claim 'xyzzy'");
  EXPECT_EQ(f.check("vessels_2015.csiss == 2"),
            "r.yaml:7:26: error: check 'c': claim 'vessels_2015' has no mention in 'csiss'; did you "
            "mean 'csis'?");
  EXPECT_EQ(f.check("vessels_2015.voa == 2"),
            "r.yaml:7:26: error: check 'c': claim 'vessels_2015' has no mention in 'voa'; expected "
            "one of: 'csis', 'thayer', 'diplomat'");
  EXPECT_EQ(f.check("countries.thayer == 25"),
            "r.yaml:7:23: error: check 'c': claim 'countries' has 2 mentions in 'thayer'; "
            "'countries.thayer' needs exactly one");
  EXPECT_EQ(f.check("dayz(visit) == 4"),
            "r.yaml:7:13: error: check 'c': unknown function 'dayz'; did you mean 'days'?");
  EXPECT_EQ(f.check("round(share_2024) == 4"),
            "r.yaml:7:13: error: check 'c': round() takes 2 arguments, found 1; expected round(x, digits)");
  EXPECT_EQ(f.check("round(share_2024, 1.5) == 4"),
            "r.yaml:7:31: error: check 'c': round(x, digits): expected the number of decimal places "
            "as a whole number (round(x, 1))");
  EXPECT_EQ(f.check("convert(yen_loan, 'XYZ') == 4"),
            "r.yaml:7:31: error: check 'c': convert(x, 'USD') or convert(x, 'USD', 2015-09-15): "
            "expected a currency code in quotes, such as 'USD'");
  EXPECT_EQ(f.check("convert(vessels_total, 'USD') == 4"),
            "r.yaml:7:21: error: check 'c': convert(x, 'USD') or convert(x, 'USD', 2015-09-15): "
            "expected money, found a count");
  EXPECT_EQ(f.check("days(signed) == 1"),
            "r.yaml:7:18: error: check 'c': days(date_range): expected a date range ('from "
            "September 15 to 18') or a duration in days or weeks, found a date");
  EXPECT_EQ(f.check("abs == 1"), "r.yaml:7:13: error: check 'c': 'abs' is a function; expected '(' after it");
}

TEST(ExprTypeCheck, SyntaxErrorsAtTheirColumn) {
  Fixture f;
  EXPECT_EQ(f.check("(vessels_total == 8"),
            "r.yaml:7:32: error: check 'c': expected ')', found the end of the expression");
  // Columns count code points, not bytes: 'ề' takes three bytes.
  EXPECT_EQ(f.check("'ề' + vessels_total === 8"),
            "r.yaml:7:35: error: check 'c': expected an operand (a number, a claim, a 'figure', a "
            "function call or '('), found '='");
}

}  // namespace
}  // namespace crosscheck
