// The implicit check of every claim: its mentions (and its literal value) agree within tolerance.
#include "base/parallel.h"
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
  std::vector<const ClaimDecl*> claims;
  for (const ClaimDecl& claim : context.rules.claims)
    if (!claim.mentions.empty()) claims.push_back(&claim);
  std::vector<Finding> findings(claims.size());
  parallel_for(claims.size(), context.jobs,
               [&](std::size_t i) { findings[i] = check_claim(*claims[i], context); });
  for (Finding& f : findings) out.push_back(std::move(f));
}

}  // namespace crosscheck
