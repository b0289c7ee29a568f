// Dated exchange rates — the built-in ECB table plus user rates — looked up with their provenance.
#pragma once

#include "base/date.h"
#include "base/number.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// The name every report gives the built-in table.
inline constexpr std::string_view ecb_table_name = "ECB euro reference rates";

// How far back a lookup may reach for the closest earlier rate. The ECB skips weekends and TARGET
// holidays (at most four days in a row, at Easter); ten days covers those with room to spare. A
// currency with no rate that close to the date has *no* rate: a stale rate is never used silently.
inline constexpr int max_rate_age_days = 10;
// A rates file the user gives lists the rates it means to hold until its next entry (a central
// bank's rate changes on the dates it is announced): its closest earlier rate is used up to a year
// back, and every report names the date used.
inline constexpr int max_user_rate_age_days = 366;

// One published rate a lookup used: units of `quote` per one `base`.
struct RateLeg {
  std::string base;
  std::string quote;
  Number rate = 0;
  Date date;
  std::string table;
};

// A rate with where it came from.
struct ExchangeRate {
  std::string base;
  std::string quote;
  Number rate = 0;              // units of quote per one base, exact to 50 digits
  Date date_asked;
  Date date_used;               // the rate's date (for a cross rate, the oldest of its legs)
  std::string table;            // "ECB euro reference rates", a rates file, or "A + B" when legs differ
  std::vector<std::string> via; // currencies crossed through, e.g. {"EUR"}; empty for a direct rate
  std::vector<RateLeg> legs;    // the published rates used, base to quote; empty when base == quote
};

// Copies are cheap (the built-in table is shared); const lookups may run on several threads.
class RateTable {
 public:
  // An empty table (no built-in rates).
  RateTable();

  // The ECB table compiled into the library; parsed once and shared by every copy.
  static RateTable built_in();

  // Adds the rate of (date, base/quote) — units of quote per one base, positive — or replaces the
  // one already there for that date and pair (its inverse pair included, built-in rates included).
  // `table` names where it came from (a file path). Adds nothing and returns false when the date is
  // not complete, the rate is not positive or base == quote (rate_csv reports those to the user).
  bool add(const Date& date, std::string_view base, std::string_view quote, const Number& rate,
           std::string_view table);

  // The rate on `date`, or on the closest earlier date that has one, at most max_rate_age_days
  // (max_user_rate_age_days for a user's rate) before; std::nullopt when there is none (or the date is not complete). Cross rates go through
  // other currencies (EUR for the ECB table) and are computed exactly. Among the ways to get a
  // rate, the one whose oldest leg is newest wins, then the one with fewer legs (so a user's direct
  // rate of the same date beats the ECB's cross rate), then the first in code order.
  std::optional<ExchangeRate> rate(std::string_view base, std::string_view quote, const Date& date) const;

  // Every date within ±days of `date` on which some table published a rate that the lookup of that
  // date uses, oldest first. For a "rate date" diagnosis: at which nearby date do figures agree?
  std::vector<ExchangeRate> rates_around(std::string_view base, std::string_view quote, const Date& date,
                                         int days) const;

  // The newest date of the built-in table (the default date of `crosscheck convert`).
  std::optional<Date> newest_built_in_date() const;

  // True when some table holds at least one rate for the currency (EUR: when any rate is held).
  bool has_rates_for(std::string_view code) const;

 private:
  struct BuiltIn;  // the parsed ECB table (defined in rate_table.cpp)
  // A user rate as given; `inverted` when it was given for the pair in the other order.
  struct UserRate {
    Number rate;
    std::uint16_t table = 0;
    bool inverted = false;
  };
  struct Edge;  // a rate found for one pair at one date (defined in rate_table.cpp)

  std::optional<Edge> edge(const std::string& a, const std::string& b, std::int64_t day) const;
  std::vector<std::string> neighbours(const std::string& code) const;
  std::optional<ExchangeRate> lookup(const std::string& base, const std::string& quote, const Date& date,
                                     std::int64_t* newest_leg_day) const;

  std::shared_ptr<const BuiltIn> built_in_;
  // Keyed by the pair in code order ("JPY/USD"), then by day number.
  std::map<std::string, std::map<std::int64_t, UserRate>, std::less<>> user_;
  std::map<std::string, std::vector<std::string>, std::less<>> user_neighbours_;
  std::vector<std::string> tables_;
};

}  // namespace crosscheck
