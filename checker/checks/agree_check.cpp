// The implicit check of every claim: its mentions (and its literal value) agree within tolerance.
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
  for (const ClaimValue& value : *context.claims)
    if (!value.claim->mentions.empty()) out.push_back(check_claim(value, context));
}

}  // namespace crosscheck
