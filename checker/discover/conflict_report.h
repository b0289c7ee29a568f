// Figures paired with no rule file, in the model check's reports are written from (SPEC §7, §8):
// each pair a finding whose mentions are its two passages, so that every report writer shows
// them as it shows a claim's.
#pragma once

#include "diagnose/diagnosis_table.h"
#include "discover/discover.h"

#include <string>
#include <vector>

namespace crosscheck {

// A source as the reports list it.
SourceReport source_report(const DiscoverSource& source, bool primary = false);

// A figure as a report mention: its sentence is the quote; `value` its value in the compared unit.
MentionReport figure_mention(const DiscoverSource& source, const Figure& figure, const Normalised& value);

// A pair as a finding of kind agree: both passages (b's first when `b_first`), failed unless the
// pair agrees, with the difference, the diagnosis, the confidence and its signals.
Finding pair_finding(const std::vector<DiscoverSource>& sources, const Conflict& pair, const DiagnoseContext& context,
                     std::string check, bool b_first = false);

// discover's report: every conflict, strongest first, and the discrepancy matrix as a table.
Report conflicts_report(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts,
                        const DiagnoseContext& context);

}  // namespace crosscheck
