// Runs every check of every rule file and builds the sorted, complete report.
#pragma once

#include "base/date.h"
#include "base/diagnostic.h"
#include "engine/finding.h"
#include "engine/normaliser.h"
#include "engine/source_set.h"
#include "model/rule_file.h"
#include "units/rate_table.h"

#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

struct RunOptions {
  std::optional<Date> as_of;  // conversion date for claims that give none
  Date today;                 // waivers expire after their `until` date
  RateTable rates = RateTable::built_in();  // plus --rates and the rule files' rates:
  unsigned jobs = 1;          // threads for loading sources and evaluating claims
  std::string language;       // --language: sources with no `language:` are read in it (else detected)
};

// Loads the sources the rule files name and evaluates every check. Returns nullopt when a source
// could not be loaded (the errors are in `sink`): nothing is evaluated then.
// A converter over a rate table: every conversion says which rate, date and table it used.
CurrencyConverter make_converter(const RateTable& rates);

std::optional<Report> run_checks(const std::vector<RuleFile>& rules, const RunOptions& options,
                                 DiagnosticSink& sink);
// The same over sources already loaded (with `sources.load(rules, ...)`), which the caller keeps:
// a language server looks figures up in them after the run.
std::optional<Report> run_checks(const std::vector<RuleFile>& rules, const RunOptions& options,
                                 const SourceSet& sources, DiagnosticSink& sink);

// Only loads the sources and resolves every quote to its figure (`crosscheck lint`); problems go
// to `sink` as errors located at the quote in the rule file.
void lint_rules(const std::vector<RuleFile>& rules, DiagnosticSink& sink, const std::string& language = "");

}  // namespace crosscheck
