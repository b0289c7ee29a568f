#include "units/conversion.h"

#include "units/currency.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace crosscheck {

namespace {

std::string rate_text(const ExchangeRate& rate) {
  bool one_leg = rate.legs.size() == 1;
  bool as_published = one_leg && rate.legs.front().base == rate.base;  // not an inverted leg
  if (rate.rate >= 1) {
    return fmt::format("{} {}/{}", format_number(rate.rate, as_published ? 15 : 5), rate.quote, rate.base);
  }
  bool inverse_published = one_leg && rate.legs.front().base == rate.quote;
  Number inverse = Number(1) / rate.rate;
  return fmt::format("{} {}/{}", format_number(inverse, inverse_published ? 15 : 5), rate.base, rate.quote);
}

}  // namespace

std::string no_rate_reason(const RateTable& rates, std::string_view from, std::string_view to,
                           const Date& date) {
  for (std::string_view code : {from, to})
    if (!is_known_currency(code)) return fmt::format("unknown currency code '{}'", code);
  if (!date.complete())
    return fmt::format("a full date (YYYY-MM-DD) is needed to pick an exchange rate, not {}", to_string(date));
  std::string reason = fmt::format("no {}/{} rate on or within {} days before {}", from, to,
                                   max_rate_age_days, to_string(date));
  for (std::string_view code : {from, to}) {
    if (!rates.has_rates_for(code)) {
      reason += fmt::format("; no table has {} rates (add them with --rates FILE or a rule file's rates:)", code);
      break;
    }
  }
  return reason;
}

ConversionResult convert(const RateTable& rates, const Number& nominal, const Interval& value,
                         std::string_view from, std::string_view to, const Date& date) {
  ConversionResult result;
  std::optional<ExchangeRate> rate;
  if (is_known_currency(from) && is_known_currency(to)) rate = rates.rate(from, to, date);
  if (!rate) {
    result.failure = no_rate_reason(rates, from, to, date);
    return result;
  }
  Conversion conversion;
  conversion.nominal = nominal * rate->rate;
  conversion.value = scaled(value, rate->rate);  // rates are positive: the ends keep their order
  conversion.from = std::string(from);
  conversion.to = std::string(to);
  conversion.rate = std::move(*rate);
  result.conversion = std::move(conversion);
  return result;
}

ConversionResult convert(const RateTable& rates, const Number& amount, std::string_view from,
                         std::string_view to, const Date& date) {
  return convert(rates, amount, Interval::point(amount), from, to, date);
}

std::string describe(const ExchangeRate& rate) {
  if (rate.base == rate.quote) return fmt::format("1 {}/{} (same currency)", rate.quote, rate.base);
  std::string when = to_string(rate.date_used);
  if (rate.date_used != rate.date_asked) when += " for " + to_string(rate.date_asked);
  std::string source = rate.table;
  if (!rate.via.empty()) source += ", via " + fmt::format("{}", fmt::join(rate.via, ", "));
  return fmt::format("{} on {} ({})", rate_text(rate), when, source);
}

std::vector<ExchangeRate> rates_around(const RateTable& rates, std::string_view from, std::string_view to,
                                       const Date& date, int days) {
  return rates.rates_around(from, to, date, days);
}

}  // namespace crosscheck
