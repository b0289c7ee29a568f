// Each row of the approximation table (SPEC §2) against a plainly stated figure, end to end:
// which pairs agree and which do not (fixtures/checks/approximations/).
#include "check_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using check_testing::finding;
using check_testing::run_fixture;
using ::testing::Contains;

class Approximations : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { report_ = new Report(run_fixture("checks/approximations/rules.yaml")); }
  static void TearDownTestSuite() {
    delete report_;
    report_ = nullptr;
  }
  static Status status(const std::string& claim) { return finding(*report_, claim).status; }
  static Report* report_;
};
Report* Approximations::report_ = nullptr;

TEST_F(Approximations, AboutIsFivePercentEitherSide) {
  EXPECT_EQ(status("about_agrees"), Status::pass);      // about 40 = [38, 42] meets 42
  EXPECT_EQ(status("about_disagrees"), Status::fail);   // 43 = [42.5, 43.5]
}

TEST_F(Approximations, NearlyIsJustBelow) {
  EXPECT_EQ(status("nearly_agrees"), Status::pass);            // nearly 40 percent vs 40 percent
  EXPECT_EQ(status("nearly_disagrees_above"), Status::fail);   // 42 is above "nearly 40"
  EXPECT_EQ(status("nearly_disagrees_below"), Status::fail);   // 35 is below 0.9 × 40
}

TEST_F(Approximations, MoreThanIsOpenAbove) {
  EXPECT_EQ(status("more_than_agrees"), Status::pass);
  EXPECT_EQ(status("more_than_excludes_itself"), Status::fail);
}

TEST_F(Approximations, MoreThanFailsAgainstASmallerTotal) {
  Finding f = finding(*report_, "more_than_against_smaller_total");
  EXPECT_EQ(f.status, Status::fail);
  // "a total of" is a referent word; "more than" is a qualifier and is not taken for one.
  ASSERT_EQ(f.diagnosis.size(), 1u);
  EXPECT_EQ(f.diagnosis[0].code, "different-referents");
  EXPECT_NE(f.diagnosis[0].message.find("\"total\""), std::string::npos);
}

TEST_F(Approximations, AtLeastIncludesItself) { EXPECT_EQ(status("at_least_includes_itself"), Status::pass); }

TEST_F(Approximations, UpToIsABoundFromZero) { EXPECT_EQ(status("up_to_agrees"), Status::pass); }

TEST_F(Approximations, UpToNeverHidesAHundredfoldSlip) {
  Finding f = finding(*report_, "up_to_hundredfold");
  EXPECT_EQ(f.status, Status::fail);
  EXPECT_THAT(check_testing::codes(f), Contains("scale-slip"));
}

TEST_F(Approximations, LessThanIsOpenBelow) {
  EXPECT_EQ(status("less_than_agrees"), Status::pass);
  EXPECT_EQ(status("less_than_disagrees"), Status::fail);
}

}  // namespace
}  // namespace crosscheck
