#include "units/rate_table.h"

#include "units/ecb_rates_data.h"

#include <algorithm>
#include <limits>

namespace crosscheck {

namespace {

constexpr std::string_view euro = "EUR";

std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t end = line.find(separator, start);
    if (end == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, end - start));
    start = end + 1;
  }
}

// Both orders of a pair share one key, so that a user's USD/EUR replaces the ECB's EUR/USD.
std::string pair_key(std::string_view a, std::string_view b) {
  return a < b ? std::string(a) + "/" + std::string(b) : std::string(b) + "/" + std::string(a);
}

}  // namespace

// The ECB table: for each currency, its publication days (ascending) and the published digits
// (units per 1 EUR). The digits are views into the compiled-in literals, which never go away, and
// become Numbers only when a lookup uses them: parsing ~200,000 decimals up front would cost far
// more than the few lookups a run makes.
struct RateTable::BuiltIn {
  struct Series {
    std::vector<std::int32_t> days;
    std::vector<std::string_view> digits;
  };
  std::map<std::string, Series, std::less<>> by_currency;

  BuiltIn() {
    std::vector<std::string> columns;
    for (std::string_view chunk : ecb_rates_chunks()) {
      while (!chunk.empty()) {
        std::size_t end = chunk.find('\n');
        std::string_view line = chunk.substr(0, end);
        chunk = end == std::string_view::npos ? std::string_view() : chunk.substr(end + 1);
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string_view> fields = split(line, ',');
        if (fields.front() == "date") {
          columns.assign(fields.begin() + 1, fields.end());
          continue;
        }
        // The generated table is checked by a test against the ECB's layout rules, so a malformed
        // line can only be a hand edit; it is skipped rather than trusted.
        std::optional<Date> date = parse_iso_date(fields.front());
        if (!date || !date->complete() || fields.size() > columns.size() + 1) continue;
        auto day = static_cast<std::int32_t>(day_number(*date));
        for (std::size_t i = 1; i < fields.size(); ++i) {
          if (fields[i].empty()) continue;
          Series& series = by_currency[columns[i - 1]];
          series.days.push_back(day);
          series.digits.push_back(fields[i]);
        }
      }
    }
  }
};

struct RateTable::Edge {
  std::int64_t day = 0;
  std::string_view digits;           // a built-in rate, or
  const UserRate* user = nullptr;    // a user rate
  bool flip = false;                 // the stored rate is a per b; the edge wants b per a
  std::string_view table;
};

RateTable::RateTable() = default;

RateTable RateTable::built_in() {
  static const std::shared_ptr<const BuiltIn> shared = std::make_shared<const BuiltIn>();
  RateTable table;
  table.built_in_ = shared;
  return table;
}

bool RateTable::add(const Date& date, std::string_view base, std::string_view quote, const Number& rate,
                    std::string_view table) {
  if (!date.complete() || !(rate > 0) || is_infinite(rate) || base == quote) return false;
  auto name = std::find(tables_.begin(), tables_.end(), table);
  if (name == tables_.end()) name = tables_.insert(tables_.end(), std::string(table));
  auto index = static_cast<std::uint16_t>(name - tables_.begin());
  user_[pair_key(base, quote)][day_number(date)] = UserRate{rate, index, base > quote};
  for (auto [from, to] : {std::pair{base, quote}, std::pair{quote, base}}) {
    std::vector<std::string>& list = user_neighbours_[std::string(from)];
    auto at = std::lower_bound(list.begin(), list.end(), to);
    if (at == list.end() || *at != to) list.insert(at, std::string(to));
  }
  return true;
}

std::optional<RateTable::Edge> RateTable::edge(const std::string& a, const std::string& b,
                                              std::int64_t day) const {
  std::optional<Edge> found;
  if (built_in_ && (a == euro) != (b == euro)) {
    auto series = built_in_->by_currency.find(a == euro ? b : a);
    if (series != built_in_->by_currency.end()) {
      const auto& days = series->second.days;
      auto after = std::upper_bound(days.begin(), days.end(), day);
      if (after != days.begin()) {
        auto i = static_cast<std::size_t>(after - days.begin()) - 1;
        // ECB rates are units per 1 EUR: EUR→X as published, X→EUR inverted.
        found = Edge{days[i], series->second.digits[i], nullptr, a != euro, ecb_table_name};
      }
    }
  }
  auto pair = user_.find(pair_key(a, b));
  if (pair != user_.end()) {
    auto after = pair->second.upper_bound(day);
    // A user rate of the same day replaces the built-in one.
    if (after != pair->second.begin() && (!found || std::prev(after)->first >= found->day)) {
      const auto& [user_day, user] = *std::prev(after);
      // The stored rate is quote per base as given; base > quote means it was given for the pair in
      // the other order from the key's.
      bool a_first = a < b;
      found = Edge{user_day, {}, &user, a_first == user.inverted, tables_[user.table]};
    }
  }
  if (found && day - found->day > (found->user ? max_user_rate_age_days : max_rate_age_days)) return std::nullopt;
  return found;
}

