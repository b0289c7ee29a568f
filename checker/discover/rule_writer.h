// A starter rule file from discovered conflicts: one claim per conflict, ready for an editor to
// confirm or delete.
#pragma once

#include "discover/discover.h"

#include <string>
#include <vector>

namespace crosscheck {

// YAML text of a rule file to be written at `rule_path`: the sources (paths relative to it), and
// for each conflict a claim with both mentions. Every quote is found exactly once in its source
// (or carries `occurrence:`) and holds its figure (named with `figure:` when the quote holds more).
std::string starter_rules(const std::vector<DiscoverSource>& sources,
                          const std::vector<Conflict>& conflicts, const std::string& rule_path,
                          const DiscoverOptions& options);

// A snake_case id made of `text`: "csis-2015-09 party" → "csis_2015_09_party"; "" → "source".
std::string snake_case_id(std::string_view text);

}  // namespace crosscheck
