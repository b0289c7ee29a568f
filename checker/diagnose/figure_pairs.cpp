#include "diagnose/figure_pairs.h"

#include "engine/compare.h"

#include <fmt/format.h>

namespace crosscheck {

bool compares_figures(const Finding& finding) {
  return finding.kind == "agree" || finding.kind == "conversion-pair";
}

std::optional<std::pair<std::size_t, std::size_t>> disagreeing_pair(const Finding& finding,
                                                                     const Tolerance& tolerance) {
  const auto& ms = finding.mentions;
  for (std::size_t i = 0; i < ms.size(); ++i)
    for (std::size_t j = i + 1; j < ms.size(); ++j) {
      if (!ms[i].figure || !ms[j].figure || !ms[i].normalised || !ms[j].normalised) continue;
      if (!agree(*ms[i].normalised, *ms[j].normalised, tolerance)) return std::pair{i, j};
    }
  return std::nullopt;
}

std::optional<Normalised> renormalise(const MentionReport& mention, const DiagnoseContext& context,
                                      const std::optional<Date>& date, const std::string& currency) {
  if (!mention.figure || !mention.normalised) return std::nullopt;
  Figure figure = *mention.figure;
  if (!currency.empty()) figure.unit = currency;
  std::string problem;
  return context.normaliser.to_unit(figure, mention.normalised->unit, date, problem);
}

std::optional<Date> conversion_date_of(const Finding& finding, std::size_t mention) {
  const auto& ms = finding.mentions;
  if (ms[mention].normalised && ms[mention].normalised->conversion_date)
    return ms[mention].normalised->conversion_date;
  for (const MentionReport& m : ms)
    if (m.normalised && m.normalised->conversion_date) return m.normalised->conversion_date;
  return std::nullopt;
}

std::string implied_rate(const Figure& a, const Figure& b) {
  if (a.value == 0 || b.value == 0) return "no rate (an amount is zero)";
  Number ratio = a.value / b.value;
  if (abs(ratio) >= 1) return fmt::format("{} {}/{}", format_number(ratio, 5), a.unit, b.unit);
  return fmt::format("{} {}/{}", format_number(1 / ratio, 5), b.unit, a.unit);
}

}  // namespace crosscheck
