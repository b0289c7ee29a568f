// `crosscheck verify` (SPEC §8): an editor's draft against its sources before publication. Every
// figure of the draft the pairing compares gets a verdict from discover's pairing with a direction.
#pragma once

#include "discover/conflict_report.h"

#include <string_view>
#include <vector>

namespace crosscheck {

enum class Verdict {
  supported,     // a source states the same fact with an agreeing value
  contradicted,  // a source states the same fact otherwise
  unsupported,   // no source states it
};

std::string_view to_string(Verdict verdict);

struct FigureVerdict {
  std::size_t figure = 0;  // index into the draft's figures
  Verdict verdict = Verdict::unsupported;
  // Indexes into the pairs behind the verdict, strongest first: the disagreeing ones when
  // contradicted, the agreeing ones when supported.
  std::vector<std::size_t> pairs;
};

// One verdict per compared figure of the draft, in reading order.
std::vector<FigureVerdict> verdicts_of(const DraftPairs& pairs, std::size_t draft);

// The report of a draft (sources[draft]): one finding per compared figure, the draft's passage
// first — passed (supported, with the source's passage), failed (contradicted: both passages, the
// difference, the diagnosis) or unresolved (unsupported).
Report verify_report(const std::vector<DiscoverSource>& sources, std::size_t draft, const DraftPairs& pairs,
                     const DiagnoseContext& context);

}  // namespace crosscheck
