// The scale-slip diagnosis (fixtures/diagnose/scale-slip/): a one-sided word hides no slip, 億 read
// as million names 28.6 billion yen, and a separator that reads either way names its other reading.
#include "diagnose_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using diagnose_testing::codes;
using diagnose_testing::diagnosed_claim;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(ScaleSlip, UpToDoesNotHideAHundredfoldSlip) {
  Finding f = diagnosed_claim("scale-slip/rules.yaml", "railway_loan");
  EXPECT_EQ(f.status, Status::fail);  // though 42 million is "up to" 4.2 billion
  ASSERT_THAT(codes(f), ElementsAre("scale-slip"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("differ by a factor of 100"));
  EXPECT_THAT(f.diagnosis[0].suggestion, HasSubstr("'42 million yen' would agree as 4.2 billion yen"));
  // The cause is spelt out with the figure's own number, not a canned example.
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("42億円 is 4.2 billion yen, not 42 million yen"));
}

TEST(ScaleSlip, OkuReadAsMillionNamesTheFigureThatWouldAgree) {
  Finding f = diagnosed_claim("scale-slip/rules.yaml", "hospital_aid");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_THAT(codes(f), ElementsAre("scale-slip"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("286億円 is 28.6 billion yen, not 286 million yen"));
  EXPECT_THAT(f.diagnosis[0].suggestion, HasSubstr("'286 million yen' would agree as 28.6 billion yen"));
}

TEST(ScaleSlip, DecimalSeparatorNamesTheOtherReading) {
  Finding f = diagnosed_claim("scale-slip/rules.yaml", "bridge_cost");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_THAT(codes(f), ElementsAre("scale-slip"));
  // The Vietnamese source reads "12.500 tỷ" as 12,500 billion; read as a decimal point it agrees.
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("'.' of '12.500 tỷ đồng' (vi) was read as a thousands separator"));
  EXPECT_THAT(f.diagnosis[0].suggestion, HasSubstr("read as a decimal point, '12.500 tỷ đồng' is 12.5 billion VND"));
}

}  // namespace
}  // namespace crosscheck
