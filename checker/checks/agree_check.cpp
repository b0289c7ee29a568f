// The implicit check of every claim: its mentions (and its literal value) agree within tolerance.
#include "base/parallel.h"
#include "checks/check_context.h"
#include "checks/claim_values.h"

namespace crosscheck {

namespace {

Finding check_claim(const ClaimValue& value, const CheckContext& context) {
  const ClaimDecl& claim = *value.claim;
  Finding finding;
  finding.check = claim.id;
  finding.kind = "agree";
  finding.about = claim.about;
  finding.rule = claim.where;
  finding.severity = claim.severity.value_or(context.rules.defaults.severity);
  finding.status = value.status;
  finding.message = value.message;
  finding.mentions = value.mentions;
  finding.delta = value.delta;
  return finding;
}

}  // namespace

void run_agree_checks(const CheckContext& context, std::vector<Finding>& out) {
  // A claim with only a literal value is a constant for expressions: nothing to check by itself.
  std::vector<const ClaimValue*> checked;
  for (const ClaimValue& value : *context.claims)
    if (!value.claim->mentions.empty()) checked.push_back(&value);
  // Findings copy their claim's mentions: made on `jobs` threads, each into its own slot.
  const std::size_t first = out.size();
  out.resize(first + checked.size());
  parallel_for(checked.size(), context.jobs,
               [&](std::size_t i) { out[first + i] = check_claim(*checked[i], context); });
}

}  // namespace crosscheck