std::vector<std::string> RateTable::neighbours(const std::string& code) const {
  std::vector<std::string> out;
  if (built_in_) {
    if (code == euro) {
      for (const auto& [other, series] : built_in_->by_currency) out.push_back(other);
    } else if (built_in_->by_currency.contains(code)) {
      out.emplace_back(euro);
    }
  }
  auto user = user_neighbours_.find(code);
  if (user != user_neighbours_.end()) out.insert(out.end(), user->second.begin(), user->second.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<ExchangeRate> RateTable::lookup(const std::string& base, const std::string& quote,
                                              const Date& date, std::int64_t* newest_leg_day) const {
  if (!date.complete()) return std::nullopt;
  std::int64_t day = day_number(date);
  if (base == quote) {
    if (newest_leg_day) *newest_leg_day = day;
    return ExchangeRate{base, quote, 1, date, date, "", {}, {}};
  }

  // Paths of up to three legs: direct, through one currency (X→EUR→Y), or through two (a user's
  // USD/VND reached from JPY: JPY→EUR→USD→VND). The currency graph is small (tens of codes), so
  // the search costs a few dozen O(log n) lookups.
  struct Path {
    std::vector<std::string> codes;
    std::vector<Edge> edges;
    std::int64_t oldest = 0;
  };
  std::optional<Path> best;
  auto consider = [&](std::vector<std::string> codes) {
    Path path{std::move(codes), {}, std::numeric_limits<std::int64_t>::max()};
    for (std::size_t i = 0; i + 1 < path.codes.size(); ++i) {
      std::optional<Edge> e = edge(path.codes[i], path.codes[i + 1], day);
      if (!e) return;
      path.oldest = std::min(path.oldest, e->day);
      path.edges.push_back(*e);
    }
    // Paths come shortest first and in code order, so only a strictly fresher one replaces the best.
    if (!best || path.oldest > best->oldest) best = std::move(path);
  };
  // A path whose oldest leg is of the day asked cannot be beaten by a longer one.
  auto settled = [&] { return best && best->oldest == day; };
  consider({base, quote});
  std::vector<std::string> first_hops = settled() ? std::vector<std::string>() : neighbours(base);
  for (const std::string& p : first_hops)
    if (p != quote) consider({base, p, quote});
  for (const std::string& p : first_hops) {
    if (p == quote || settled()) continue;
    for (const std::string& q : neighbours(p))
      if (q != base && q != quote) consider({base, p, q, quote});
  }
  if (!best) return std::nullopt;

  ExchangeRate out;
  out.base = base;
  out.quote = quote;
  out.date_asked = date;
  out.date_used = date_from_day_number(best->oldest);
  out.via.assign(best->codes.begin() + 1, best->codes.end() - 1);
  // One division at the end keeps the result as exact as 50 digits allow.
  Number numerator = 1;
  Number denominator = 1;
  std::int64_t newest = best->oldest;
  for (std::size_t i = 0; i < best->edges.size(); ++i) {
    const Edge& e = best->edges[i];
    Number stored = e.user ? e.user->rate : Number(std::string(e.digits));
    (e.flip ? denominator : numerator) *= stored;
    newest = std::max(newest, e.day);
    out.legs.push_back({best->codes[i], best->codes[i + 1], e.flip ? Number(1) / stored : stored,
                        date_from_day_number(e.day), std::string(e.table)});
    if (out.table.find(e.table) == std::string::npos)
      out.table += (out.table.empty() ? "" : " + ") + std::string(e.table);
  }
  out.rate = numerator / denominator;
  if (newest_leg_day) *newest_leg_day = newest;
  return out;
}

std::optional<ExchangeRate> RateTable::rate(std::string_view base, std::string_view quote,
                                            const Date& date) const {
  return lookup(std::string(base), std::string(quote), date, nullptr);
}

std::vector<ExchangeRate> RateTable::rates_around(std::string_view base, std::string_view quote,
                                                  const Date& date, int days) const {
  std::vector<ExchangeRate> out;
  if (!date.complete() || base == quote || days < 0) return out;
  std::int64_t centre = day_number(date);
  for (std::int64_t day = centre - days; day <= centre + days; ++day) {
    std::int64_t newest = 0;
    std::optional<ExchangeRate> found =
        lookup(std::string(base), std::string(quote), date_from_day_number(day), &newest);
    // Only the days on which a rate was published: the others repeat an earlier day's rate.
    if (found && newest == day) out.push_back(std::move(*found));
  }
  return out;
}

bool RateTable::has_rates_for(std::string_view code) const {
  if (built_in_ && (code == euro ? !built_in_->by_currency.empty() : built_in_->by_currency.contains(code)))
    return true;
  return user_neighbours_.contains(code);
}

std::optional<Date> RateTable::newest_built_in_date() const {
  if (!built_in_) return std::nullopt;
  std::int64_t newest = -1;
  for (const auto& [code, series] : built_in_->by_currency)
    if (!series.days.empty()) newest = std::max<std::int64_t>(newest, series.days.back());
  if (newest < 0) return std::nullopt;
  return date_from_day_number(newest);
}

}  // namespace crosscheck
