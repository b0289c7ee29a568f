#include "base/interval.h"
#include "base/number.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(Number, ParsesPlainDecimals) {
  EXPECT_EQ(*parse_number("1.055"), Number("1.055"));
  EXPECT_EQ(*parse_number("-3"), Number(-3));
  EXPECT_FALSE(parse_number("inf"));
  EXPECT_FALSE(parse_number("2e3"));
  EXPECT_FALSE(parse_number("1.2.3"));
  EXPECT_FALSE(parse_number(""));
}

TEST(Number, FormatsPlainNotation) {
  EXPECT_EQ(format_number(Number("835")), "835");
  EXPECT_EQ(format_number(Number("0.5")), "0.5");
  EXPECT_EQ(format_number(Number("1.055")), "1.055");
  EXPECT_EQ(format_number(Number("100000000000")), "100000000000");
  EXPECT_EQ(format_number(Number("-0.00025")), "-0.00025");
  EXPECT_EQ(format_number(Number(1) / 3, 6), "0.333333");
  EXPECT_EQ(format_number(infinity()), "inf");
  EXPECT_EQ(format_number(Number(0)), "0");
}

TEST(Number, RoundsHalfAwayFromZero) {
  EXPECT_EQ(round_to(Number("119.755"), 2), Number("119.76"));
  EXPECT_EQ(round_to(Number("-2.5"), 0), Number(-3));
  EXPECT_EQ(pow10(-2), Number("0.01"));
}

TEST(Interval, GapIsZeroWhenOverlapping) {
  Interval a = Interval::closed(Number("828.5"), Number("829.5"));
  Interval b = Interval::closed(Number("831.6"), Number("840.0"));
  EXPECT_FALSE(overlaps(a, b));
  EXPECT_EQ(gap(a, b), Number("2.1"));
  EXPECT_EQ(gap(b, a), Number("2.1"));
  EXPECT_EQ(gap(a, hull(a, b)), 0);
}

TEST(Interval, OpenEndsDoNotTouch) {
  Interval more_than_100{100, infinity(), true, false};
  EXPECT_FALSE(overlaps(more_than_100, Interval::point(100)));
  EXPECT_TRUE(overlaps(more_than_100, Interval::point(101)));
  EXPECT_EQ(to_string(more_than_100), "(100, inf]");
}

}  // namespace
}  // namespace crosscheck
