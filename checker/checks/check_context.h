// What every check kind is given: the rule file, its loaded sources, and how to compare units.
#pragma once

#include "base/date.h"
#include "engine/finding.h"
#include "engine/normaliser.h"
#include "engine/source_set.h"
#include "model/rule_file.h"

#include <optional>
#include <span>
#include <vector>

namespace crosscheck {

struct ClaimValue;

struct CheckContext {
  const RuleFile& rules;
  const SourceSet& sources;
  const Normaliser& normaliser;
  std::optional<Date> as_of;  // --as-of: conversion date of claims that give none
  unsigned jobs = 1;          // threads a check kind may use; its findings keep their order
  // Every claim of `rules`, resolved once before the check kinds run (same order as rules.claims).
  const std::vector<ClaimValue>* claims = nullptr;
};

using CheckFunction = void (*)(const CheckContext& context, std::vector<Finding>& out);

struct CheckKind {
  std::string_view id;       // kebab-case, as reports and rule files name it
  std::string_view summary;  // one line, for SARIF rule metadata and --help
  CheckFunction run;
};

// Every check kind, in the order their findings are reported.
std::span<const CheckKind> check_kinds();

// The check kinds, each in its own file.
void run_agree_checks(const CheckContext& context, std::vector<Finding>& out);
void run_expect_checks(const CheckContext& context, std::vector<Finding>& out);
void run_conversion_pairs_check(const CheckContext& context, std::vector<Finding>& out);
void run_sum_statements_check(const CheckContext& context, std::vector<Finding>& out);

}  // namespace crosscheck
