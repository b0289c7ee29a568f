#include "units/conversion.h"
#include "units_testing.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::date;
using testing::ecb;

TEST(Conversion, HundredBillionYenInDollarsOnSeptember15th2015) {
  // "100 billion yen" as written: [99.5, 100.5] billion.
  Interval yen = Interval::closed(Number("99.5e9"), Number("100.5e9"));
  ConversionResult result = convert(ecb(), Number("100e9"), yen, "JPY", "USD", date("2015-09-15"));
  ASSERT_TRUE(result) << result.failure;
  EXPECT_TRUE(result.failure.empty());
  // Exactly 1e11 × 1.132 / 135.44. (Dividing by the rounded 119.65 would give 835.77 million.)
  EXPECT_EQ(result->nominal, Number("100e9") * (Number("1.132") / Number("135.44")));
  EXPECT_EQ(round_to(result->nominal, 2), Number("835794447.73"));
  EXPECT_EQ(round_to(result->value.low, 0), Number("831615475"));
  EXPECT_EQ(round_to(result->value.high, 0), Number("839973420"));
  EXPECT_FALSE(result->value.low_open);
  EXPECT_EQ(result->from, "JPY");
  EXPECT_EQ(result->to, "USD");
  EXPECT_EQ(result->rate.date_used, date("2015-09-15"));
  EXPECT_EQ(result->rate.table, ecb_table_name);
  EXPECT_EQ(describe(result->rate), "119.65 JPY/USD on 2015-09-15 (ECB euro reference rates, via EUR)");
}

TEST(Conversion, PlainAmountAndOpenIntervals) {
  ConversionResult plain = convert(ecb(), Number(1000), "EUR", "USD", date("2015-09-15"));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->nominal, Number(1132));
  EXPECT_TRUE(plain->value.is_point());
  EXPECT_EQ(describe(plain->rate), "1.132 USD/EUR on 2015-09-15 (ECB euro reference rates)");

  // "more than 100 billion yen": (1e11, inf).
  Interval more{Number("100e9"), infinity(), true, true};
  ConversionResult open = convert(ecb(), Number("100e9"), more, "JPY", "USD", date("2015-09-15"));
  ASSERT_TRUE(open);
  EXPECT_TRUE(open->value.low_open);
  EXPECT_TRUE(is_infinite(open->value.high));
}

TEST(Conversion, SaysWhichEarlierDateItUsed) {
  ConversionResult result = convert(ecb(), Number(1), "USD", "JPY", date("2015-09-19"));
  ASSERT_TRUE(result);
  EXPECT_EQ(describe(result->rate),
            "119.37 JPY/USD on 2015-09-18 for 2015-09-19 (ECB euro reference rates, via EUR)");
}

TEST(Conversion, InvertedPublishedRateReadsAboveOne) {
  ConversionResult result = convert(ecb(), Number(1), "USD", "EUR", date("2015-09-15"));
  ASSERT_TRUE(result);
  EXPECT_EQ(describe(result->rate), "1.132 USD/EUR on 2015-09-15 (ECB euro reference rates)");
}

TEST(Conversion, NoRateIsAnExplicitFailure) {
  ConversionResult result = convert(ecb(), Number(1), "JPY", "VND", date("2015-09-15"));
  EXPECT_FALSE(result);
  EXPECT_FALSE(result.conversion);
  EXPECT_EQ(result.failure,
            "no JPY/VND rate on or within 10 days before 2015-09-15; no table has VND rates "
            "(add them with --rates FILE or a rule file's rates:)");

  ConversionResult early = convert(ecb(), Number(1), "USD", "JPY", date("1998-12-31"));
  EXPECT_FALSE(early);
  EXPECT_EQ(early.failure, "no USD/JPY rate on or within 10 days before 1998-12-31");
}

TEST(Conversion, UnknownCodeAndPartialDateFail) {
  EXPECT_EQ(convert(ecb(), Number(1), "XYZ", "USD", date("2015-09-15")).failure,
            "unknown currency code 'XYZ'");
  EXPECT_EQ(convert(ecb(), Number(1), "USD", "usd", date("2015-09-15")).failure,
            "unknown currency code 'usd'");
  EXPECT_EQ(convert(ecb(), Number(1), "USD", "JPY", date("2015-09")).failure,
            "a full date (YYYY-MM-DD) is needed to pick an exchange rate, not 2015-09");
}

TEST(Conversion, VndThroughAUserRate) {
  RateTable table = RateTable::built_in();
  table.add(date("2015-09-15"), "USD", "VND", Number("22450"), "rates/vnd.csv");
  ConversionResult result = convert(table, Number("5e12"), "VND", "USD", date("2015-09-15"));
  ASSERT_TRUE(result) << result.failure;
  EXPECT_EQ(round_to(result->nominal, 2), Number("222717149.22"));
  EXPECT_EQ(describe(result->rate), "22450 VND/USD on 2015-09-15 (rates/vnd.csv)");
  ConversionResult yen = convert(table, Number("100e9"), "JPY", "VND", date("2015-09-15"));
  ASSERT_TRUE(yen);
  EXPECT_EQ(describe(yen->rate),
            "187.64 VND/JPY on 2015-09-15 (ECB euro reference rates + rates/vnd.csv, via EUR, USD)");
}

TEST(Conversion, SameCurrency) {
  ConversionResult result = convert(ecb(), Number(5), "USD", "USD", date("2015-09-15"));
  ASSERT_TRUE(result);
  EXPECT_EQ(result->nominal, Number(5));
  EXPECT_EQ(describe(result->rate), "1 USD/USD (same currency)");
}

TEST(Conversion, RatesAroundForTheRateDateDiagnosis) {
  std::vector<ExchangeRate> around = rates_around(ecb(), "JPY", "USD", date("2015-09-15"), 45);
  ASSERT_EQ(around.size(), 65u);
  EXPECT_EQ(around.front().date_used, date("2015-08-03"));
  EXPECT_EQ(around.back().date_used, date("2015-10-30"));
  for (std::size_t i = 1; i < around.size(); ++i) EXPECT_LT(around[i - 1].date_used, around[i].date_used);
}

}  // namespace
}  // namespace crosscheck
