// Money that agrees at the rate of another plausible date: one writer converted on the day of the
// announcement, the other on the day of publication. Searches the business days within
// kRateDateWindow of the date used and names the nearest at which the figures agree.
#include "diagnose/diagnosis_table.h"
#include "diagnose/figure_pairs.h"
#include "engine/compare.h"

#include <fmt/format.h>

#include <cstdlib>

namespace crosscheck {

namespace {

constexpr int kRateDateWindow = 45;  // days either side: a story's news cycle, not a season

}  // namespace

void diagnose_rate_date(const Finding& finding, const DiagnoseContext& context,
                        std::vector<Diagnosis>& out) {
  if (finding.status != Status::fail || !compares_figures(finding)) return;
  auto pair = disagreeing_pair(finding, context.tolerance);
  if (!pair) return;
  auto [i, j] = *pair;
  const MentionReport& a = finding.mentions[i];
  const MentionReport& b = finding.mentions[j];
  if (a.figure->kind != FigureKind::money || b.figure->kind != FigureKind::money) return;
  if (a.figure->unit == b.figure->unit) return;  // no rate between them
  // A power of ten apart is a scale slip, not a rate; no plausible date bridges it.
  if (power_of_ten_apart(a.normalised->value, b.normalised->value) > 0) return;
  std::optional<Date> used = conversion_date_of(finding, i);
  if (!used || !used->complete()) return;
  std::int64_t base = day_number(*used);
  // Nearest first; at equal distance the earlier day (an announcement precedes its reports).
  for (int distance = 1; distance <= kRateDateWindow; ++distance)
    for (int sign : {-1, 1}) {
      std::int64_t day = base + sign * distance;
      if (weekday(day) >= 5) continue;  // no rates are published at weekends
      Date date = date_from_day_number(day);
      auto na = renormalise(a, context, date);
      auto nb = renormalise(b, context, date);
      if (!na || !nb || !agree(*na, *nb, context.tolerance)) continue;
      const std::string& rate = !na->rate.empty() ? na->rate : nb->rate;
      out.push_back(
          {"rate-date",
           fmt::format("'{}' ({}) and '{}' ({}) agree at the rate of {} ({}), {} day{} {} the date "
                       "used ({}); the figures imply {}",
                       a.figure->text, a.source_id, b.figure->text, b.source_id, to_string(date), rate,
                       distance, distance == 1 ? "" : "s", sign < 0 ? "before" : "after",
                       to_string(*used), implied_rate(*a.figure, *b.figure)),
           finding.kind == "conversion-pair"
               ? fmt::format("the conversion was probably made at the rate of {}", to_string(date))
               : fmt::format("if a source converted at the rate of {} (an announcement date?), give "
                             "its mention or the claim as_of: {}",
                             to_string(date), to_string(date))});
      return;
    }
}

}  // namespace crosscheck
