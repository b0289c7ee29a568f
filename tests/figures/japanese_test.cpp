// Japanese figures: compound scale groups, counters glued to the number, dates in 年月日.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;

// "286億9,100万円" is 286 × 10⁸ + 9,100 × 10⁴ yen, as precise as its last group.
TEST(Japanese, CompoundScaleGroups) {
  EXPECT_EQ(all("供与額は286億9,100万円である", "ja"),
            "money 286億9,100万円 = 28691000000 [28690995000, 28691005000] JPY\n");
  EXPECT_EQ(all("1兆2000億円", "ja"),
            "money 1兆2000億円 = 1200000000000 [1199950000000, 1200050000000] JPY\n");
  EXPECT_EQ(all("約1兆2,000億円以上", "ja"),
            "money 1兆2,000億円以上 = 1200000000000 [1140000000000, inf) JPY (約)\n");
  // A verb of going beyond bounds the figure as 超 does.
  EXPECT_EQ(all("総額が110兆円を超えるのは初めて", "ja"),
            "money 110兆円を超 = 110000000000000 (110000000000000, inf) JPY (を超)\n");
  EXPECT_EQ(all("税収は70兆円を上回った", "ja"),
            "money 70兆円を上回 = 70000000000000 (70000000000000, inf) JPY (を上回)\n");
  // A group must fall below the one before: "1億2億円" is no compound.
  EXPECT_EQ(all("1億2億円", "ja"), "money 2億円 = 200000000 [150000000, 250000000] JPY\n");
}

TEST(Japanese, CountersNameWhatIsCounted) {
  EXPECT_EQ(all("巡視船6隻を供与", "ja"), "count 6隻 = 6 [6, 6] vessel noun=隻\n");
  EXPECT_EQ(all("5万人", "ja"), "count 5万人 = 50000 [45000, 55000] person noun=人\n");
  EXPECT_EQ(all("12カ国", "ja"), "count 12カ国 = 12 [12, 12] country noun=カ国\n");
}

TEST(Japanese, FullWidthDigits) {
  EXPECT_EQ(all("２８６億円", "ja"), "money ２８６億円 = 28600000000 [28550000000, 28650000000] JPY\n");
  EXPECT_EQ(all("約２，０００億円以上", "ja"),
            "money ２，０００億円以上 = 200000000000 [190000000000, inf) JPY (約)\n");
  EXPECT_EQ(all("１．５％", "ja"), "percent １．５％ = 1.5 [1.45, 1.55] %\n");
  EXPECT_EQ(all("巡視船６隻", "ja"), "count ６隻 = 6 [6, 6] vessel noun=隻\n");
  // Cut short or glued to other full-width forms, the scanner still moves on.
  EXPECT_EQ(all("\xEF\xBC", "ja"), "");
  EXPECT_EQ(all("\xEF\xBC\x91\xEF", "ja"), "number １ = 1 [1, 1]\n");
  EXPECT_EQ(all("１\xEF\xBC\x8C２", "ja"), "number １ = 1 [1, 1]\nnumber ２ = 2 [2, 2]\n");
}

TEST(Japanese, KanjiNumerals) {
  EXPECT_EQ(all("三百億円", "ja"), "money 三百億円 = 30000000000 [29950000000, 30050000000] JPY\n");
  EXPECT_EQ(all("約二千五百万人", "ja"), "count 二千五百万人 = 25000000 [23750000, 26250000] person (約) noun=人\n");
  EXPECT_EQ(all("巡視船二十隻", "ja"), "count 二十隻 = 20 [20, 20] vessel noun=隻\n");
  EXPECT_EQ(all("一兆二千億円", "ja"),
            "money 一兆二千億円 = 1200000000000 [1199950000000, 1200050000000] JPY\n");
  // Alone, or in words, they count nothing: 一部 (a part), 九州 (Kyushu), 三菱 (Mitsubishi).
  EXPECT_EQ(all("一部の九州の三菱", "ja"), "");
  // Multipliers must fall: 十百 is no number; digits in a row read as written ("二〇" is 20).
  EXPECT_EQ(all("十百人", "ja"), "count 百人 = 100 [100, 100] person noun=人\n");
  EXPECT_EQ(all("二〇人", "ja"), "count 二〇人 = 20 [20, 20] person noun=人\n");
}

TEST(Japanese, Dates) {
  EXPECT_EQ(all("2015年9月15日に", "ja"), "date 2015年9月15日 = 16693 [16693, 16693] date\n");
  EXPECT_EQ(all("2015年9月", "ja"), "date 2015年9月 = 16679 [16679, 16708] date\n");
  EXPECT_EQ(all("9月15日", "ja"), "date 9月15日 = 16693 [16693, 16693] date\n");  // year from the document
  // No thirteenth month; the day after it is no date either.
  EXPECT_EQ(all("13月5日", "ja"), "number 13 = 13 [13, 13]\n");
}

// 千 inside a group of a compound figure: "6兆8千億円" is 6.8 × 10^12, as precise as its 千億.
TEST(Japanese, ThousandsInsideCompoundGroups) {
  EXPECT_EQ(all("約6兆8千億円", "ja"),
            "money 6兆8千億円 = 6800000000000 [6460000000000, 7140000000000] JPY (約)\n");
  EXPECT_EQ(all("5兆5千億円", "ja"), "money 5兆5千億円 = 5500000000000 [5450000000000, 5550000000000] JPY\n");
  EXPECT_EQ(all("3千億円", "ja"), "money 3千億円 = 300000000000 [250000000000, 350000000000] JPY\n");
  EXPECT_EQ(all("12億3千万円", "ja"), "money 12億3千万円 = 1230000000 [1225000000, 1235000000] JPY\n");
  // Before a counter 千 is an ordinary scale.
  EXPECT_EQ(all("2千人", "ja"), "count 2千人 = 2000 [1500, 2500] person noun=人\n");
}

TEST(Japanese, TenthsAndOrdinals) {
  EXPECT_EQ(all("歳出の4割", "ja"), "percent 4割 = 40 [35, 45] %\n");
  EXPECT_EQ(all("三割", "ja"), "percent 三割 = 30 [25, 35] %\n");
  EXPECT_EQ(all("第3回会合", "ja"), "ordinal 第3回 = 3 [3, 3]\n");
  EXPECT_EQ(all("第三期計画", "ja"), "ordinal 第三期 = 3 [3, 3]\n");
  EXPECT_EQ(all("第12次", "ja"), "ordinal 第12次 = 12 [12, 12]\n");
  // The middle dot as a decimal point.
  EXPECT_EQ(all("伸び率は26・4%", "ja"), "percent 26・4% = 26.4 [26.35, 26.45] %\n");
}

TEST(Japanese, ApproximationWordsBeforeTheFigure) {
  EXPECT_EQ(all("ほぼ5割", "ja"), "percent 5割 = 50 [45, 55] % (ほぼ)\n");
  EXPECT_EQ(all("少なくとも300人", "ja"), "count 300人 = 300 [300, inf) person (少なくとも) noun=人\n");
}

}  // namespace
}  // namespace crosscheck
