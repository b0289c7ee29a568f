// Calendar dates, possibly partial ("2015", "2015-09"), and their day numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

// A date as written; month or day 0 means the text did not state it.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool complete() const { return month != 0 && day != 0; }
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// "2015", "2015-09", "2015-09-15"; validates month and day ranges.
std::optional<Date> parse_iso_date(std::string_view text);

// "2015-09-15", "2015-09", "2015".
std::string to_string(const Date& date);

// Days since 1970-01-01 of a complete date (proleptic Gregorian).
std::int64_t day_number(int year, int month, int day);
std::int64_t day_number(const Date& date);
Date date_from_day_number(std::int64_t days);

int days_in_month(int year, int month);

// The first and last day a partial date covers ("2015-09" → 2015-09-01 .. 2015-09-30).
Date first_day(const Date& date);
Date last_day(const Date& date);

// 0 = Monday ... 6 = Sunday.
int weekday(std::int64_t day_number);

}  // namespace crosscheck
