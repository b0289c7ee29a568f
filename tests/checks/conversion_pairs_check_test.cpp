// The built-in conversion-pairs check (fixtures/checks/conversion-pairs/): the seed pair passes at
// 119.65 JPY/USD, a month-dated source passes on some business day, a source with no date and a
// currency with no rate are unresolved, a claim's as_of dates the pair it quotes.
#include "check_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using check_testing::codes;
using check_testing::of_kind;
using check_testing::run_fixture;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const Finding* pair_in(const std::vector<Finding>& findings, const std::string& source) {
  for (const Finding& f : findings)
    if (!f.mentions.empty() && f.mentions.front().source_id == source) return &f;
  return nullptr;
}

class ConversionPairs : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    pairs_ = new std::vector<Finding>(
        of_kind(run_fixture("checks/conversion-pairs/rules.yaml"), "conversion-pair"));
  }
  static void TearDownTestSuite() {
    delete pairs_;
    pairs_ = nullptr;
  }
  static const Finding& pair(const std::string& source) {
    const Finding* f = pair_in(*pairs_, source);
    if (!f) {
      ADD_FAILURE() << "no pair in " << source;
      static const Finding none;
      return none;
    }
    return *f;
  }
  static std::vector<Finding>* pairs_;
};
std::vector<Finding>* ConversionPairs::pairs_ = nullptr;

TEST_F(ConversionPairs, OneFindingPerPairOfTwoCurrencies) { EXPECT_EQ(pairs_->size(), 5u); }

TEST_F(ConversionPairs, SeedPairPassesAtTheRateOfItsDate) {
  const Finding& f = pair("dated");
  EXPECT_EQ(f.status, Status::pass);
  EXPECT_EQ(f.check, "conversion-pairs");
  EXPECT_EQ(f.kind, "conversion-pair");
  EXPECT_THAT(f.message, HasSubstr("'100 billion yen ($835 million)'"));
  EXPECT_THAT(f.message, HasSubstr("at the rate of 2015-09-15"));
  EXPECT_THAT(f.message, HasSubstr("the pair implies 119.76 JPY/USD"));
  ASSERT_EQ(f.mentions.size(), 2u);
  const MentionReport& yen = f.mentions[0];
  const MentionReport& dollars = f.mentions[1];
  EXPECT_TRUE(yen.primary);
  EXPECT_EQ(yen.figure->text, "100 billion yen");
  EXPECT_EQ(dollars.figure->text, "$835 million");
  EXPECT_EQ(yen.start.line, 1u);
  EXPECT_EQ(yen.start.column, 21u);
  EXPECT_EQ(dollars.start.column, 38u);
  EXPECT_THAT(yen.line_text, HasSubstr("100 billion yen ($835 million) loan"));
  EXPECT_EQ(yen.quote, "100 billion yen ($835 million)");
  ASSERT_TRUE(yen.normalised);
  EXPECT_EQ(yen.normalised->unit, "USD");
  EXPECT_THAT(yen.normalised->rate, HasSubstr("119.65 JPY/USD on 2015-09-15"));
  ASSERT_TRUE(dollars.normalised);
  EXPECT_EQ(dollars.normalised->value, Number(835000000));
}

TEST_F(ConversionPairs, MonthDatePassesOnSomeBusinessDayAndSaysWhich) {
  const Finding& f = pair("month");
  EXPECT_EQ(f.status, Status::pass);
  EXPECT_THAT(f.message, HasSubstr("business days of 2015-09"));
  EXPECT_THAT(f.message, HasSubstr("closest on 2015-09-15"));
}

TEST_F(ConversionPairs, NoDateIsUnresolvedWithAReason) {
  const Finding& f = pair("undated");
  EXPECT_EQ(f.status, Status::unresolved);
  EXPECT_THAT(f.message, HasSubstr("no date to convert at"));
  EXPECT_THAT(f.message, HasSubstr("--as-of"));
}

TEST_F(ConversionPairs, CurrencyWithNoRateIsUnresolved) {
  const Finding& f = pair("dong");
  EXPECT_EQ(f.status, Status::unresolved);
  EXPECT_THAT(f.message, HasSubstr("VND"));
}

TEST_F(ConversionPairs, ClaimAsOfDatesThePairItQuotes) {
  const Finding& f = pair("quoted");  // the source has no published date
  EXPECT_EQ(f.status, Status::pass);
  EXPECT_THAT(f.message, HasSubstr("the as_of of claim 'school_grant'"));
}

TEST(ConversionPairsAsOf, CommandLineDateWhenTheSourceHasNone) {
  RunOptions options;
  options.as_of = Date{2015, 9, 15};
  auto pairs = of_kind(run_fixture("checks/conversion-pairs/rules.yaml", options), "conversion-pair");
  const Finding* f = pair_in(pairs, "undated");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->status, Status::pass);
  EXPECT_THAT(f->message, HasSubstr("--as-of"));
}

TEST(ConversionPairsRateDate, FailsAtItsDateAndAgreesTwoWeeksEarlier) {
  auto pairs = of_kind(run_fixture("checks/conversion-pairs/rate-date.yaml"), "conversion-pair");
  ASSERT_EQ(pairs.size(), 1u);
  const Finding& f = pairs[0];
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_TRUE(f.delta);
  EXPECT_THAT(codes(f), ElementsAre("rate-date"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("agree at the rate of 2015-09-01"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("14 days before the date used (2015-09-15)"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("the figures imply 120.03 JPY/USD"));
}

TEST(ConversionPairsQualified, ThePassageStartsAtTheQualifyingWords) {
  auto pairs = of_kind(run_fixture("checks/conversion-pairs/qualified.yaml"), "conversion-pair");
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].status, Status::pass);
  ASSERT_FALSE(pairs[0].mentions.empty());
  EXPECT_EQ(pairs[0].mentions[0].quote, "about £33 million ($39.9 million)");
}

TEST(ConversionPairsOff, TheRuleFileCanTurnItOff) {
  EXPECT_TRUE(of_kind(run_fixture("checks/conversion-pairs/off.yaml"), "conversion-pair").empty());
}

TEST(ConversionPairsSeed, SeedRulesCheckTheDiplomatPairOnceAndItPasses) {
  DiagnosticSink sink;
  std::vector<RuleFile> rules = load_rule_paths({std::string(CROSSCHECK_SOURCE_DIR) + "/rules"}, sink);
  RunOptions options;
  options.today = {2025, 1, 1};
  auto report = run_checks(rules, options, sink);
  ASSERT_TRUE(report);
  auto pairs = of_kind(*report, "conversion-pair");
  ASSERT_EQ(pairs.size(), 1u);  // both rule files share the source: reported once
  EXPECT_EQ(pairs[0].status, Status::pass);
  EXPECT_EQ(pairs[0].mentions[0].source_id, "diplomat");
  EXPECT_THAT(pairs[0].message, HasSubstr("at the rate of 2015-09-15"));
  EXPECT_THAT(pairs[0].message, HasSubstr("119.76 JPY/USD"));
  for (const Finding& f : report->findings) {
    if (f.check == "vessels_2015" || f.check == "hospital_oda") {
      EXPECT_EQ(f.status, Status::fail) << f.check;
    }
  }
}

}  // namespace
}  // namespace crosscheck
