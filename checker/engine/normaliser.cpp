#include "engine/normaliser.h"

#include "units/physical_units.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace crosscheck {

namespace {

// Things news text counts under several names; each folds to the first word of its row.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kSynonyms{{
    {"ship", "vessel"}, {"boat", "vessel"}, {"patrol boat", "vessel"}, {"patrol ship", "vessel"},
    {"patrol vessel", "vessel"}, {"craft", "vessel"}, {"plane", "aircraft"},
    {"airplane", "aircraft"}, {"jet", "aircraft"}, {"person", "people"},
    {"nation", "country"}, {"state", "country"},
}};

std::string fold_noun(std::string_view noun) {
  for (auto [word, canonical] : kSynonyms)
    if (noun == word) return std::string(canonical);
  return std::string(noun);
}

bool one_sided(Qualifier q) {
  return q == Qualifier::more_than || q == Qualifier::at_least || q == Qualifier::up_to ||
         q == Qualifier::less_than;
}

Normalised as_is(const Figure& figure, std::string unit) {
  Normalised n;
  n.interval = figure.interval;
  n.value = figure.value;
  n.unit = std::move(unit);
  n.one_sided = one_sided(figure.qualifier);
  return n;
}

// A physical quantity in another unit of its dimension ("640 km" in miles), converted by the
// factors UDUNITS-2 gives.
std::optional<Normalised> quantity_to_unit(const Figure& figure, const std::string& unit,
                                           std::string& problem) {
  if (auto converted = convert_units(figure.interval, figure.value, figure.unit, unit)) {
    Normalised n = as_is(figure, unit);
    n.interval = converted->interval;
    n.value = converted->value;
    return n;
  }
  const Dimension to = dimension_of(unit);
  problem = fmt::format("cannot compare '{}' ({} in {}) with {}", figure.text,
                        to_string(dimension_of(figure.unit)), figure.unit,
                        unit.empty() ? std::string("a number")
                        : to == Dimension::none ? unit
                                                : fmt::format("{} ({})", to_string(to), unit));
  return std::nullopt;
}

}  // namespace

std::string dimension(const Figure& figure) {
  switch (figure.kind) {
    case FigureKind::money: return "money";
    case FigureKind::count: return "count";
    case FigureKind::percent: return "percent";
    case FigureKind::percentage_points: return "percentage-points";
    case FigureKind::date:
    case FigureKind::date_range: return "date";
    case FigureKind::year: return "year";
    case FigureKind::duration: return "duration";
    case FigureKind::ordinal: return "ordinal";
    case FigureKind::number: return "number";
    case FigureKind::quantity: return std::string(to_string(dimension_of(figure.unit)));
  }
  return "number";
}

std::string comparable_unit(const Figure& figure) {
  switch (figure.kind) {
    case FigureKind::count: return fold_noun(figure.unit);
    case FigureKind::number: return "";
    default: return figure.unit;
  }
}

std::optional<Normalised> Normaliser::to_unit(const Figure& figure, const std::string& unit,
                                              const std::optional<Date>& date,
                                              std::string& problem) const {
  std::string own = comparable_unit(figure);
  if (own == unit) return as_is(figure, unit);
  // A year compared with a date is the range of its days.
  if (figure.kind == FigureKind::year && unit == "date") {
    Normalised n = as_is(figure, unit);
    // A span of years ("2019-20", "the 1990s") covers the days of each of its years.
    int year = figure.value.convert_to<int>();
    int last = figure.interval.bounded() ? figure.interval.high.convert_to<int>() : year;
    n.interval = Interval::closed(Number(day_number(year, 1, 1)), Number(day_number(std::max(year, last), 12, 31)));
    n.value = n.interval.low;
    return n;
  }
  // A bare number takes the unit of what it is compared with ("8" against "8 vessels").
  if (figure.kind == FigureKind::number) return as_is(figure, unit);
  if (figure.kind == FigureKind::money) {
    auto converted = converter_(figure.interval, figure.value, figure.unit, unit, date, problem);
    if (!converted) return std::nullopt;
    Normalised n;
    n.interval = converted->interval;
    n.value = converted->value;
    n.unit = unit;
    n.rate = converted->rate;
    n.one_sided = one_sided(figure.qualifier);
    n.conversion_date = date;
    return n;
  }
  if (figure.kind == FigureKind::quantity) return quantity_to_unit(figure, unit, problem);
  problem = fmt::format("cannot compare '{}' ({}{}{}) with {}", figure.text, dimension(figure),
                        own.empty() ? "" : " of ", own, unit.empty() ? "a number" : unit);
  return std::nullopt;
}

std::optional<std::vector<Normalised>> Normaliser::together(
    const std::vector<const Figure*>& figures, const std::vector<std::optional<Date>>& dates,
    std::string& problem) const {
  // The common unit: the one they all share, else the first non-number unit (money goes to the
  // rule file's currency when the currencies differ).
  std::string unit;
  bool all_same = true;
  bool has_unit = false;
  bool all_money = true;
  bool all_counts = true;
  for (const Figure* f : figures) {
    if (f->kind != FigureKind::money) all_money = false;
    if (f->kind != FigureKind::count && f->kind != FigureKind::number) all_counts = false;
    if (f->kind == FigureKind::number) continue;
    std::string u = comparable_unit(*f);
    if (f->kind == FigureKind::year) continue;  // joins dates, or stays a year if all are years
    if (!has_unit) {
      unit = u;
      has_unit = true;
    } else if (u != unit) {
      all_same = false;
    }
  }
  if (has_unit && !all_same && all_money) unit = currency_;
  if (!has_unit)
    for (const Figure* f : figures)
      if (f->kind == FigureKind::year) unit = f->unit;
  std::vector<Normalised> out;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    // Counts the rule file groups under one claim count one thing, whatever each text calls it
    // ("three stages", "three phases", "ba giai đoạn"): the claim says so, not a synonym list.
    if (all_counts && figures[i]->kind == FigureKind::count) {
      out.push_back(as_is(*figures[i], unit));
      out.back().conversion_date = dates[i];
      continue;
    }
    auto n = to_unit(*figures[i], unit, dates[i], problem);
    if (!n) return std::nullopt;
    n->conversion_date = dates[i];
    out.push_back(std::move(*n));
  }
  return out;
}

}  // namespace crosscheck
