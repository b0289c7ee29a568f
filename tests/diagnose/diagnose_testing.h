// Compares the mentions of one claim of a fixture rule file (fixtures/diagnose/) the way the agree
// check does, then runs every diagnosis on the finding: the diagnoses tested on real quotes,
// without the checks module.
#pragma once

#include "diagnose/diagnosis_table.h"
#include "engine/compare.h"
#include "engine/mention_resolver.h"
#include "engine/source_set.h"
#include "load/rule_loader.h"
#include "units/conversion.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::diagnose_testing {

inline CurrencyConverter converter_over(const RateTable& rates) {
  return [&rates](const Interval& interval, const Number& value, const std::string& from,
                  const std::string& to, const std::optional<Date>& date,
                  std::string& problem) -> std::optional<Converted> {
    if (!date || !date->complete()) {
      problem = "no date";
      return std::nullopt;
    }
    ConversionResult result = convert(rates, value, interval, from, to, *date);
    if (!result) {
      problem = result.failure;
      return std::nullopt;
    }
    return Converted{result->value, result->nominal, describe(result->rate)};
  };
}

inline Finding diagnosed_claim(const std::string& rule_file, const std::string& claim_id) {
  static const RateTable rates = RateTable::built_in();
  DiagnosticSink sink;
  std::vector<RuleFile> rules =
      load_rule_paths({std::string(CROSSCHECK_SOURCE_DIR) + "/fixtures/diagnose/" + rule_file}, sink);
  SourceSet sources;
  if (!sink.has_errors()) sources.load(rules, sink);
  for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << to_string(d);
  Finding finding;
  if (rules.empty()) return finding;
  const RuleFile& file = rules.front();
  const ClaimDecl* claim = nullptr;
  for (const ClaimDecl& c : file.claims)
    if (c.id == claim_id) claim = &c;
  if (!claim) {
    ADD_FAILURE() << "no claim " << claim_id;
    return finding;
  }
  finding.check = claim->id;
  finding.kind = "agree";
  std::vector<const Figure*> figures;
  std::vector<std::optional<Date>> dates;
  for (const MentionDecl& mention : claim->mentions) {
    finding.mentions.push_back(resolve_mention(mention, file, sources));
    EXPECT_TRUE(finding.mentions.back().figure) << finding.mentions.back().problem;
    if (!finding.mentions.back().figure) return finding;
    const LoadedSource* source = sources.find(file, mention.source);
    std::optional<Date> date = mention.as_of ? mention.as_of : claim->as_of;
    if (!date && source->decl.published) date = first_day(*source->decl.published);
    dates.push_back(date);
  }
  for (const MentionReport& m : finding.mentions) figures.push_back(&*m.figure);
  Normaliser normaliser(converter_over(rates), file.defaults.currency);
  std::string problem;
  auto normalised = normaliser.together(figures, dates, problem);
  EXPECT_TRUE(normalised) << problem;
  if (!normalised) return finding;
  for (std::size_t i = 0; i < normalised->size(); ++i) finding.mentions[i].normalised = (*normalised)[i];
  Tolerance tolerance = claim->tolerance.value_or(file.defaults.tolerance);
  finding.status = Status::pass;
  for (std::size_t i = 0; i < normalised->size(); ++i)
    for (std::size_t j = i + 1; j < normalised->size(); ++j)
      if (!agree((*normalised)[i], (*normalised)[j], tolerance)) finding.status = Status::fail;
  diagnose(finding, DiagnoseContext{normaliser, tolerance});
  return finding;
}

inline std::vector<std::string> codes(const Finding& finding) {
  std::vector<std::string> out;
  for (const Diagnosis& d : finding.diagnosis) out.push_back(d.code);
  return out;
}

}  // namespace crosscheck::diagnose_testing
