#include "base/date.h"

#include <fmt/format.h>

namespace crosscheck {

namespace {
bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::optional<int> digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}
}  // namespace

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && leap(year)) return 29;
  return days[month - 1];
}

std::optional<Date> parse_iso_date(std::string_view text) {
  Date date;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  auto year = digits(text.substr(0, 4));
  if (!year || *year < 1) return std::nullopt;
  date.year = *year;
  if (text.size() >= 7) {
    if (text[4] != '-') return std::nullopt;
    auto month = digits(text.substr(5, 2));
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    date.month = *month;
  }
  if (text.size() == 10) {
    if (text[7] != '-') return std::nullopt;
    auto day = digits(text.substr(8, 2));
    if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
    date.day = *day;
  }
  return date;
}

std::string to_string(const Date& date) {
  if (date.month == 0) return fmt::format("{:04}", date.year);
  if (date.day == 0) return fmt::format("{:04}-{:02}", date.year, date.month);
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
std::int64_t day_number(int year, int month, int day) {
  std::int64_t y = year - (month <= 2 ? 1 : 0);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t mp = (month + 9) % 12;
  std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::int64_t day_number(const Date& date) {
  Date first = first_day(date);
  return day_number(first.year, first.month, first.day);
}

Date date_from_day_number(std::int64_t z) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = yoe + era * 400;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

Date first_day(const Date& date) {
  return {date.year, date.month == 0 ? 1 : date.month, date.day == 0 ? 1 : date.day};
}

Date last_day(const Date& date) {
  int month = date.month == 0 ? 12 : date.month;
  int day = date.day == 0 ? days_in_month(date.year, month) : date.day;
  return {date.year, month, day};
}

int weekday(std::int64_t days) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  std::int64_t w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

}  // namespace crosscheck
