// Figures whose difference lies within the stated precision of the less precise one. A comparison
// that passes only thanks to that precision gets an informational note (an editor may want the
// more precise figure in both places); one that fails by less than a unit of the last written digit
// was probably truncated or rounded twice, which is no contradiction of fact.
#include "diagnose/diagnosis_table.h"
#include "diagnose/figure_pairs.h"
#include "engine/amount_format.h"
#include "engine/compare.h"

#include <fmt/format.h>

namespace crosscheck {

namespace {

// An amount whose interval is only its stated precision: no approximation word; not a whole count
// or a calendar date, whose intervals are not roundings.
bool precision_only(const MentionReport& m) {
  if (!m.figure || !m.normalised || m.figure->qualifier != Qualifier::none) return false;
  FigureKind k = m.figure->kind;
  bool amount = k == FigureKind::money || k == FigureKind::number || k == FigureKind::percent ||
                k == FigureKind::percentage_points;
  return amount && m.normalised->interval.bounded() &&
         !m.normalised->interval.is_point();
}

Normalised nominal(const Normalised& n) {
  Normalised point = n;
  point.interval = Interval::point(n.value);
  point.one_sided = false;
  return point;
}

Number width(const Normalised& n) { return n.interval.high - n.interval.low; }

}  // namespace

void diagnose_rounding(const Finding& finding, const DiagnoseContext& context,
                       std::vector<Diagnosis>& out) {
  if (finding.status == Status::unresolved || !compares_figures(finding)) return;
  const auto& ms = finding.mentions;
  for (std::size_t i = 0; i < ms.size(); ++i)
    for (std::size_t j = i + 1; j < ms.size(); ++j) {
      if (!precision_only(ms[i]) || !precision_only(ms[j])) continue;
      const Normalised& a = *ms[i].normalised;
      const Normalised& b = *ms[j].normalised;
      const MentionReport& coarse = width(a) >= width(b) ? ms[i] : ms[j];
      const MentionReport& fine = width(a) >= width(b) ? ms[j] : ms[i];
      Number distance = abs(a.value - b.value);
      if (finding.status == Status::pass) {
        if (agree(nominal(a), nominal(b), context.tolerance)) continue;
        out.push_back(
            {"rounding",
             fmt::format("not a failure: '{}' ({}) and '{}' ({}) agree only within the stated "
                         "precision of '{}', which stands for {}",
                         ms[i].figure->text, ms[i].source_id, ms[j].figure->text, ms[j].source_id,
                         coarse.figure->text, describe_normalised(*coarse.normalised)),
             finding.kind == "conversion-pair"
                 ? fmt::format("the rate the pair implies may be far from the day's; only a more "
                               "precise '{}' would tell",
                               coarse.figure->text)
                 : fmt::format("quote the more precise '{}' in both places if it is the same figure",
                               fine.figure->text)});
        return;
      }
      // Failed: within one whole unit of the coarser figure's last digit (3.99 written as 3.9).
      if (agree(a, b, context.tolerance) || distance > width(*coarse.normalised)) continue;
      out.push_back(
          {"rounding",
           fmt::format("'{}' ({}) and '{}' ({}) differ by {}, less than one unit of the last digit "
                       "of '{}': one of them was probably truncated or rounded twice",
                       ms[i].figure->text, ms[i].source_id, ms[j].figure->text, ms[j].source_id,
                       describe_amount(distance, a.unit == "%" ? "pp" : a.unit), coarse.figure->text),
           "if both round the same amount, widen the claim's tolerance or quote the more precise "
           "figure"});
      return;
    }
}

}  // namespace crosscheck
