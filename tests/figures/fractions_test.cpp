// Fractions: vulgar fraction characters, slash fractions and mixed numbers.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Fractions, VulgarCharacters) {
  EXPECT_EQ(literal("½"), "number ½ = 0.5 [0.45, 0.55]");
  EXPECT_EQ(literal("¾"), "number ¾ = 0.75 [0.745, 0.755]");
  EXPECT_EQ(literal("€3¼ billion"), "money €3¼ billion = 3250000000 [3245000000, 3255000000] EUR");
  EXPECT_EQ(literal("£1½ million"), "money £1½ million = 1500000 [1450000, 1550000] GBP");
  EXPECT_EQ(literal("7⅛"), "number 7⅛ = 7.125 [7.1245, 7.1255]");
}

TEST(Fractions, Slash) {
  EXPECT_EQ(all("a 3/4 majority"), "number 3/4 = 0.75 [0.745, 0.755]\n");
  EXPECT_EQ(all("a 2 1/4 rise"), "number 2 1/4 = 2.25 [2.245, 2.255]\n");
  // A count written with a fraction measures: its interval is not cut to whole numbers.
  EXPECT_EQ(all("ran 2 1/4 miles"), "quantity 2 1/4 miles = 2.25 [2.245, 2.255] mi\n");
  EXPECT_EQ(literal("5/8"), "number 5/8 = 0.625 [0.6245, 0.6255]");
  // Not fractions: a numerator above its denominator, a denominator past ten, a date, a path.
  EXPECT_EQ(all("open 24/7"), "number 24 = 24 [24, 24]\n");
  EXPECT_EQ(all("after 9/11 the"), "number 9 = 9 [9, 9]\n");
  EXPECT_EQ(all("in 1/2/2019"), "date 1/2/2019 = 17928 [17928, 17928] date\n");
  // A denominator past 31 names no day: a fraction ("1/40", "20/100"); not a month and year.
  EXPECT_EQ(all("about 1/40 of it"), "number 1/40 = 0.025 [0.02375, 0.02625] (about)\n");
  EXPECT_EQ(all("scored 20/100"), "number 20/100 = 0.2 [0.19995, 0.20005]\n");
  EXPECT_EQ(all("a 7/32 bolt"), "number 7/32 = 0.21875 [0.21825, 0.21925]\n");
  EXPECT_EQ(all("on 3/15 we"), "number 3 = 3 [3, 3]\n");
  EXPECT_EQ(all("in 12/2019").find("0.006"), std::string::npos);
  // A sign before the whole number is the fraction's too.
  EXPECT_EQ(all("-4/5"), "number -4/5 = -0.8 [-0.85, -0.75]\n");
  EXPECT_EQ(all("-2 1/4"), "number -2 1/4 = -2.25 [-2.255, -2.245]\n");
  EXPECT_EQ(all("-3½"), "number -3½ = -3.5 [-3.55, -3.45]\n");
  EXPECT_EQ(all("-24/7"), "number -24 = -24 [-24, -24]\n");
  // Before a noun a fraction is a value said of it, not a count; it keeps its whole text.
  EXPECT_EQ(all("at -2 1/4 degrees"), "number -2 1/4 = -2.25 [-2.255, -2.245]\n");
  EXPECT_EQ(all("3½ children"), "number 3½ = 3.5 [3.45, 3.55]\n");
}

// In words, a numerator after "and" below its denominator is a proper fraction of its own ("two and
// fifty-four hundredths"); else all of it is the numerator ("one hundred and thirty fifths").
TEST(Fractions, MixedNumbersInWords) {
  EXPECT_EQ(all("two and fifty-four hundredths"), "number two and fifty-four hundredths = 2.54 [2.54, 2.54]\n");
  EXPECT_EQ(all("two hundred and fifty-four hundredths"),
            "number two hundred and fifty-four hundredths = 200.54 [200.54, 200.54]\n");
  EXPECT_EQ(all("one hundred and thirty fifths"), "number one hundred and thirty fifths = 26 [26, 26]\n");
  EXPECT_EQ(all("three and a thirtieth"), "number three and a thirtieth = 3.03333333333333 [3.03333333333333, 3.03333333333333]\n");
  EXPECT_EQ(all("the thirtieth anniversary"), "ordinal thirtieth = 30 [30, 30]\n");
}

// Digits and a fraction in words, a mixed number (of the scale word after it).
TEST(Fractions, DigitsAndAFractionInWords) {
  EXPECT_EQ(all("after 2 and a half years"), "duration 2 and a half years = 2.5 [2.45, 2.55] year\n");
  EXPECT_EQ(all("3 and three quarters miles"), "quantity 3 and three quarters miles = 3.75 [3.745, 3.755] mi\n");
  EXPECT_EQ(all("$2 and a half billion"), "money $2 and a half billion = 2500000000 [2450000000, 2550000000] USD\n");
  EXPECT_EQ(all("between 1 and 2"), "number between 1 and 2 = 1.5 [1, 2]\n");
}

}  // namespace
}  // namespace crosscheck
