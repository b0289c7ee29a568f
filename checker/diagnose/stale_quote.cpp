// A quote that is no longer in its source: the article was probably edited after the rule was
// written; name the passage that now stands closest to it.
#include "diagnose/diagnosis_table.h"

#include <fmt/format.h>

namespace crosscheck {

void diagnose_stale_quote(const Finding& finding, const DiagnoseContext&,
                          std::vector<Diagnosis>& out) {
  for (const MentionReport& m : finding.mentions) {
    if (m.closest.empty()) continue;
    out.push_back({"stale-quote",
                   fmt::format("the quote from {} is not in the source (was the article edited?)",
                               m.source_id),
                   fmt::format("update the quote to \"{}\"", m.closest)});
  }
}

}  // namespace crosscheck
