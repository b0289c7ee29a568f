#include "diagnose/diagnosis_table.h"

#include <array>

namespace crosscheck {

namespace {
constexpr std::array<DiagnosisKind, 6> kDiagnoses{{
    {"scale-slip", "the values differ by a power of ten", diagnose_scale_slip},
    {"currency-confusion", "the figures agree if a currency symbol is read as another", diagnose_currency_confusion},
    {"rate-date", "the figures agree at the exchange rate of a nearby date", diagnose_rate_date},
    {"rounding", "the difference lies within the stated precision", diagnose_rounding},
    {"different-referents", "a quote may count a different thing", diagnose_different_referents},
    {"stale-quote", "a quote is no longer in its source", diagnose_stale_quote},
}};
}  // namespace

std::span<const DiagnosisKind> diagnosis_kinds() { return kDiagnoses; }

void diagnose(Finding& finding, const DiagnoseContext& context) {
  // Passing findings too: the rounding note explains a pass that rests on stated precision.
  for (const DiagnosisKind& kind : kDiagnoses) kind.run(finding, context, finding.diagnosis);
}

}  // namespace crosscheck
