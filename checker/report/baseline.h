// Baselines: the failures a team has already seen, so that CI fails only on new ones.
#pragma once

#include "base/diagnostic.h"
#include "engine/finding.h"

#include <optional>
#include <set>
#include <string>

namespace crosscheck {

struct Baseline {
  std::set<std::string> fingerprints;
};

// Reads a baseline written by baseline_text(); errors (missing file, not a baseline) go to `sink`.
std::optional<Baseline> read_baseline(const std::string& path, DiagnosticSink& sink);

// The baseline of a report: every finding that fails or is unresolved and is not waived, as JSON
// (schema crosscheck.baseline/1), sorted by fingerprint.
std::string baseline_text(const Report& report);

// Marks the findings the baseline lists and recounts the summary.
void apply_baseline(Report& report, const Baseline& baseline);

}  // namespace crosscheck
