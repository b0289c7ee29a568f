// Ranges of quantities: one figure from the lower end of the one to the upper end of the other.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Ranges, DashToAndBetween) {
  EXPECT_EQ(all("2-3 ships"), "count 2-3 ships = 2.5 [2, 3] ship noun=ships\n");
  EXPECT_EQ(all("2–3 ships"), "count 2–3 ships = 2.5 [2, 3] ship noun=ships\n");
  EXPECT_EQ(all("two to three ships"), "count two to three ships = 2.5 [2, 3] ship noun=ships\n");
  EXPECT_EQ(all("between 5 and 10 ships"),
            "count between 5 and 10 ships = 7.5 [5, 10] ship noun=ships\n");
  EXPECT_EQ(all("ages 18-25"), "number 18-25 = 21.5 [18, 25]\n");
}

TEST(Ranges, TheUnitAndScaleServeBothEnds) {
  // "10-15%" is 10% to 15%, each end with its precision.
  EXPECT_EQ(all("10-15% of"), "percent 10-15% = 12.5 [9.5, 15.5] %\n");
  EXPECT_EQ(all("5 to 10 percent"), "percent 5 to 10 percent = 7.5 [4.5, 10.5] %\n");
  EXPECT_EQ(all("$5-10 million"), "money $5-10 million = 7500000 [4500000, 10500000] USD\n");
  EXPECT_EQ(all("$5 million to $10 million"),
            "money $5 million to $10 million = 7500000 [4500000, 10500000] USD\n");
  EXPECT_EQ(all("$5-10m"), "money $5-10m = 7500000 [4500000, 10500000] USD\n");
  EXPECT_EQ(literal("between 1 and 2 billion yen"),
            "money between 1 and 2 billion yen = 1500000000 [500000000, 2500000000] JPY");
}

TEST(Ranges, WhatIsNoRange) {
  // A score, falling ends, years, a change "from ... to", another currency, a scale on one end.
  EXPECT_EQ(all("a 3-2 vote"), "number 3 = 3 [3, 3]\ncount 2 vote = 2 [2, 2] vote noun=vote\n");
  EXPECT_EQ(all("5 to 3 ships"), "number 5 = 5 [5, 5]\ncount 3 ships = 3 [3, 3] ship noun=ships\n");
  // Joined years are one span of years (SPEC §2), not a numeric range.
  EXPECT_EQ(all("in 2014-2015 the"), "year 2014-2015 = 2014 [2014, 2015] year-ad\n");
  EXPECT_EQ(all("between 2004 and 2013"),
            "year 2004 = 2004 [2004, 2004] year-ad\nyear 2013 = 2013 [2013, 2013] year-ad\n");
  EXPECT_EQ(all("rose from 5 to 10 percent"),
            "percent 5 = 5 [4.5, 5.5] %\npercent 10 percent = 10 [9.5, 10.5] %\n");
  EXPECT_EQ(all("$5-€10"), "money $5 = 5 [5, 5] USD\nmoney €10 = 10 [10, 10] EUR\n");
  EXPECT_EQ(all("5 million to 10"), "number 5 million = 5000000 [4500000, 5500000]\nnumber 10 = 10 [10, 10]\n");
  // Dates keep their own ranges.
  EXPECT_EQ(all("November 22-25"), "date-range November 22-25 = 16761 [16761, 16764] date\n");
}

// The range already spans more than "about" adds around its middle: the word is kept, the ends stay.
// "from X to Y": a change, two figures; the unit and scale written once serve both.
TEST(Ranges, AChangeFromOneValueToAnother) {
  EXPECT_EQ(all("grew from 5 to 10 million people"),
            "count 5 = 5000000 [4500000, 5500000] person noun=people\n"
            "count 10 million people = 10000000 [9500000, 10500000] person noun=people\n");
  EXPECT_EQ(all("from $5 million to $10 million"),
            "money $5 million = 5000000 [4500000, 5500000] USD\nmoney $10 million = 10000000 [9500000, 10500000] USD\n");
}

// After a verb of extent, "from ... to" spans a range; below zero "to" may run to the larger
// magnitude ("-18 °C to -34 °C").
TEST(Ranges, FromToAfterAVerbOfExtent) {
  EXPECT_EQ(all("temperatures ranged from -18 °C to -34 °C"),
            "quantity -18 °C to -34 °C = -26 [-34.5, -17.5] degC\n");
  EXPECT_EQ(all("depths varying from 7 to 10 km"), "quantity 7 to 10 km = 8.5 [6.5, 10.5] km\n");
  EXPECT_EQ(all("fell from -5 to -10"), "number -5 = -5 [-5, -5]\nnumber -10 = -10 [-10, -10]\n");
  EXPECT_EQ(all("lows of -5 to -10 C"), "quantity -5 to -10 C = -7.5 [-10.5, -4.5] degC\n");
}

TEST(Ranges, AnApproximationBeforeARangeIsKept) {
  EXPECT_EQ(all("about 5-10 ships"), "count 5-10 ships = 7.5 [5, 10] ship (about) noun=ships\n");
}

}  // namespace
}  // namespace crosscheck
