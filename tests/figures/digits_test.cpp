// Digits with separators and decimals, and the precision they state.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Digits, PlainAndSeparated) {
  EXPECT_EQ(literal("12"), "number 12 = 12 [12, 12]");
  EXPECT_EQ(literal("163"), "number 163 = 163 [163, 163]");
  EXPECT_EQ(literal("1,234.5"), "number 1,234.5 = 1234.5 [1234.45, 1234.55]");
  EXPECT_EQ(literal("1 234"), "number 1 234 = 1234 [1234, 1234]");
  EXPECT_EQ(literal("0.5"), "number 0.5 = 0.5 [0.45, 0.55]");
  EXPECT_EQ(literal("-3"), "number -3 = -3 [-3, -3]");
  EXPECT_EQ(literal("4.0"), "number 4.0 = 4 [3.95, 4.05]");
  EXPECT_EQ(literal("1,000,000"), "number 1,000,000 = 1000000 [1000000, 1000000]");
}

// Indian English groups by lakh and crore: pairs of digits, then three.
TEST(Digits, IndianGrouping) {
  EXPECT_EQ(literal("1,00,000"), "number 1,00,000 = 100000 [100000, 100000]");
  EXPECT_EQ(literal("Rs 12,34,567"), "money Rs 12,34,567 = 1234567 [1234567, 1234567] INR");
  EXPECT_EQ(literal("₹5,00,00,000"), "money ₹5,00,00,000 = 50000000 [50000000, 50000000] INR");
  EXPECT_EQ(literal("12,34,567.89"), "number 12,34,567.89 = 1234567.89 [1234567.885, 1234567.895]");
  // Not a pair-and-three pattern: a list, or ordinary thousands.
  EXPECT_EQ(all("nrs. 22,24,26,31"),
            "number 22 = 22 [22, 22]\nnumber 24 = 24 [24, 24]\nnumber 26 = 26 [26, 26]\nnumber 31 = 31 [31, 31]\n");
  EXPECT_EQ(literal("12,345"), "number 12,345 = 12345 [12345, 12345]");
}

TEST(Digits, SeparatorsFollowTheLanguage) {
  EXPECT_EQ(literal("1.234,5", "vi"), "number 1.234,5 = 1234.5 [1234.45, 1234.55]");
  EXPECT_EQ(literal("28,6 tỷ yên", "vi"),
            "money 28,6 tỷ yên = 28600000000 [28550000000, 28650000000] JPY");
  EXPECT_EQ(literal("5.600 tỷ đồng", "vi"),
            "money 5.600 tỷ đồng = 5600000000000 [5599500000000, 5600500000000] VND");
  EXPECT_EQ(literal("12.500", "en"), "number 12.500 = 12.5 [12.4995, 12.5005]");
  EXPECT_EQ(literal("12.500", "vi"), "number 12.500 = 12500 [12500, 12500]");
}

TEST(Digits, NoExponentsNoInfinity) {
  EXPECT_EQ(literal("2e3"), "(none)");
  EXPECT_EQ(literal("inf"), "(none)");
  EXPECT_TRUE(extract_figures("infrastructure and nanotech").empty());
}

TEST(Digits, PrecisionAtScale) {
  EXPECT_EQ(literal("$835 million"), "money $835 million = 835000000 [834500000, 835500000] USD");
  EXPECT_EQ(literal("$1 billion"), "money $1 billion = 1000000000 [500000000, 1500000000] USD");
  EXPECT_EQ(literal("$1.05 billion"),
            "money $1.05 billion = 1050000000 [1045000000, 1055000000] USD");
}

// A decimal without its whole part: "-.5"; "G" is a scale only after one (".0012G"), never after
// a number as prose writes it (5G, 2.5G networks; a 0.5G force).
TEST(Digits, BarePointAndG) {
  EXPECT_EQ(all("the -.5 value"), "number -.5 = -0.5 [-0.55, -0.45]\n");
  EXPECT_EQ(all(".0012G"), "number .0012G = 1200000 [1150000, 1250000]\n");
  EXPECT_EQ(all("-.0012G"), "number -.0012G = -1200000 [-1250000, -1150000]\n");
  EXPECT_EQ(all("a 5G network and 2.5G phones"), "");
  EXPECT_EQ(all("0.5G of force").find("500000000"), std::string::npos);
}

// A minus sign set off by a space, the number alone on its line: "- 1,200,000". With words after
// it, or a unit, the dash opens an item of a list.
TEST(Digits, SpacedMinusAloneOnALine) {
  EXPECT_EQ(all("- 1,200,000"), "number - 1,200,000 = -1200000 [-1200000, -1200000]\n");
  EXPECT_EQ(all("Changes:\n  - 10  k\n"), "number - 10  k = -10000 [-10500, -9500]\n");
  EXPECT_EQ(all("Items:\n- 12 ships sank\n- 5 km\n"),
            "count 12 ships = 12 [12, 12] ship noun=ships\nquantity 5 km = 5 [4.5, 5.5] km\n");
  EXPECT_EQ(all("a gap - 5 wide"), "number 5 = 5 [5, 5]\n");
}

}  // namespace
}  // namespace crosscheck
