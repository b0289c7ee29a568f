// The implicit check of every claim: its mentions (and its literal value) agree within tolerance.
#include "checks/check_context.h"
#include "checks/claim_values.h"

namespace crosscheck {

namespace {

Finding check_claim(const ClaimDecl& claim, const CheckContext& context) {
  ClaimValue value = resolve_claim(claim, context);
  Finding finding;
  finding.check = claim.id;
  finding.kind = "agree";
  finding.about = claim.about;
  finding.rule = claim.where;
  finding.severity = claim.severity.value_or(context.rules.defaults.severity);
  finding.status = value.status;
  finding.message = std::move(value.message);
  finding.mentions = std::move(value.mentions);
  finding.delta = std::move(value.delta);
  return finding;
}

}  // namespace

void run_agree_checks(const CheckContext& context, std::vector<Finding>& out) {
  // A claim with only a literal value is a constant for expressions: nothing to check by itself.
  for (const ClaimDecl& claim : context.rules.claims)
    if (!claim.mentions.empty()) out.push_back(check_claim(claim, context));
}

}  // namespace crosscheck
