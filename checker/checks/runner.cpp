#include "checks/runner.h"

#include "checks/check_context.h"

#include <fmt/format.h>
#include "diagnose/diagnosis_table.h"
#include "engine/mention_resolver.h"
#include "engine/source_set.h"
#include "units/conversion.h"
#include "units/rate_csv.h"

namespace crosscheck {

namespace {

const std::optional<Waiver>& waiver_of(const RuleFile& rules, const std::string& id) {
  static const std::optional<Waiver> none;
  for (const ClaimDecl& c : rules.claims)
    if (c.id == id) return c.waive;
  for (const CheckDecl& c : rules.checks)
    if (c.id == id) return c.waive;
  return none;
}

void apply_waiver(Finding& finding, const std::optional<Waiver>& waiver, const Date& today) {
  if (!waiver || finding.status == Status::pass) return;
  if (waiver->until && last_day(*waiver->until) < today) return;  // expired: the failure is back
  finding.waived = true;
  finding.waiver_reason = waiver->reason;
}

SourceReport source_report(const SourceDecl& decl) {
  SourceReport s;
  s.id = decl.id;
  s.path = decl.path;
  s.title = decl.title;
  s.publisher = decl.publisher;
  s.author = decl.author;
  s.url = decl.url;
  s.published = decl.published ? to_string(*decl.published) : "";
  s.primary = decl.primary;
  return s;
}

}  // namespace

CurrencyConverter make_converter(const RateTable& rates) {
  return [&rates](const Interval& interval, const Number& value, const std::string& from,
                  const std::string& to, const std::optional<Date>& date,
                  std::string& problem) -> std::optional<Converted> {
    if (!date || !date->complete()) {
      problem = fmt::format("no date to convert {} to {} at: give the claim an as_of date", from, to);
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

std::optional<Report> run_checks(const std::vector<RuleFile>& rules, const RunOptions& run_options,
                                 DiagnosticSink& sink) {
  SourceSet sources;
  sources.load(rules, sink);
  RunOptions options = run_options;
  for (const RuleFile& file : rules)
    for (const std::string& rates : file.rates) load_rates_file(rates, options.rates, sink);
  if (sink.has_errors()) return std::nullopt;
  CurrencyConverter converter = make_converter(options.rates);

  Report report;
  for (const RuleFile& file : rules) {
    report.rule_files.push_back(file.path);
    if (report.title.empty()) report.title = file.title;
    for (const SourceDecl& decl : file.sources) {
      // Rule files that share a sources file list each source once.
      bool known = false;
      for (const SourceReport& s : report.sources) known = known || (s.id == decl.id && s.path == decl.path);
      if (!known) report.sources.push_back(source_report(decl));
    }
    Normaliser normaliser(converter, file.defaults.currency);
    CheckContext context{file, sources, normaliser, options.as_of};
    std::vector<Finding> findings;
    for (const CheckKind& kind : check_kinds()) kind.run(context, findings);
    for (Finding& finding : findings) {
      DiagnoseContext diagnose_context{normaliser, file.defaults.tolerance};
      diagnose(finding, diagnose_context);
      apply_waiver(finding, waiver_of(file, finding.check), options.today);
      report.findings.push_back(std::move(finding));
    }
  }
  report.summary = summarise(report.findings);
  return report;
}

void lint_rules(const std::vector<RuleFile>& rules, DiagnosticSink& sink) {
  SourceSet sources;
  sources.load(rules, sink);
  for (const RuleFile& file : rules)
    for (const ClaimDecl& claim : file.claims)
      for (const MentionDecl& mention : claim.mentions) {
        if (!sources.find(file, mention.source)) continue;  // already reported by load
        MentionReport m = resolve_mention(mention, file, sources);
        if (!m.problem.empty())
          sink.error(mention.quote_where, "claim '{}', mention of '{}': {}", claim.id,
                     mention.source, m.problem);
      }
}

}  // namespace crosscheck
