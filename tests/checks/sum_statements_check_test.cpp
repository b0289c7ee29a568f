// The built-in sum-statements check (fixtures/checks/sum-statements/): a total and its parts in one
// sentence must add up; open lists and parts of another dimension are left alone; it is opt-in.
#include "check_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using check_testing::of_kind;
using check_testing::run_fixture;
using ::testing::HasSubstr;

TEST(SumStatements, FindsOnlyClosedListsOfTheTotalsDimension) {
  auto sums = of_kind(run_fixture("checks/sum-statements/rules.yaml"), "sum-statement");
  // Lines 1-3 and 7 state sums; line 4 is an open list ("..., $5 million"), line 5 lists years,
  // line 6 has one part.
  ASSERT_EQ(sums.size(), 4u);
  EXPECT_EQ(sums[0].mentions.front().start.line, 1u);
  EXPECT_EQ(sums[1].mentions.front().start.line, 2u);
  EXPECT_EQ(sums[2].mentions.front().start.line, 3u);
  EXPECT_EQ(sums[3].mentions.front().start.line, 7u);
  EXPECT_EQ(sums[3].status, Status::pass);  // "of which"
}

TEST(SumStatements, PartsThatAddUpPass) {
  auto sums = of_kind(run_fixture("checks/sum-statements/rules.yaml"), "sum-statement");
  ASSERT_GE(sums.size(), 1u);
  const Finding& f = sums[0];
  EXPECT_EQ(f.status, Status::pass);
  EXPECT_EQ(f.check, "sum-statements");
  ASSERT_EQ(f.mentions.size(), 3u);  // the total and two parts; the conversion is not a part
  EXPECT_EQ(f.mentions[0].figure->text, "JPY2 billion");
  EXPECT_TRUE(f.mentions[0].primary);
  EXPECT_EQ(f.mentions[1].figure->text, "JPY1.8 billion");
  EXPECT_EQ(f.mentions[2].figure->text, "JPY200 million");
  EXPECT_EQ(f.mentions[2].figure->qualifier, Qualifier::about);
}

TEST(SumStatements, ASumThatDoesNotAddUpFails) {
  auto sums = of_kind(run_fixture("checks/sum-statements/rules.yaml"), "sum-statement");
  ASSERT_GE(sums.size(), 2u);
  const Finding& f = sums[1];
  EXPECT_EQ(f.status, Status::fail);
  EXPECT_THAT(f.message, HasSubstr("'JPY3 billion' including 'JPY1.8 billion' + 'JPY200 million'"));
  EXPECT_THAT(f.message, HasSubstr("the parts add to 2 billion yen"));
  ASSERT_TRUE(f.delta);
  // A total and its parts are not meant to be equal, and "including" is what makes it a sum: no
  // scale-slip or different-referents hint.
  EXPECT_TRUE(f.diagnosis.empty());
}

TEST(SumStatements, CountsOfDifferentThingsAddUp) {
  auto sums = of_kind(run_fixture("checks/sum-statements/rules.yaml"), "sum-statement");
  ASSERT_GE(sums.size(), 3u);
  EXPECT_EQ(sums[2].status, Status::pass);
  EXPECT_THAT(sums[2].message, HasSubstr("8 vessels"));
}

TEST(SumStatements, OffUnlessTheRuleFileTurnsItOn) {
  EXPECT_TRUE(of_kind(run_fixture("checks/sum-statements/off.yaml"), "sum-statement").empty());
}

TEST(SumStatements, NoFalseAlarmsOnTheSeedArticles) {
  auto sums = of_kind(run_fixture("checks/sum-statements/seeds.yaml"), "sum-statement");
  for (const Finding& f : sums) EXPECT_NE(f.status, Status::fail) << f.message;
}

}  // namespace
}  // namespace crosscheck
