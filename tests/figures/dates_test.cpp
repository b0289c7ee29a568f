// Dates, date ranges, years and durations.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Dates, MonthDay) {
  // 2015-09-15 is day 16693 since 1970-01-01; the year comes from the document date.
  EXPECT_EQ(all("on September 15 the leaders"), "date September 15 = 16693 [16693, 16693] date\n");
  EXPECT_EQ(all("on Nov. 27, 2023."), "date Nov. 27, 2023 = 19688 [19688, 19688] date\n");
  EXPECT_EQ(all("from September 15 to 18."), "date-range September 15 to 18 = 16693 [16693, 16696] date\n");
  EXPECT_EQ(all("on November 22-25"), "date-range November 22-25 = 16761 [16761, 16764] date\n");
  EXPECT_EQ(all("on 15 September 2015"), "date 15 September 2015 = 16693 [16693, 16693] date\n");
  EXPECT_EQ(all("September 28 to October 2"),
            "date-range September 28 to October 2 = 16706 [16706, 16710] date\n");
}

TEST(Dates, MonthYearYearIso) {
  EXPECT_EQ(all("in August 2014"), "date August 2014 = 16283 [16283, 16313] date\n");
  EXPECT_EQ(all("in 2015"), "year 2015 = 2015 [2015, 2015] year-ad\n");
  EXPECT_EQ(all("the 1990s"), "year 1990s = 1990 [1990, 1999] year-ad\n");
  EXPECT_EQ(literal("'2015-09-15'"), "date 2015-09-15 = 16693 [16693, 16693] date");
  EXPECT_EQ(literal("2015-02-30"), "(none)");
}

TEST(Dates, YearUnknown) {
  auto figures = extract_figures("on September 15");
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].assumption, "year unknown");
  EXPECT_FALSE(figures[0].interval.bounded());
}

TEST(Durations, Forms) {
  EXPECT_EQ(all("the four-day trip"), "duration four-day = 4 [4, 4] day\n");
  EXPECT_EQ(all("its two-decade long relationship"), "duration two-decade = 2 [2, 2] decade\n");
  EXPECT_EQ(all("over the next five years"), "duration five years = 5 [5, 5] year\n");
  EXPECT_EQ(all("18 months"), "duration 18 months = 18 [18, 18] month\n");
  EXPECT_EQ(all("repaid over 30 years"), "duration 30 years = 30 [30, 30] year\n");
}

}  // namespace
}  // namespace crosscheck
