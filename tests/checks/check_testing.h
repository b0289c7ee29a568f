// Runs a rule file of fixtures/ through the whole pipeline (load, check, diagnose) for the tests
// of the built-in checks and of the diagnoses.
#pragma once

#include "checks/runner.h"
#include "load/rule_loader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::check_testing {

inline Report run_fixture(const std::string& relative, const RunOptions& base = {}) {
  DiagnosticSink sink;
  std::vector<RuleFile> rules =
      load_rule_paths({std::string(CROSSCHECK_SOURCE_DIR) + "/fixtures/" + relative}, sink);
  RunOptions options = base;
  options.today = {2025, 1, 1};
  auto report = run_checks(rules, options, sink);
  for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << to_string(d);
  return report ? std::move(*report) : Report{};
}

inline std::vector<Finding> of_kind(const Report& report, const std::string& kind) {
  std::vector<Finding> out;
  for (const Finding& f : report.findings)
    if (f.kind == kind) out.push_back(f);
  return out;
}

// The finding of a claim or check; fails the test when there is none.
inline Finding finding(const Report& report, const std::string& check) {
  for (const Finding& f : report.findings)
    if (f.check == check) return f;
  ADD_FAILURE() << "no finding for " << check;
  return {};
}

inline std::vector<std::string> codes(const Finding& finding) {
  std::vector<std::string> out;
  for (const Diagnosis& d : finding.diagnosis) out.push_back(d.code);
  return out;
}

}  // namespace crosscheck::check_testing
