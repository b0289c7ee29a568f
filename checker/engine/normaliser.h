// Brings figures to one unit so they can be compared: currencies converted at a dated rate,
// counts of synonymous things ("ships", "boats", "vessels") counted as one thing.
#pragma once

#include "base/date.h"
#include "engine/finding.h"
#include "figures/figure.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

// Converts money; nullopt with `problem` set when there is no rate.
struct Converted {
  Interval interval;
  Number value = 0;
  std::string rate;  // provenance, for every report
};
using CurrencyConverter = std::function<std::optional<Converted>(
    const Interval& interval, const Number& value, const std::string& from, const std::string& to,
    const std::optional<Date>& date, std::string& problem)>;

// The unit two figures must share to be compared: the currency, the counted thing (synonyms
// folded: ship, boat, vessel → vessel), "%", "pp", "date", "day" for durations, "" for numbers.
std::string comparable_unit(const Figure& figure);

// The dimension: money, count, percent, percentage-points, date, duration, number, ordinal.
std::string dimension(const Figure& figure);

class Normaliser {
 public:
  Normaliser(CurrencyConverter converter, std::string currency)
      : converter_(std::move(converter)), currency_(std::move(currency)) {}

  // Brings every figure to one unit: the shared unit when they all have it, else (money) the
  // rule file's currency; counts of differently named things are taken as one thing (the caller
  // grouped them). `dates[i]` is the conversion date of figure i. Returns nullopt and sets
  // `problem` when they cannot be brought together.
  std::optional<std::vector<Normalised>> together(const std::vector<const Figure*>& figures,
                                                  const std::vector<std::optional<Date>>& dates,
                                                  std::string& problem) const;

  // One figure in a given unit.
  std::optional<Normalised> to_unit(const Figure& figure, const std::string& unit,
                                    const std::optional<Date>& date, std::string& problem) const;

  const std::string& currency() const { return currency_; }

 private:
  CurrencyConverter converter_;
  std::string currency_;
};

}  // namespace crosscheck
