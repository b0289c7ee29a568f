// A claim resolved once: its mentions found and normalised, whether they agree, and the value
// expressions use for it (SPEC §3).
#pragma once

#include "checks/check_context.h"
#include "engine/finding.h"
#include "model/rule_file.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct ClaimValue {
  const ClaimDecl* claim = nullptr;
  // Its mentions, then its literal `value` (as a mention labelled "value"); normalised to one
  // unit unless `status` is unresolved. The lead mention is marked `primary`.
  std::vector<MentionReport> mentions;
  std::vector<std::optional<Date>> dates;  // the conversion date of each mention
  std::size_t lead = 0;
  Status status = Status::unresolved;  // pass: the mentions agree; fail: they disagree
  std::string message;                 // what the agree check reports
  std::optional<Delta> delta;          // of the widest disagreement
  // The agreed value: the mention of a `primary: true` source when there is one, else the
  // overlap of the mentions' intervals. Only when `status` is pass.
  std::optional<Normalised> agreed;
};

ClaimValue resolve_claim(const ClaimDecl& claim, const CheckContext& context);

// Every claim of the context's rule file, resolved on `context.jobs` threads.
std::vector<ClaimValue> resolve_claims(const CheckContext& context);

// The resolved claim with this id (from context.claims), or nullptr.
const ClaimValue* find_claim_value(const CheckContext& context, std::string_view id);

}  // namespace crosscheck
