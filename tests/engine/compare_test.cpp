// Agreement under a tolerance: dates and years as whole days and years.
#include "engine/compare.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

Normalised point(long long value, std::string unit) {
  Normalised n;
  n.value = value;
  n.interval = Interval::point(Number(value));
  n.unit = std::move(unit);
  return n;
}

Tolerance relative(const char* amount) {
  Tolerance t;
  t.kind = Tolerance::Kind::relative;
  t.amount = Number(amount);
  return t;
}

TEST(Compare, AdjacentDaysNeverAgreeWhateverTheTolerance) {
  // 20058 and 20059: a relative tolerance of 1% would let days a month apart through.
  EXPECT_FALSE(agree(point(20058, "date"), point(20059, "date"), relative("0.01")));
  EXPECT_FALSE(agree(point(20058, "date"), point(20088, "date"), relative("0.5")));
  EXPECT_TRUE(agree(point(20058, "date"), point(20058, "date"), relative("0")));
  Normalised month = point(20058, "date");
  month.interval = Interval::closed(Number(20058), Number(20088));  // a month holds its days
  EXPECT_TRUE(agree(month, point(20070, "date"), relative("0.01")));
}

TEST(Compare, YearsAreWholeYears) {
  EXPECT_FALSE(agree(point(2019, "year-ad"), point(2020, "year-ad"), relative("0.01")));
  Normalised span = point(2019, "year-ad");
  span.interval = Interval::closed(Number(2019), Number(2020));  // "2019-20"
  EXPECT_TRUE(agree(span, point(2020, "year-ad"), relative("0")));
}

TEST(Compare, OtherUnitsUseTheTolerance) {
  EXPECT_TRUE(agree(point(20058, "vessel"), point(20059, "vessel"), relative("0.01")));
}

}  // namespace
}  // namespace crosscheck
