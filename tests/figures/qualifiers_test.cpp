// Approximation words widen the precision interval (SPEC §2 table).
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Qualifiers, Table) {
  EXPECT_EQ(literal("about 100"), "number 100 = 100 [95, 105] (about)");
  EXPECT_EQ(literal("roughly 100"), "number 100 = 100 [95, 105] (roughly)");
  EXPECT_EQ(literal("some 100"), "number 100 = 100 [95, 105] (some)");
  EXPECT_EQ(literal("an estimated 100"), "number 100 = 100 [95, 105] (an estimated)");
  EXPECT_EQ(literal("nearly 40"), "number 40 = 40 [36, 40] (nearly)");
  EXPECT_EQ(literal("almost $50 billion"),
            "money $50 billion = 50000000000 [45000000000, 50500000000] USD (almost)");
  EXPECT_EQ(literal("more than 100"), "number 100 = 100 (100, inf) (more than)");
  EXPECT_EQ(literal("over 100"), "number 100 = 100 (100, inf) (over)");
  EXPECT_EQ(literal("at least 100"), "number 100 = 100 [100, inf) (at least)");
  EXPECT_EQ(literal("up to 100"), "number 100 = 100 [0, 100] (up to)");
  EXPECT_EQ(literal("less than 100"), "number 100 = 100 [0, 100) (less than)");
  EXPECT_EQ(literal("under 100"), "number 100 = 100 [0, 100) (under)");
  EXPECT_EQ(literal("nearly 40 percent"), "percent 40 percent = 40 [36, 40.5] % (nearly)");
}

TEST(Qualifiers, NeverNarrow) {
  // $1 billion is [0.5, 1.5] billion; "about" may only widen that.
  EXPECT_EQ(literal("about $1 billion"),
            "money $1 billion = 1000000000 [500000000, 1500000000] USD (about)");
}

TEST(Qualifiers, WidthsAreOptions) {
  ExtractOptions options;
  options.approximations.about = Number("0.1");
  auto figure = parse_figure_literal("about 100", options);
  ASSERT_TRUE(figure);
  EXPECT_EQ(to_string(figure->interval), "[90, 110]");
}

TEST(Qualifiers, OnlyDirectlyBeforeAFigure) {
  EXPECT_EQ(all("over the past year"), "");
  EXPECT_EQ(all("the loan is repaid over 30 years"), "duration 30 years = 30 [30, 30] year\n");
  // A verb's particle: "handed over" hands something over; "spent over $5" is more than $5.
  EXPECT_EQ(all("Japan handed over 2 new vessels"), "count 2 new vessels = 2 [2, 2] vessel noun=vessels\n");
  EXPECT_EQ(all("The army took over 30 bases"), "count 30 bases = 30 [30, 30] base noun=bases\n");
  EXPECT_EQ(all("it spent over 30 bases"), "count 30 bases = 30 (30, inf) base (over) noun=bases\n");
  EXPECT_EQ(all("about September 15"), "date September 15 = 16693 [16693, 16693] date\n");
}

TEST(Qualifiers, OtherLanguages) {
  EXPECT_EQ(all("khoảng 100 tỷ đồng", "vi"),
            "money 100 tỷ đồng = 100000000000 [95000000000, 105000000000] VND (khoảng)\n");
  EXPECT_EQ(all("hơn 100 tỷ đồng", "vi"),
            "money 100 tỷ đồng = 100000000000 (100000000000, inf) VND (hơn)\n");
}

}  // namespace
}  // namespace crosscheck
