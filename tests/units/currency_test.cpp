#include "units/currency.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace crosscheck {
namespace {

TEST(Currency, TableIsSortedAndUnique) {
  auto all = currencies();
  EXPECT_TRUE(std::adjacent_find(all.begin(), all.end(), [](const Currency& a, const Currency& b) {
                return a.code >= b.code;
              }) == all.end());
  for (const Currency& c : all) {
    EXPECT_EQ(c.code.size(), 3u) << c.code;
    EXPECT_TRUE(std::all_of(c.code.begin(), c.code.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        << c.code;
    EXPECT_FALSE(c.name.empty()) << c.code;
  }
}

TEST(Currency, KnowsTheCurrenciesOfTheNews) {
  for (std::string_view code : {"EUR", "USD", "JPY", "GBP", "CNY", "SGD", "KRW", "INR", "AUD", "VND", "TWD"})
    EXPECT_TRUE(is_known_currency(code)) << code;
  EXPECT_EQ(currency_name("VND"), "Vietnamese dong");
  EXPECT_EQ(currency_name("USD"), "US dollar");
  EXPECT_EQ(currency_name("JPY"), "Japanese yen");
}

TEST(Currency, KnowsWithdrawnCodesOfTheEcbHistory) {
  for (std::string_view code : {"CYP", "EEK", "HRK", "LTL", "LVL", "MTL", "ROL", "SIT", "SKK", "TRL"}) {
    ASSERT_NE(find_currency(code), nullptr) << code;
    EXPECT_FALSE(find_currency(code)->current) << code;
  }
  EXPECT_TRUE(find_currency("RUB")->current);
}

TEST(Currency, RejectsUnknownAndMisCasedCodes) {
  EXPECT_FALSE(is_known_currency("XYZ"));
  EXPECT_FALSE(is_known_currency("usd"));
  EXPECT_FALSE(is_known_currency("US"));
  EXPECT_FALSE(is_known_currency(""));
  EXPECT_EQ(currency_name("XYZ"), "");
}

}  // namespace
}  // namespace crosscheck
