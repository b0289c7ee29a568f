// Values about a power of ten apart: the figure was probably read at the wrong scale (Japanese
// 億 = 10⁸ read as "million", thousand/million, lakh/crore, a decimal separator taken for a
// thousands separator). Names the figure that would agree.
#include "diagnose/diagnosis_table.h"
#include "engine/amount_format.h"
#include "engine/compare.h"

#include <fmt/format.h>

namespace crosscheck {

namespace {

std::string likely_cause(int power, const Figure& a, const Figure& b) {
  bool yen = a.unit == "JPY" || b.unit == "JPY";
  bool rupee = a.unit == "INR" || b.unit == "INR";
  if (power == 2 && yen)
    return "Japanese 億 (10⁸) read as \"million\": 286億円 is 28.6 billion yen, not 286 million";
  if (power == 4 && yen) return "Japanese 万 (10⁴) dropped or read as a unit";
  if (power == 1 && rupee) return "lakh/crore confusion (1 crore = 10 lakh = 10 million)";
  if (power == 2 && rupee) return "lakh read as a thousand (1 lakh = 100,000)";
  if (power == 3)
    return "thousand/million or million/billion confusion, or a decimal comma read as a "
           "thousands separator";
  return fmt::format("a slip of {} decimal place{}", power, power == 1 ? "" : "s");
}

}  // namespace

void diagnose_scale_slip(const Finding& finding, const DiagnoseContext&,
                         std::vector<Diagnosis>& out) {
  if (finding.status != Status::fail) return;
  const auto& ms = finding.mentions;
  for (std::size_t i = 0; i < ms.size(); ++i) {
    for (std::size_t j = i + 1; j < ms.size(); ++j) {
      if (!ms[i].normalised || !ms[j].normalised || !ms[i].figure || !ms[j].figure) continue;
      int power = power_of_ten_apart(ms[i].normalised->value, ms[j].normalised->value);
      if (power == 0) continue;
      bool i_smaller = abs(ms[i].normalised->value) < abs(ms[j].normalised->value);
      const MentionReport& small = i_smaller ? ms[i] : ms[j];
      const MentionReport& large = i_smaller ? ms[j] : ms[i];
      Number factor = pow10(power);
      // A yen figure is the usual suspect of a 億 slip; otherwise offer the smaller one scaled up
      // first, then the larger one scaled down.
      bool blame_large = large.figure->unit == "JPY" && small.figure->unit != "JPY";
      std::string up = fmt::format("'{}' would agree as {}", small.figure->text,
                                   describe_amount(small.figure->value * factor, small.figure->unit));
      std::string down = fmt::format("'{}' would agree as {}", large.figure->text,
                                     describe_amount(large.figure->value / factor, large.figure->unit));
      out.push_back(
          {"scale-slip",
           fmt::format("'{}' ({}) and '{}' ({}) differ by a factor of {}; likely cause: {}",
                       ms[i].figure->text, ms[i].source_id, ms[j].figure->text, ms[j].source_id,
                       format_number(factor), likely_cause(power, *ms[i].figure, *ms[j].figure)),
           blame_large ? down + "; or " + up : up + "; or " + down});
      return;
    }
  }
}

}  // namespace crosscheck
