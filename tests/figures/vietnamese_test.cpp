// Vietnamese figures: scale words, currency names, number words from CLDR's spell-out rules with
// "mươi", "linh/lẻ", classifiers and counted nouns, "thứ" ordinals, approximation words.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;

TEST(Vietnamese, ScaleWordsAndCurrencies) {
  EXPECT_EQ(all("khoản vay 12,5 tỷ yên", "vi"), "money 12,5 tỷ yên = 12500000000 [12450000000, 12550000000] JPY\n");
  EXPECT_EQ(all("giá 5 triệu đồng", "vi"), "money 5 triệu đồng = 5000000 [4500000, 5500000] VND\n");
  EXPECT_EQ(all("7,2 tỉ đô la Mỹ", "vi"), "money 7,2 tỉ đô la Mỹ = 7200000000 [7150000000, 7250000000] USD\n");
  EXPECT_EQ(all("80 nghìn euro", "vi"), "money 80 nghìn euro = 80000 [79500, 80500] EUR\n");
  EXPECT_EQ(all("tăng 4 phần trăm", "vi"), "percent 4 phần trăm = 4 [3.5, 4.5] %\n");
}

TEST(Vietnamese, NumberWordsWithNouns) {
  EXPECT_EQ(all("hai mươi lăm người", "vi"), "count hai mươi lăm người = 25 [25, 25] person noun=người\n");
  EXPECT_EQ(all("một trăm linh bảy hộ", "vi"), "count một trăm linh bảy hộ = 107 [107, 107] household noun=hộ\n");
  EXPECT_EQ(all("chín mươi tư chiếc", "vi"), "count chín mươi tư chiếc = 94 [94, 94] item noun=chiếc\n");
  EXPECT_EQ(all("ba giai đoạn", "vi"), "count ba giai đoạn = 3 [3, 3] phase noun=giai đoạn\n");
  EXPECT_EQ(all("hơn 3.500 chiếc", "vi"), "count 3.500 chiếc = 3500 (3500, inf) item (hơn) noun=chiếc\n");
  // Alone, a number word is no figure: "năm" is also "year", "một" also "a".
  EXPECT_EQ(all("Năm nay có một điều mới.", "vi"), "");
}

TEST(Vietnamese, LabelsAreNoFigures) {
  EXPECT_EQ(all("dự án thành phần 2 và Điều 6, khoản 3", "vi"), "");
  EXPECT_EQ(all("con số 330.000 tỷ đồng", "vi"),
            "money 330.000 tỷ đồng = 330000000000000 [329999500000000, 330000500000000] VND\n");
}

TEST(Vietnamese, Durations) {
  EXPECT_EQ(all("trong 5 năm", "vi"), "duration 5 năm = 5 [5, 5] year\n");
  EXPECT_EQ(all("sau ba tháng", "vi"), "duration ba tháng = 3 [3, 3] month\n");
}

TEST(Vietnamese, Ordinals) {
  EXPECT_EQ(all("giai đoạn thứ tư", "vi"), "ordinal thứ tư = 4 [4, 4]\n");
  EXPECT_EQ(all("lần thứ nhất", "vi"), "ordinal thứ nhất = 1 [1, 1]\n");
  EXPECT_EQ(all("chuyến bay đầu tiên", "vi"), "ordinal đầu tiên = 1 [1, 1]\n");
  // "Thứ Hai" with a capital is Monday.
  EXPECT_EQ(all("vào Thứ Hai", "vi"), "");
}

TEST(Vietnamese, ApproximationWords) {
  EXPECT_EQ(all("khoảng 40 tỷ đồng", "vi"), "money 40 tỷ đồng = 40000000000 [38000000000, 42000000000] VND (khoảng)\n");
  EXPECT_EQ(all("gần 30 người", "vi"), "count 30 người = 30 [27, 30] person (gần) noun=người\n");
  EXPECT_EQ(all("ít nhất 12 chiếc", "vi"), "count 12 chiếc = 12 [12, inf) item (ít nhất) noun=chiếc\n");
  EXPECT_EQ(all("dưới 5 triệu đồng", "vi"), "money 5 triệu đồng = 5000000 [0, 5000000) VND (dưới)\n");
}

}  // namespace
}  // namespace crosscheck
