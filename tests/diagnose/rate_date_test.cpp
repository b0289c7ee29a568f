// The rate-date diagnosis (fixtures/diagnose/rate-date/): figures that fail at the claim's date and
// agree at the rate of a date two weeks earlier; the diagnosis names it and the rate implied.
#include "diagnose_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using diagnose_testing::codes;
using diagnose_testing::diagnosed_claim;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(RateDate, NamesTheNearestDateAtWhichTheFiguresAgree) {
  Finding f = diagnosed_claim("rate-date/rules.yaml", "equipment_grant");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_THAT(codes(f), ElementsAre("rate-date"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("agree at the rate of 2015-09-01 (120.03 JPY/USD on 2015-09-01"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("14 days before the date used (2015-09-15)"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("the figures imply 120.03 JPY/USD"));
  EXPECT_THAT(f.diagnosis[0].suggestion, HasSubstr("as_of: 2015-09-01"));
}

TEST(RateDate, NotOfferedForAScaleSlip) {
  Finding f = diagnosed_claim("scale-slip/rules.yaml", "hospital_aid");
  EXPECT_THAT(codes(f), ElementsAre("scale-slip"));
}

}  // namespace
}  // namespace crosscheck
