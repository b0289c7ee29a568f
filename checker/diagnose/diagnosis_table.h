// Explanations of failed comparisons (SPEC §5): one function per diagnosis, all in one table.
#pragma once

#include "engine/finding.h"
#include "engine/normaliser.h"
#include "model/rule_file.h"

#include <span>
#include <string_view>
#include <vector>

namespace crosscheck {

struct DiagnoseContext {
  const Normaliser& normaliser;
  Tolerance tolerance;
};

using DiagnosisFunction = void (*)(const Finding& finding, const DiagnoseContext& context,
                                   std::vector<Diagnosis>& out);

struct DiagnosisKind {
  std::string_view code;  // kebab-case, as reports print it
  std::string_view summary;
  DiagnosisFunction run;
};

// Every diagnosis, in the order their hints are printed.
std::span<const DiagnosisKind> diagnosis_kinds();

// Runs every diagnosis on a finding and appends what they find; most explain failures only,
// a few add notes to passes.
void diagnose(Finding& finding, const DiagnoseContext& context);

// The diagnoses, each in its own file.
void diagnose_scale_slip(const Finding&, const DiagnoseContext&, std::vector<Diagnosis>&);
void diagnose_currency_confusion(const Finding&, const DiagnoseContext&, std::vector<Diagnosis>&);
void diagnose_rate_date(const Finding&, const DiagnoseContext&, std::vector<Diagnosis>&);
void diagnose_rounding(const Finding&, const DiagnoseContext&, std::vector<Diagnosis>&);
void diagnose_different_referents(const Finding&, const DiagnoseContext&, std::vector<Diagnosis>&);
void diagnose_stale_quote(const Finding&, const DiagnoseContext&, std::vector<Diagnosis>&);

}  // namespace crosscheck
