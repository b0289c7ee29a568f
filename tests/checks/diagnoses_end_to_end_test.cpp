// The diagnoses as a user gets them: the fixtures of fixtures/diagnose/ through load, checks and
// diagnosis, with the claims' own tolerances and notes on passing findings.
#include "check_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using check_testing::codes;
using check_testing::finding;
using check_testing::run_fixture;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(DiagnosesEndToEnd, ScaleSlip) {
  Report report = run_fixture("diagnose/scale-slip/rules.yaml");
  EXPECT_THAT(codes(finding(report, "railway_loan")), ElementsAre("scale-slip"));
  EXPECT_THAT(codes(finding(report, "hospital_aid")), ElementsAre("scale-slip"));
  EXPECT_THAT(codes(finding(report, "bridge_cost")), ElementsAre("scale-slip"));
}

TEST(DiagnosesEndToEnd, CurrencyConfusion) {
  Report report = run_fixture("diagnose/currency-confusion/rules.yaml");
  EXPECT_THAT(codes(finding(report, "port_deal")), ElementsAre("currency-confusion"));
  EXPECT_THAT(codes(finding(report, "rail_deal")), ElementsAre("currency-confusion"));
}

TEST(DiagnosesEndToEnd, RateDate) {
  Report report = run_fixture("diagnose/rate-date/rules.yaml");
  EXPECT_THAT(codes(finding(report, "equipment_grant")), ElementsAre("rate-date"));
}

TEST(DiagnosesEndToEnd, RoundingOnPassesAndUnderTheClaimsOwnTolerance) {
  Report report = run_fixture("diagnose/rounding/rules.yaml");
  Finding fund = finding(report, "fund_size");
  EXPECT_EQ(fund.status, Status::pass);
  EXPECT_THAT(codes(fund), ElementsAre("rounding"));
  // growth_rate sets `tolerance: exact`; under the file's 1% the pair would not be diagnosed.
  Finding growth = finding(report, "growth_rate");
  EXPECT_EQ(growth.status, Status::fail);
  EXPECT_THAT(codes(growth), ElementsAre("rounding"));
  EXPECT_THAT(codes(finding(report, "exact_match")), IsEmpty());
}

TEST(DiagnosesEndToEnd, StaleQuoteNamesTheClosestPassage) {
  Report report = run_fixture("diagnose/referents/rules.yaml");
  EXPECT_THAT(codes(finding(report, "vessels")), ElementsAre("different-referents"));
  Finding edited = finding(report, "edited");
  EXPECT_EQ(edited.status, Status::unresolved);
  ASSERT_THAT(codes(edited), ElementsAre("stale-quote"));
  EXPECT_THAT(edited.diagnosis[0].suggestion, ::testing::HasSubstr("Japan will donate six used vessels"));
}

}  // namespace
}  // namespace crosscheck
