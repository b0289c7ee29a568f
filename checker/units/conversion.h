// Converting money figures between currencies at a date, recording the rate, date and table used.
#pragma once

#include "base/date.h"
#include "base/interval.h"
#include "base/number.h"
#include "units/rate_table.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct Conversion {
  Number nominal = 0;   // the nominal value in the target currency
  Interval value;       // the interval in the target currency
  std::string from;
  std::string to;
  ExchangeRate rate;    // from → to: units of `to` per one `from`
};

// Either a conversion or the reason there is none: a missing rate is never a silent pass.
struct ConversionResult {
  std::optional<Conversion> conversion;
  std::string failure;  // set exactly when `conversion` is empty

  explicit operator bool() const { return conversion.has_value(); }
  const Conversion& operator*() const { return *conversion; }
  const Conversion* operator->() const { return &*conversion; }
};

// Converts an amount given by its nominal value and interval. Fails on an unknown currency code, an
// incomplete date, or no rate on or within max_rate_age_days before the date.
ConversionResult convert(const RateTable& rates, const Number& nominal, const Interval& value,
                         std::string_view from, std::string_view to, const Date& date);

// The same for a bare amount (its interval is the point).
ConversionResult convert(const RateTable& rates, const Number& amount, std::string_view from,
                         std::string_view to, const Date& date);

// The reason convert() gives when there is no rate, e.g. "no JPY/VND rate on or within 10 days
// before 2015-09-15; no table has VND rates (add them with --rates FILE or a rule file's rates:)".
std::string no_rate_reason(const RateTable& rates, std::string_view from, std::string_view to,
                           const Date& date);

// The rate for people, in the direction that reads as a number above one:
// "119.65 JPY/USD on 2015-09-15 (ECB euro reference rates, via EUR)". Direct rates keep their
// published digits; computed ones show five significant digits, as the ECB publishes.
// When the rate is of an earlier day than asked: "... on 2015-09-18 for 2015-09-19 (...)".
std::string describe(const ExchangeRate& rate);

// Every published rate within ±days of `date` (see RateTable::rates_around), for a diagnosis that
// looks for the date at which two figures agree.
std::vector<ExchangeRate> rates_around(const RateTable& rates, std::string_view from, std::string_view to,
                                       const Date& date, int days);

}  // namespace crosscheck
