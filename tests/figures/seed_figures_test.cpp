// The figures the seed articles' conflicts rest on (see fixtures/articles).
#include "figure_testing.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::describe;
using testing::describe_all;
using testing::find_text;

std::string first(std::string_view text) {
  auto figures = extract_figures(text);
  return figures.empty() ? "(none)" : describe(figures.front());
}

TEST(SeedFigures, VesselCounts) {
  EXPECT_EQ(first("Japan would donate six used vessels to Vietnam"),
            "count six used vessels = 6 [6, 6] vessel noun=vessels");
  EXPECT_EQ(first("donate two additional used vessels and"),
            "count two additional used vessels = 2 [2, 2] vessel noun=vessels");
  EXPECT_EQ(first("to help Vietnam acquire two used Japanese patrol ships, a"),
            "count two used Japanese patrol ships = 2 [2, 2] ship noun=patrol ships");
  EXPECT_EQ(first("In Japan donated six used patrol boats"),
            "count six used patrol boats = 6 [6, 6] boat noun=patrol boats");
}

TEST(SeedFigures, Money) {
  EXPECT_EQ(first("Japan has offered 286 million yen in official"),
            "money 286 million yen = 286000000 [285500000, 286500000] JPY");
  EXPECT_EQ(first("to provide $239 million in official"),
            "money $239 million = 239000000 [238500000, 239500000] USD");
  EXPECT_EQ(first("along with $829 million in additional aid"),
            "money $829 million = 829000000 [828500000, 829500000] USD");
}

TEST(SeedFigures, ParentheticalPair) {
  auto figures = extract_figures("extend a 100 billion yen ($835 million) loan to Hanoi");
  ASSERT_EQ(figures.size(), 2u) << describe_all(figures);
  EXPECT_EQ(describe(figures[0]),
            "money 100 billion yen = 100000000000 [99500000000, 100500000000] JPY pair=1");
  EXPECT_EQ(describe(figures[1]), "money $835 million = 835000000 [834500000, 835500000] USD pair=0");
  EXPECT_EQ(figures[1].assumption, "$ read as USD");
}

TEST(SeedFigures, OtherSeedFigures) {
  auto figures = extract_figures(
      "a $1.6 million package for 2015; spending rose by 113 percent between 2004 and 2013 in "
      "the 12-nation Trans-Pacific Partnership; Last year, bilateral trade topped almost $50 "
      "billion.");
  EXPECT_EQ(describe_all(figures),
            "money $1.6 million = 1600000 [1550000, 1650000] USD\n"
            "year 2015 = 2015 [2015, 2015] year-ad\n"
            "percent 113 percent = 113 [112.5, 113.5] %\n"
            "year 2004 = 2004 [2004, 2004] year-ad\n"
            "year 2013 = 2013 [2013, 2013] year-ad\n"
            "count 12-nation = 12 [12, 12] nation noun=nation\n"
            "money $50 billion = 50000000000 [45000000000, 50500000000] USD (almost)\n");
}

}  // namespace
}  // namespace crosscheck
