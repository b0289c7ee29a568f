#include "diagnose/diagnosis_table.h"

#include <array>

namespace crosscheck {

namespace {
constexpr std::array<DiagnosisKind, 3> kDiagnoses{{
    {"scale-slip", "the values differ by a power of ten", diagnose_scale_slip},
    {"different-referents", "a quote may count a different thing", diagnose_different_referents},
    {"stale-quote", "a quote is no longer in its source", diagnose_stale_quote},
}};
}  // namespace

std::span<const DiagnosisKind> diagnosis_kinds() { return kDiagnoses; }

void diagnose(Finding& finding, const DiagnoseContext& context) {
  if (finding.status == Status::pass) return;
  for (const DiagnosisKind& kind : kDiagnoses) kind.run(finding, context, finding.diagnosis);
}

}  // namespace crosscheck
