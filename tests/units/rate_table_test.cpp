#include "units/rate_table.h"
#include "units_testing.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::date;
using testing::ecb;

// The data README's checks: the JPY column divided by the USD column, rounded to two places.
TEST(RateTable, UsdJpyCrossRatesMatchTheReferenceChecks) {
  const std::pair<const char*, const char*> checks[] = {
      {"2014-08-01", "102.96"}, {"2015-09-15", "119.65"}, {"2021-11-24", "115.17"}, {"2023-11-27", "148.72"}};
  for (auto [day, expected] : checks) {
    std::optional<ExchangeRate> rate = ecb().rate("USD", "JPY", date(day));
    ASSERT_TRUE(rate) << day;
    EXPECT_EQ(round_to(rate->rate, 2), Number(expected)) << day;
    EXPECT_EQ(rate->date_used, date(day));
    EXPECT_EQ(rate->table, ecb_table_name);
    EXPECT_EQ(rate->via, std::vector<std::string>{"EUR"});
  }
}

TEST(RateTable, CrossRateIsTheExactQuotientOfThePublishedRates) {
  // 2015-09-15: 1.132 USD and 135.44 JPY per EUR.
  std::optional<ExchangeRate> rate = ecb().rate("USD", "JPY", date("2015-09-15"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->rate, Number("135.44") / Number("1.132"));
  ASSERT_EQ(rate->legs.size(), 2u);
  EXPECT_EQ(rate->legs[0].base, "USD");
  EXPECT_EQ(rate->legs[0].quote, "EUR");
  EXPECT_EQ(rate->legs[0].rate, Number(1) / Number("1.132"));
  EXPECT_EQ(rate->legs[1].base, "EUR");
  EXPECT_EQ(rate->legs[1].quote, "JPY");
  EXPECT_EQ(rate->legs[1].rate, Number("135.44"));
  EXPECT_EQ(format_number(rate->rate, 20), "119.64664310954063604");
}

TEST(RateTable, EuroRatesAreThePublishedDigits) {
  std::optional<ExchangeRate> rate = ecb().rate("EUR", "USD", date("2015-09-15"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->rate, Number("1.132"));
  EXPECT_TRUE(rate->via.empty());
  ASSERT_EQ(rate->legs.size(), 1u);
  EXPECT_EQ(ecb().rate("EUR", "ROL", date("1999-01-04"))->rate, Number("1.3111e4"));
}

TEST(RateTable, InversePairIsTheReciprocal) {
  std::optional<ExchangeRate> usd_jpy = ecb().rate("USD", "JPY", date("2015-09-15"));
  std::optional<ExchangeRate> jpy_usd = ecb().rate("JPY", "USD", date("2015-09-15"));
  ASSERT_TRUE(usd_jpy && jpy_usd);
  EXPECT_EQ(jpy_usd->rate, Number("1.132") / Number("135.44"));
  EXPECT_LT(abs(usd_jpy->rate * jpy_usd->rate - 1), Number("1e-45"));
  EXPECT_EQ(ecb().rate("USD", "EUR", date("2015-09-15"))->rate, Number(1) / Number("1.132"));
}

TEST(RateTable, WeekendUsesFridaysRateAndSaysSo) {
  // 2015-09-19 is a Saturday, 2015-09-20 a Sunday.
  for (const char* day : {"2015-09-19", "2015-09-20"}) {
    std::optional<ExchangeRate> rate = ecb().rate("USD", "JPY", date(day));
    ASSERT_TRUE(rate) << day;
    EXPECT_EQ(rate->date_used, date("2015-09-18")) << day;
    EXPECT_EQ(rate->date_asked, date(day));
    EXPECT_EQ(rate->rate, Number("136.31") / Number("1.1419"));
  }
}

TEST(RateTable, HolidaysUseTheLastBusinessDay) {
  // Christmas and Boxing Day 2015 (Friday, Saturday) and the Sunday after: Thursday 24th.
  EXPECT_EQ(ecb().rate("EUR", "USD", date("2015-12-27"))->date_used, date("2015-12-24"));
  // Easter 2015: Good Friday 3 April to Easter Monday 6 April; Thursday 2 April.
  EXPECT_EQ(ecb().rate("EUR", "USD", date("2015-04-06"))->date_used, date("2015-04-02"));
}

TEST(RateTable, NoRateBeforeTheFirstPublication) {
  EXPECT_FALSE(ecb().rate("USD", "JPY", date("1998-12-31")));
  EXPECT_FALSE(ecb().rate("EUR", "USD", date("1999-01-03")));
  EXPECT_TRUE(ecb().rate("EUR", "USD", date("1999-01-04")));
}

TEST(RateTable, NeverUsesAStaleRate) {
  // The ECB's last Cyprus pound rate was of 2007-12-31.
  std::optional<ExchangeRate> last = ecb().rate("EUR", "CYP", date("2008-01-05"));
  ASSERT_TRUE(last);
  EXPECT_EQ(last->date_used, date("2007-12-31"));
  EXPECT_TRUE(ecb().rate("EUR", "CYP", date("2008-01-10")));
  EXPECT_FALSE(ecb().rate("EUR", "CYP", date("2008-01-11")));
  // Well after the last date of the table.
  EXPECT_FALSE(ecb().rate("USD", "JPY", date("2099-01-01")));
}

TEST(RateTable, NoRateForACurrencyTheEcbDoesNotPublish) {
  EXPECT_FALSE(ecb().rate("USD", "VND", date("2015-09-15")));
  EXPECT_FALSE(ecb().has_rates_for("VND"));
  EXPECT_TRUE(ecb().has_rates_for("JPY"));
  EXPECT_TRUE(ecb().has_rates_for("EUR"));
}

TEST(RateTable, NeedsACompleteDate) {
  EXPECT_FALSE(ecb().rate("USD", "JPY", date("2015-09")));
  EXPECT_FALSE(ecb().rate("USD", "JPY", date("2015")));
}

TEST(RateTable, SameCurrencyIsOne) {
  std::optional<ExchangeRate> rate = ecb().rate("USD", "USD", date("2015-09-19"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->rate, Number(1));
  EXPECT_TRUE(rate->legs.empty());
}

TEST(RateTable, UserRateReplacesTheBuiltInOneOfItsDateAndPair) {
  RateTable table = RateTable::built_in();
  table.add(date("2015-09-15"), "EUR", "USD", Number("1.2"), "mine.csv");
  std::optional<ExchangeRate> rate = table.rate("EUR", "USD", date("2015-09-15"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->rate, Number("1.2"));
  EXPECT_EQ(rate->table, "mine.csv");
  // Cross rates use it too, and name both tables.
  std::optional<ExchangeRate> cross = table.rate("USD", "JPY", date("2015-09-15"));
  EXPECT_EQ(cross->rate, Number("135.44") / Number("1.2"));
  EXPECT_EQ(cross->table, "mine.csv + ECB euro reference rates");
  // Other dates keep the ECB's rate; the built-in table itself is untouched.
  EXPECT_EQ(table.rate("EUR", "USD", date("2015-09-16"))->table, ecb_table_name);
  EXPECT_EQ(ecb().rate("EUR", "USD", date("2015-09-15"))->rate, Number("1.132"));
}

TEST(RateTable, UserRateInTheOtherOrderReplacesToo) {
  RateTable table = RateTable::built_in();
  table.add(date("2015-09-15"), "USD", "EUR", Number("0.8"), "mine.csv");
  EXPECT_EQ(table.rate("EUR", "USD", date("2015-09-15"))->rate, Number("1.25"));
  EXPECT_EQ(table.rate("USD", "EUR", date("2015-09-15"))->rate, Number("0.8"));
}

TEST(RateTable, DirectUserRateBeatsTheCrossRateOfTheSameDay) {
  RateTable table = RateTable::built_in();
  table.add(date("2015-09-15"), "USD", "JPY", Number("120"), "mine.csv");
  std::optional<ExchangeRate> rate = table.rate("JPY", "USD", date("2015-09-15"));
  EXPECT_EQ(rate->rate, Number(1) / 120);
  EXPECT_TRUE(rate->via.empty());
  // A day later the ECB has a fresher rate than the user's.
  EXPECT_EQ(table.rate("USD", "JPY", date("2015-09-16"))->table, ecb_table_name);
}

TEST(RateTable, VndFromAUserRateAlone) {
  RateTable table = RateTable::built_in();
  table.add(date("2015-09-15"), "USD", "VND", Number("22450"), "vnd.csv");
  std::optional<ExchangeRate> direct = table.rate("USD", "VND", date("2015-09-15"));
  ASSERT_TRUE(direct);
  EXPECT_EQ(direct->rate, Number(22450));
  EXPECT_EQ(direct->table, "vnd.csv");
  EXPECT_EQ(table.rate("VND", "USD", date("2015-09-15"))->rate, Number(1) / 22450);
  // JPY → EUR → USD → VND.
  std::optional<ExchangeRate> cross = table.rate("JPY", "VND", date("2015-09-15"));
  ASSERT_TRUE(cross);
  EXPECT_EQ(cross->via, (std::vector<std::string>{"EUR", "USD"}));
  EXPECT_EQ(cross->rate, Number("1.132") * 22450 / Number("135.44"));
  EXPECT_EQ(cross->table, "ECB euro reference rates + vnd.csv");
  // The oldest leg dates the cross rate. A user's rate holds until the table's next entry, for up
  // to a year (a central bank's rate changes when it is announced); the built-in ones ten days.
  std::optional<ExchangeRate> later = table.rate("JPY", "VND", date("2015-09-21"));
  ASSERT_TRUE(later);
  EXPECT_EQ(later->date_used, date("2015-09-15"));
  std::optional<ExchangeRate> months_later = table.rate("USD", "VND", date("2015-12-01"));
  ASSERT_TRUE(months_later);
  EXPECT_EQ(months_later->date_used, date("2015-09-15"));
  EXPECT_FALSE(table.rate("USD", "VND", date("2016-09-20")));
  EXPECT_FALSE(table.rate("USD", "JPY", date("2027-01-01")));
  EXPECT_TRUE(table.has_rates_for("VND"));
}

TEST(RateTable, AddRefusesWhatIsNotARate) {
  RateTable table;
  EXPECT_FALSE(table.add(date("2015-09"), "USD", "VND", Number(22450), "r.csv"));
  EXPECT_FALSE(table.add(date("2015-09-15"), "USD", "VND", Number(0), "r.csv"));
  EXPECT_FALSE(table.add(date("2015-09-15"), "USD", "VND", Number(-1), "r.csv"));
  EXPECT_FALSE(table.add(date("2015-09-15"), "USD", "USD", Number(1), "r.csv"));
  EXPECT_FALSE(table.has_rates_for("VND"));
  EXPECT_TRUE(table.add(date("2015-09-15"), "USD", "VND", Number(22450), "r.csv"));
}

TEST(RateTable, EmptyTableHasNoRates) {
  RateTable table;
  EXPECT_FALSE(table.rate("EUR", "USD", date("2015-09-15")));
  table.add(date("2015-09-15"), "GBP", "USD", Number("1.55"), "gbp.csv");
  EXPECT_EQ(table.rate("USD", "GBP", date("2015-09-17"))->rate, Number(1) / Number("1.55"));
}

TEST(RateTable, RatesAroundListsPublicationDates) {
  std::vector<ExchangeRate> around = ecb().rates_around("USD", "JPY", date("2015-09-15"), 5);
  std::vector<Date> dates;
  for (const ExchangeRate& r : around) dates.push_back(r.date_used);
  // 10 to 20 September 2015, weekends skipped.
  EXPECT_EQ(dates, (std::vector<Date>{date("2015-09-10"), date("2015-09-11"), date("2015-09-14"),
                                      date("2015-09-15"), date("2015-09-16"), date("2015-09-17"),
                                      date("2015-09-18")}));
  EXPECT_EQ(around[3].rate, Number("135.44") / Number("1.132"));
  EXPECT_EQ(ecb().rates_around("USD", "JPY", date("2015-09-15"), 45).size(), 65u);
  EXPECT_TRUE(ecb().rates_around("USD", "VND", date("2015-09-15"), 45).empty());
}

}  // namespace
}  // namespace crosscheck
