// The rounding diagnosis (fixtures/diagnose/rounding/): a pass that rests on the stated precision
// gets a note; a failure by less than one unit of the last digit is explained; a clean pass has none.
#include "diagnose_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using diagnose_testing::codes;
using diagnose_testing::diagnosed_claim;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(Rounding, PassOnlyWithinStatedPrecisionGetsANote) {
  Finding f = diagnosed_claim("rounding/rules.yaml", "fund_size");
  EXPECT_EQ(f.status, Status::pass);  // $1 billion stands for [0.5, 1.5] billion
  ASSERT_THAT(codes(f), ElementsAre("rounding"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("not a failure"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("stated precision of '$1 billion'"));
}

TEST(Rounding, FailureWithinOneUnitOfTheLastDigit) {
  Finding f = diagnosed_claim("rounding/rules.yaml", "growth_rate");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_THAT(codes(f), ElementsAre("rounding"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("less than one unit of the last digit of '3.9 percent'"));
}

TEST(Rounding, NoNoteWhenTheNominalValuesAgree) {
  Finding f = diagnosed_claim("rounding/rules.yaml", "exact_match");
  EXPECT_EQ(f.status, Status::pass);
  EXPECT_THAT(codes(f), IsEmpty());
}

}  // namespace
}  // namespace crosscheck
